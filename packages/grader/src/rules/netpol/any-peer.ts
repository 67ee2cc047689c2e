import type { YamlRule } from '../../rule';
import { netpolContext, netpolExample } from '../_shared/netpol-context';

const DNS_ANYWHERE = 'podSelector:\n  matchLabels:\n    app: api\npolicyTypes: [Egress]\negress:\n  - ports:\n      - protocol: UDP\n        port: 53';
const DNS_TO_KUBE_DNS =
  'podSelector:\n  matchLabels:\n    app: api\npolicyTypes: [Egress]\negress:\n  - to:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: kube-system\n        podSelector:\n          matchLabels:\n            k8s-app: kube-dns\n    ports:\n      - protocol: UDP\n        port: 53';

export const anyPeer: YamlRule = {
  meta: {
    id: 'netpol/any-peer',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: '포트는 좁혔지만 상대는 어디든', en: 'Ports narrowed, peers left open' },
    why: {
      ko: 'ports를 적고 to/from을 비우거나 0.0.0.0/0 ipBlock을 쓰면 그 포트로는 클러스터의 모든 Pod와 인터넷, 클라우드 메타데이터 서버(169.254.169.254)까지 열립니다. "DNS만 열었다"가 "아무 DNS 서버에나 나간다"가 되고, 53번은 흔한 데이터 유출 경로입니다.',
      en: 'Listing ports with no to/from (or a 0.0.0.0/0 ipBlock) opens those ports to every pod, the internet and the cloud metadata service (169.254.169.254). "DNS only" becomes "any DNS server", and port 53 is a common exfiltration path.',
    },
    fix: {
      ko: '상대를 지정하세요. DNS라면 to에 namespaceSelector(kubernetes.io/metadata.name: kube-system)와 podSelector(k8s-app: kube-dns)를 한 항목에 씁니다.',
      en: 'Name the peer. For DNS, put namespaceSelector (kubernetes.io/metadata.name: kube-system) and podSelector (k8s-app: kube-dns) in one to item.',
    },
    refs: { url: 'https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors' },
    securitySeverity: 5.5,
    messages: {
      noPeer: {
        ko: '{{dir}}가 없어 {{ports}} 포트가 모든 Pod와 외부 주소(메타데이터 서버 169.254.169.254 포함)에 열립니다. 상대를 지정하세요.',
        en: 'Without {{dir}}, {{ports}} is open to every pod and outside address (the metadata service 169.254.169.254 included). Name the peer.',
      },
      everywhere: {
        ko: '{{dir}}의 ipBlock {{cidr}} 때문에 {{ports}} 포트가 모든 Pod와 외부 주소(메타데이터 서버 169.254.169.254 포함)에 열립니다. 상대를 지정하세요.',
        en: 'The {{dir}} ipBlock {{cidr}} opens {{ports}} to every pod and outside address (the metadata service 169.254.169.254 included). Name the peer.',
      },
    },
    examples: {
      good: [{ file: 'netpol.yaml', text: netpolExample('api-dns', 'production', DNS_TO_KUBE_DNS) }],
      bad: [
        {
          file: 'netpol.yaml',
          text: netpolExample('api-dns', 'production', DNS_ANYWHERE),
          errors: [{ messageId: 'noPeer', line: 12, column: 7, endLine: 12, endColumn: 12 }],
        },
      ],
    },
  },
  check(obj, ctx, input) {
    if (obj.kind !== 'NetworkPolicy') return;
    const pol = netpolContext(input).policyOf.get(obj);
    if (!pol) return;
    for (const rule of [...pol.ingress, ...pol.egress]) {
      if (rule.invalid || rule.ports === null) continue;
      const dir = rule.path[1] === 'ingress' ? 'from' : 'to';
      // 0.0.0.0/0 or ::/0 without exceptions is "anywhere" as much as a missing peer list.
      const wide = rule.peers === null ? undefined : rule.peers.find((p) => p.kind === 'ipBlock' && p.cidr.prefix === 0 && p.except.length === 0);
      if (rule.peers !== null && !wide) continue;
      const ports = rule.ports.map((p) => `${p.protocol ?? '?'}/${p.port ?? '*'}${p.endPort ? `-${p.endPort}` : ''}`).join(', ');
      if (wide?.kind === 'ipBlock')
        ctx.report({
          messageId: 'everywhere',
          data: { dir, ports, cidr: wide.cidr.v === 4 ? '0.0.0.0/0' : '::/0' },
          range: obj.range([...wide.path, 'ipBlock', 'cidr']),
        });
      else ctx.report({ messageId: 'noPeer', data: { dir, ports }, range: obj.keyRange([...rule.path, 'ports']) });
    }
  },
};
