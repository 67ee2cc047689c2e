import { NAME_LABEL, type Peer, type Policy, type Scenario } from '../../netpol/model';
import { describeSelector, isEmptySelector, matches, type Selector } from '../../netpol/selector';
import type { YamlRule } from '../../rule';
import { netpolContext, netpolExample } from '../_shared/netpol-context';

const ns = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n---\n`;
const pod = (name: string, namespace: string, app: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n  labels:\n    app: ${app}\nspec:\n  containers:\n    - name: app\n      image: registry.example.com/app:1.0.0\n---\n`;

export const selectorNoMatch: YamlRule = {
  meta: {
    id: 'netpol/selector-no-match',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'NetworkPolicy selector가 아무 Pod/Namespace와도 맞지 않음', en: 'A NetworkPolicy selector matches no pod or namespace' },
    why: {
      ko: '오타나 잘못된 라벨로 selector가 아무것도 고르지 않으면, 정책이 보호하려던 Pod는 격리되지 않고 허용하려던 상대는 막힙니다. 클러스터는 이를 오류로 알려주지 않습니다.',
      en: 'A selector that selects nothing (a typo, a wrong label) leaves the pods it should protect unisolated, or blocks the peers it should allow; the cluster does not report it.',
    },
    fix: {
      ko: 'selector의 라벨을 Pod 템플릿(spec.template.metadata.labels)과 Namespace 라벨에 맞추세요. Namespace는 kubernetes.io/metadata.name으로 고르는 것이 안전합니다.',
      en: 'Make the selector labels match the pod template labels (spec.template.metadata.labels) and the Namespace labels; select Namespaces by kubernetes.io/metadata.name.',
    },
    refs: { kubeScore: 'networkpolicy-targets-pod', url: 'https://kubernetes.io/docs/concepts/services-networking/network-policies/' },
    securitySeverity: 4.0,
    messages: {
      podSelector: {
        ko: 'spec.podSelector({{sel}})와 맞는 Pod가 {{namespace}} Namespace에 없습니다. 이 정책은 아무 Pod도 격리하지 않습니다.',
        en: 'spec.podSelector ({{sel}}) matches no pod in namespace {{namespace}}; the policy isolates nothing.',
      },
      namespaceSelector: {
        ko: 'namespaceSelector({{sel}})와 맞는 Namespace가 입력에 없습니다. 이 항목은 아무 트래픽도 허용하지 않습니다.',
        en: 'namespaceSelector ({{sel}}) matches no Namespace of the input; this peer allows nothing.',
      },
      peerPodSelector: {
        ko: 'podSelector({{sel}})와 맞는 Pod가 {{where}} Namespace에 없습니다. 이 항목은 아무 트래픽도 허용하지 않습니다.',
        en: 'podSelector ({{sel}}) matches no pod in namespace {{where}}; this peer allows nothing.',
      },
    },
    examples: {
      good: [
        {
          file: 'netpol.yaml',
          text:
            pod('api', 'production', 'api') + netpolExample('api-ingress', 'production', 'podSelector:\n  matchLabels:\n    app: api\npolicyTypes: [Ingress]'),
        },
        { file: 'netpol.yaml', text: netpolExample('api-ingress', 'production', 'podSelector:\n  matchLabels:\n    app: api\npolicyTypes: [Ingress]') },
      ],
      bad: [
        {
          file: 'netpol.yaml',
          text:
            pod('api', 'production', 'api') + netpolExample('api-ingress', 'production', 'podSelector:\n  matchLabels:\n    app: apl\npolicyTypes: [Ingress]'),
          errors: [{ messageId: 'podSelector', line: 19, column: 3, endLine: 19, endColumn: 14 }],
        },
        {
          file: 'netpol.yaml',
          text:
            ns('production') +
            ns('frontend') +
            netpolExample(
              'api-ingress',
              'production',
              'podSelector: {}\ningress:\n  - from:\n      - namespaceSelector:\n          matchLabels:\n            team: frontend',
            ),
          errors: [{ messageId: 'namespaceSelector', line: 20, column: 11, endLine: 20, endColumn: 28 }],
        },
      ],
    },
  },
  check(obj, ctx, input) {
    if (obj.kind !== 'NetworkPolicy') return;
    const { scenario: s, policyOf } = netpolContext(input);
    const pol = policyOf.get(obj);
    if (!pol) return;
    const declaredPods = (namespace: string) => s.pods.some((p) => !p.implicit && p.namespace === namespace);
    if (declaredPods(pol.namespace) && !s.pods.some((p) => p.namespace === pol.namespace && matches(pol.podSelector, p.labels))) {
      const sel = describeSelector(pol.podSelector);
      ctx.report({
        messageId: 'podSelector',
        data: { sel, namespace: pol.namespace },
        range: obj.keyRange(['spec', 'podSelector']),
      });
    }
    const anyNamespaceDeclared = [...s.namespaces.values()].some((n) => n.declared);
    for (const rule of [...pol.ingress, ...pol.egress])
      for (const peer of rule.peers ?? []) {
        if (peer.kind !== 'pods') continue;
        const nss = candidateNamespaces(s, pol, peer);
        // A selector on the name label alone names a Namespace that may just not be in the input.
        if (peer.namespaceSelector && anyNamespaceDeclared && nss.length === 0 && !namesOnly(peer.namespaceSelector)) {
          const sel = describeSelector(peer.namespaceSelector);
          ctx.report({
            messageId: 'namespaceSelector',
            data: { sel },
            range: obj.keyRange([...peer.path, 'namespaceSelector']),
          });
          continue;
        }
        const podSel = peer.podSelector;
        if (!podSel || isEmptySelector(podSel) || !nss.some(declaredPods)) continue;
        if (s.pods.some((p) => nss.includes(p.namespace) && matches(podSel, p.labels))) continue;
        const sel = describeSelector(podSel);
        const where = nss.join(', ');
        ctx.report({
          messageId: 'peerPodSelector',
          data: { sel, where },
          range: obj.keyRange([...peer.path, 'podSelector']),
        });
      }
  },
};

function namesOnly(sel: Selector): boolean {
  const keys = [...Object.keys(sel.matchLabels), ...sel.expressions.map((e) => e.key)];
  return keys.length > 0 && keys.every((k) => k === NAME_LABEL);
}

/** Names of the namespaces a pod peer looks in. */
function candidateNamespaces(s: Scenario, pol: Policy, peer: Extract<Peer, { kind: 'pods' }>): string[] {
  if (!peer.namespaceSelector) return [pol.namespace];
  const sel = peer.namespaceSelector;
  return [...s.namespaces.values()]
    .filter((n) => matches(sel, n.labels))
    .map((n) => n.name)
    .sort();
}
