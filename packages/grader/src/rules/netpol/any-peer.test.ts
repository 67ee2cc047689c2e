import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { anyPeer } from './any-peer';
import { netpolExample } from '../_shared/netpol-context';

const run = (t: string) => runRules([anyPeer], t);
const egress = (rule: string) => netpolExample('p', 'production', `podSelector: {}\npolicyTypes: [Egress]\negress:\n${rule}`);

describe('netpol/any-peer', () => {
  it('points at the ports of a rule without peers', () => {
    const f = run(egress('  - ports:\n      - {protocol: UDP, port: 53}\n      - {protocol: TCP, port: 53}\n'));
    expect(f.map(at)).toEqual(['netpol/any-peer@10:7-10:12']);
    expect(f[0]!.message).toBe('to가 없어 UDP/53, TCP/53 포트가 모든 Pod와 외부 주소(메타데이터 서버 169.254.169.254 포함)에 열립니다. 상대를 지정하세요.');
  });
  it('points at a 0.0.0.0/0 or ::/0 ipBlock without exceptions', () => {
    const f = run(egress('  - to:\n      - ipBlock: {cidr: 0.0.0.0/0}\n      - ipBlock: {cidr: "::/0"}\n    ports:\n      - port: 5432\n'));
    expect(f.map(at)).toEqual(['netpol/any-peer@11:27-11:36']);
    expect(f[0]!.message).toContain('to의 ipBlock 0.0.0.0/0 때문에 TCP/5432 포트가');
  });
  it('accepts named peers, ipBlocks with exceptions or a prefix, rules without ports and default deny', () => {
    expect(
      run(
        egress(
          '  - to:\n      - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}\n        podSelector: {matchLabels: {k8s-app: kube-dns}}\n    ports:\n      - {protocol: UDP, port: 53}\n',
        ),
      ),
    ).toEqual([]);
    expect(
      run(
        egress(
          '  - to:\n      - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}\n      - ipBlock: {cidr: 10.0.0.0/8}\n    ports:\n      - port: 443\n',
        ),
      ),
    ).toEqual([]);
    expect(run(egress('  - to:\n      - podSelector: {}\n'))).toEqual([]);
    expect(run(netpolExample('deny', 'production', 'podSelector: {}\npolicyTypes: [Ingress, Egress]'))).toEqual([]);
  });
});
