import { describeSelector, matches, type Selector } from '../../netpol/selector';
import type { PodInfo } from '../../netpol/model';
import type { YamlRule } from '../../rule';
import { netpolContext, netpolExample } from '../_shared/netpol-context';

const DNS_RULE =
  '  - to:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: kube-system\n        podSelector:\n          matchLabels:\n            k8s-app: kube-dns\n    ports:\n      - protocol: UDP\n        port: 53\n      - protocol: TCP\n        port: 53\n';
const DB_RULE = '  - to:\n      - podSelector:\n          matchLabels:\n            app: db\n    ports:\n      - protocol: TCP\n        port: 5432';

export const noDnsEgress: YamlRule = {
  meta: {
    id: 'netpol/no-dns-egress',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'Egress를 제한하면서 DNS(53)를 열지 않음', en: 'Egress is restricted but DNS (port 53) is not allowed' },
    why: {
      ko: 'Egress 정책에 선택된 Pod는 허용 목록에 없는 곳으로 나갈 수 없습니다. kube-dns로 가는 UDP/TCP 53이 빠지면 Service 이름을 풀지 못해, 허용한 목적지에도 연결 전에 이름 해석 timeout이 납니다.',
      en: 'A pod selected by an egress policy can only reach what is allowed. Without UDP/TCP 53 to kube-dns it cannot resolve Service names, so even allowed destinations fail with a name resolution timeout.',
    },
    fix: {
      ko: 'egress에 kube-system Namespace의 k8s-app=kube-dns Pod로 가는 UDP 53과 TCP 53 규칙을 더하세요 (Namespace 전체의 DNS 허용 정책을 따로 두어도 됩니다).',
      en: 'Add an egress rule to the k8s-app=kube-dns pods of kube-system on UDP 53 and TCP 53 (or a namespace-wide DNS policy).',
    },
    refs: { url: 'https://kubernetes.io/docs/concepts/services-networking/network-policies/' },
    securitySeverity: 2.0,
    messages: {
      noDnsEgress: {
        ko: 'NetworkPolicy "{{name}}"가 Egress를 제한하지만 DNS({{id}}로 가는 {{missing}})가 허용되지 않습니다 ({{shown}}). 이름 해석이 실패하므로 kube-dns로 가는 UDP/TCP 53 egress 규칙을 더하세요.',
        en: 'NetworkPolicy "{{name}}" restricts egress but DNS ({{missing}} to {{id}}) is not allowed ({{shownEn}}); add an egress rule to kube-dns on UDP/TCP 53.',
      },
    },
    examples: {
      good: [
        {
          file: 'netpol.yaml',
          text: netpolExample('api-egress', 'production', `podSelector:\n  matchLabels:\n    app: api\npolicyTypes: [Egress]\negress:\n${DNS_RULE}${DB_RULE}`),
        },
        { file: 'netpol.yaml', text: netpolExample('default-deny-all', 'production', 'podSelector: {}\npolicyTypes: [Ingress, Egress]') },
      ],
      bad: [
        {
          file: 'netpol.yaml',
          text: netpolExample('api-egress', 'production', `podSelector:\n  matchLabels:\n    app: api\npolicyTypes: [Egress]\negress:\n${DB_RULE}`),
          errors: [{ messageId: 'noDnsEgress', line: 11, column: 3, endLine: 11, endColumn: 9 }],
        },
      ],
    },
  },
  check(obj, ctx, input) {
    if (obj.kind !== 'NetworkPolicy') return;
    const nc = netpolContext(input);
    const pol = nc.policyOf.get(obj);
    // A policy without egress rules is a deliberate deny (default deny): DNS is opened elsewhere.
    if (!pol?.egressIsolation || pol.egress.length === 0) return;
    const s = nc.scenario;
    let pods = s.pods.filter((p) => !p.implicit && p.namespace === pol.namespace && matches(pol.podSelector, p.labels));
    const standInUsed = pods.length === 0;
    if (standInUsed) {
      const stand = standIn(pol.podSelector, pol.namespace);
      if (!stand) return;
      pods = [stand];
    }
    const blocked: Array<{ pod: PodInfo; missing: string[] }> = [];
    for (const pod of pods) {
      if (pod === s.dns) continue;
      const d = nc.dns(pod);
      const missing = [...(d.udp ? [] : ['UDP 53']), ...(d.tcp ? [] : ['TCP 53'])];
      if (missing.length > 0) blocked.push({ pod, missing });
    }
    if (blocked.length === 0) return;
    const missing = [...new Set(blocked.flatMap((b) => b.missing))].join(', ');
    const sel = describeSelector(pol.podSelector);
    const ids = blocked
      .slice(0, 3)
      .map((b) => b.pod.id)
      .join(', ');
    const more = blocked.length - 3;
    const shown = standInUsed ? `${pol.namespace} Namespace의 ${sel} Pod` : ids + (more > 0 ? ` 외 ${more}개` : '');
    const shownEn = standInUsed ? `pods ${sel} in ${pol.namespace}` : ids + (more > 0 ? ` and ${more} more` : '');
    ctx.report({
      messageId: 'noDnsEgress',
      data: { name: pol.name, id: s.dns.id, missing, shown, shownEn },
      range: obj.keyRange(['spec', 'egress']),
    });
  },
};

/** A pod the selector selects, for policies whose pods are not in the input. */
function standIn(sel: Selector, namespace: string): PodInfo | null {
  const labels: Record<string, string> = { ...sel.matchLabels };
  for (const r of sel.expressions) {
    if (r.operator === 'In' && !Object.hasOwn(labels, r.key)) labels[r.key] = r.values[0]!;
    if (r.operator === 'Exists' && !Object.hasOwn(labels, r.key)) labels[r.key] = '';
  }
  if (!matches(sel, labels)) return null;
  return { id: `${namespace}/(selected pod)`, namespace, name: '(selected pod)', labels, ports: [], implicit: false };
}
