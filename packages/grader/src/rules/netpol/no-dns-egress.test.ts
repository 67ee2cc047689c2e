import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { netpolExample } from '../_shared/netpol-context';
import { noDnsEgress } from './no-dns-egress';

const run = (t: string) => runRules([noDnsEgress], t);
const api = (egress: string, types = 'policyTypes: [Egress]\n') =>
  netpolExample('api', 'prod', `podSelector:\n  matchLabels: {app: api}\n${types}egress:\n${egress}`);
const DB = '  - ports: [{port: 5432}]';
const pod = (name: string, app: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: prod\n  labels: {app: ${app}}\nspec:\n  containers: [{name: c, image: i}]\n---\n`;

describe('netpol/no-dns-egress', () => {
  it('points at egress when the selected pods cannot reach kube-dns', () => {
    const f = run(api(DB));
    expect(f.map(at)).toEqual(['netpol/no-dns-egress@10:3-10:9']);
    expect(f[0]!.message).toBe(
      'NetworkPolicy "api"가 Egress를 제한하지만 DNS(kube-system/kube-dns로 가는 UDP 53, TCP 53)가 허용되지 않습니다 (prod Namespace의 app=api Pod). 이름 해석이 실패하므로 kube-dns로 가는 UDP/TCP 53 egress 규칙을 더하세요.',
    );
    expect(f[0]!.messageEn).toBe(
      'NetworkPolicy "api" restricts egress but DNS (UDP 53, TCP 53 to kube-system/kube-dns) is not allowed (pods app=api in prod); add an egress rule to kube-dns on UDP/TCP 53.',
    );
  });

  it('names the declared pods and only the missing protocol', () => {
    const f = run(pod('api-1', 'api') + pod('api-2', 'api') + pod('web', 'web') + api(`${DB}\n  - ports: [{port: 53, protocol: UDP}]`));
    expect(f.map(at)).toEqual(['netpol/no-dns-egress@37:3-37:9']);
    expect(f[0]!.messageEn).toBe(
      'NetworkPolicy "api" restricts egress but DNS (TCP 53 to kube-system/kube-dns) is not allowed (prod/api-1, prod/api-2); add an egress rule to kube-dns on UDP/TCP 53.',
    );
  });

  it('counts DNS opened by another policy (the union of policies)', () => {
    const dns = netpolExample(
      'allow-dns',
      'prod',
      'podSelector: {}\npolicyTypes: [Egress]\negress:\n  - to: [{namespaceSelector: {}}]\n    ports: [{port: 53, protocol: UDP}, {port: 53}]',
    );
    expect(run(`${api(DB)}---\n${dns}`)).toEqual([]);
  });

  it('accepts open egress, a default deny without rules, and ingress-only policies', () => {
    expect(run(api('  - {}'))).toEqual([]);
    expect(run(api('  - to: [{ipBlock: {cidr: 0.0.0.0/0}}]\n  - ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]'))).toEqual([]);
    expect(run(netpolExample('deny', 'prod', 'podSelector: {}\npolicyTypes: [Ingress, Egress]'))).toEqual([]);
    expect(run(api(DB, 'policyTypes: [Ingress]\n'))).toEqual([]);
  });
});
