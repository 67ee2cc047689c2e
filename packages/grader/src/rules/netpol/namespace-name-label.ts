import { asArray, asRecord } from '../../k8s';
import type { YamlRule } from '../../rule';
import type { Range, RuleContext } from '../../types';
import { getIn } from '../../yaml/document';
import { netpolContext, netpolExample } from '../_shared/netpol-context';

export const namespaceNameLabel: YamlRule = {
  meta: {
    id: 'netpol/namespace-name-label',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'namespaceSelector가 자동으로 붙지 않는 name 라벨을 고름', en: 'namespaceSelector uses a `name` label that Namespaces do not get' },
    why: {
      ko: 'Namespace에 자동으로 붙는 라벨은 kubernetes.io/metadata.name 하나뿐입니다. 아무도 붙이지 않은 name 라벨을 고르면 selector가 어떤 Namespace와도 맞지 않아, 허용하려던 트래픽이 조용히 막힙니다.',
      en: 'The only label every Namespace gets automatically is kubernetes.io/metadata.name. A selector on a `name` label nobody set matches no Namespace, so the traffic meant to be allowed is silently blocked.',
    },
    fix: {
      ko: 'matchLabels에 kubernetes.io/metadata.name: <Namespace 이름>을 쓰세요. name 라벨을 직접 붙여 관리한다면 그 Namespace 매니페스트도 함께 검사에 넣으세요.',
      en: 'Select kubernetes.io/metadata.name: <namespace name>. If you do label Namespaces with `name` yourself, grade their manifests together with the policy.',
    },
    refs: { url: 'https://kubernetes.io/docs/reference/labels-annotations-taints/#kubernetes-io-metadata-name' },
    securitySeverity: 3.0,
    messages: {
      namespaceNameLabel: {
        ko: 'Namespace에는 name 라벨이 자동으로 붙지 않아 이 namespaceSelector는 어떤 Namespace와도 맞지 않습니다. 자동 라벨인 {{hint}}을(를) 쓰세요.',
        en: 'Namespaces do not get a `name` label automatically, so this namespaceSelector matches no Namespace; use the automatic label {{hint}}.',
      },
    },
    examples: {
      good: [
        {
          file: 'netpol.yaml',
          text: netpolExample(
            'allow-frontend',
            'production',
            'podSelector: {}\ningress:\n  - from:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: frontend',
          ),
        },
        {
          file: 'netpol.yaml',
          text:
            'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: frontend\n  labels:\n    name: frontend\n---\n' +
            netpolExample(
              'allow-frontend',
              'production',
              'podSelector: {}\ningress:\n  - from:\n      - namespaceSelector:\n          matchLabels:\n            name: frontend',
            ),
        },
      ],
      bad: [
        {
          file: 'netpol.yaml',
          text: netpolExample(
            'allow-frontend',
            'production',
            'podSelector: {}\ningress:\n  - from:\n      - namespaceSelector:\n          matchLabels:\n            name: frontend',
          ),
          errors: [{ messageId: 'namespaceNameLabel', line: 12, column: 15, endLine: 12, endColumn: 19 }],
        },
      ],
    },
  },
  check(obj, ctx, input) {
    if (obj.kind !== 'NetworkPolicy') return;
    const nc = netpolContext(input);
    const pol = nc.policyOf.get(obj);
    if (!pol) return;
    if ([...nc.scenario.namespaces.values()].some((ns) => ns.declared && Object.hasOwn(ns.labels, 'name'))) return;
    for (const rule of [...pol.ingress, ...pol.egress])
      for (const peer of rule.peers ?? []) {
        if (peer.kind !== 'pods' || !peer.namespaceSelector) continue;
        const selPath = [...peer.path, 'namespaceSelector'];
        const sel = asRecord(getIn(obj.value, selPath));
        const ml = asRecord(sel?.matchLabels);
        if (ml && Object.hasOwn(ml, 'name')) {
          const v = typeof ml.name === 'string' ? ml.name : String(ml.name);
          report(ctx, obj.keyRange([...selPath, 'matchLabels', 'name']), v);
        }
        asArray(sel?.matchExpressions).forEach((e, i) => {
          if (asRecord(e)?.key === 'name') report(ctx, obj.range([...selPath, 'matchExpressions', i, 'key']), null);
        });
      }
  },
};

function report(ctx: RuleContext, range: Range, value: string | null): void {
  const hint = value !== null ? `kubernetes.io/metadata.name: ${value}` : 'kubernetes.io/metadata.name';
  ctx.report({
    messageId: 'namespaceNameLabel',
    data: { hint },
    range,
  });
}
