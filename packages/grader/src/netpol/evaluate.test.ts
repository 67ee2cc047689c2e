/** One test per rule of the NetworkPolicy semantics, on the x/y/z scenario. */
import { describe, expect, it } from 'vitest';
import { dnsAccess, evaluate, isAllowed } from './evaluate';
import { buildScenario } from './model';
import { policy, scenarioOf, xyz } from '../../test/netpol-fixtures';

const tcp = (from: string, to: string, port = 80) => ({ from, to, protocol: 'TCP' as const, port });
const podA = 'podSelector:\n  matchLabels: {pod: a}\n';

describe('NetworkPolicy semantics', () => {
  it('a pod is isolated only in the directions its selecting policies declare', () => {
    const s = xyz(policy('x', 'egress-only', `${podA}policyTypes: [Egress]`));
    expect(isAllowed(s, tcp('y/a', 'x/a'))).toBe(true); // ingress not isolated
    expect(isAllowed(s, tcp('x/a', 'y/a'))).toBe(false); // egress isolated, no rule
    expect(isAllowed(s, tcp('x/b', 'y/a'))).toBe(true); // x/b is not selected
    expect(evaluate(s, tcp('y/a', 'x/a')).ingress).toEqual({ isolated: false, allowedBy: [], allowed: true });
  });

  it('policyTypes defaults to Ingress, plus Egress when egress has rules', () => {
    const noTypes = xyz(policy('x', 'p', podA));
    expect([isAllowed(noTypes, tcp('y/a', 'x/a')), isAllowed(noTypes, tcp('x/a', 'y/a'))]).toEqual([false, true]);
    const withEgress = xyz(policy('x', 'p', `${podA}egress:\n  - ports: [{port: 81}]`));
    expect([isAllowed(withEgress, tcp('y/a', 'x/a')), isAllowed(withEgress, tcp('x/a', 'y/a')), isAllowed(withEgress, tcp('x/a', 'y/a', 81))]).toEqual([
      false,
      false,
      true,
    ]);
    const emptyEgress = xyz(policy('x', 'p', `${podA}egress: []`));
    expect([isAllowed(emptyEgress, tcp('y/a', 'x/a')), isAllowed(emptyEgress, tcp('x/a', 'y/a'))]).toEqual([false, true]);
  });

  it('allowed traffic is the union of all policies selecting the pod', () => {
    const s = xyz(
      policy('x', 'deny', 'podSelector: {}\npolicyTypes: [Ingress]'),
      policy('x', 'from-y', `${podA}ingress:\n  - from: [{namespaceSelector: {matchLabels: {ns: "y"}}}]`),
      policy('x', 'from-z-b', `${podA}ingress:\n  - from: [{namespaceSelector: {matchLabels: {ns: z}}, podSelector: {matchLabels: {pod: b}}}]`),
    );
    expect([isAllowed(s, tcp('y/c', 'x/a')), isAllowed(s, tcp('z/b', 'x/a')), isAllowed(s, tcp('z/a', 'x/a'))]).toEqual([true, true, false]);
    expect(evaluate(s, tcp('y/c', 'x/a')).ingress).toEqual({ isolated: true, allowedBy: ['x/from-y'], allowed: true });
  });

  it('from items are ORed, selectors inside one item are ANDed', () => {
    const or = xyz(
      policy('x', 'or', `${podA}ingress:\n  - from:\n      - namespaceSelector: {matchLabels: {ns: "y"}}\n      - podSelector: {matchLabels: {pod: c}}`),
    );
    expect([isAllowed(or, tcp('y/a', 'x/a')), isAllowed(or, tcp('x/c', 'x/a')), isAllowed(or, tcp('z/c', 'x/a'))]).toEqual([true, true, false]);
    const and = xyz(
      policy('x', 'and', `${podA}ingress:\n  - from:\n      - namespaceSelector: {matchLabels: {ns: "y"}}\n        podSelector: {matchLabels: {pod: c}}`),
    );
    expect([isAllowed(and, tcp('y/a', 'x/a')), isAllowed(and, tcp('y/c', 'x/a')), isAllowed(and, tcp('x/c', 'x/a'))]).toEqual([false, true, false]);
  });

  it('empty selectors select everything in their scope; absent fields mean all, an empty peer means nothing', () => {
    const allNs = xyz(policy('x', 'p', `${podA}ingress:\n  - from: [{namespaceSelector: {}}]`));
    expect(isAllowed(allNs, tcp('z/c', 'x/a'))).toBe(true);
    const samePodNs = xyz(policy('x', 'p', `${podA}ingress:\n  - from: [{podSelector: {}}]`));
    expect([isAllowed(samePodNs, tcp('x/c', 'x/a')), isAllowed(samePodNs, tcp('y/c', 'x/a'))]).toEqual([true, false]);
    const emptyRule = xyz(policy('x', 'p', `${podA}ingress:\n  - {}`));
    expect(isAllowed(emptyRule, tcp('z/c', 'x/a', 81))).toBe(true);
    const emptyFrom = xyz(policy('x', 'p', `${podA}ingress:\n  - from: []\n    ports: []`));
    expect(isAllowed(emptyFrom, tcp('z/c', 'x/a'))).toBe(true);
    const noRules = xyz(policy('x', 'p', `${podA}policyTypes: [Ingress]`));
    expect(isAllowed(noRules, tcp('x/b', 'x/a'))).toBe(false);
    const emptyPeer = xyz(policy('x', 'p', `${podA}ingress:\n  - from: [{}]`));
    expect(isAllowed(emptyPeer, tcp('x/b', 'x/a'))).toBe(false);
    const absentPodSelector = scenarioOf(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: x}\nspec: {containers: [{name: c, image: i}]}\n',
      policy('x', 'p', 'policyTypes: [Ingress]'),
    );
    expect(isAllowed(absentPodSelector, tcp('kube-system/kube-dns', 'x/a'))).toBe(false);
  });

  it('ipBlock matches addresses outside except, and never pods', () => {
    const s = xyz(
      policy(
        'x',
        'p',
        `${podA}policyTypes: [Ingress, Egress]\ningress:\n  - from: [{ipBlock: {cidr: 0.0.0.0/0, except: [192.168.0.0/16]}}]\negress:\n  - to: [{ipBlock: {cidr: 10.0.0.0/8}}]`,
      ),
    );
    expect([isAllowed(s, tcp('8.8.8.8', 'x/a')), isAllowed(s, tcp('192.168.1.1', 'x/a')), isAllowed(s, tcp('y/a', 'x/a'))]).toEqual([true, false, false]);
    expect([isAllowed(s, tcp('x/a', '10.9.9.9')), isAllowed(s, tcp('x/a', '11.0.0.1')), isAllowed(s, tcp('x/a', 'y/a'))]).toEqual([true, false, false]);
    expect(isAllowed(s, tcp('x/a', '2001:db8::1'))).toBe(false);
  });

  it('named ports resolve on the destination pod, with its protocol', () => {
    const s = xyz(
      policy(
        'x',
        'p',
        `${podA}policyTypes: [Ingress, Egress]\ningress:\n  - ports: [{port: serve-81-tcp}]\negress:\n  - ports: [{port: serve-80-udp, protocol: UDP}]`,
      ),
    );
    expect([isAllowed(s, tcp('y/b', 'x/a', 81)), isAllowed(s, tcp('y/b', 'x/a', 80))]).toEqual([true, false]);
    expect(isAllowed(s, { from: 'x/a', to: 'z/c', protocol: 'UDP', port: 80 })).toBe(true);
    expect(isAllowed(s, { from: 'x/a', to: 'z/c', protocol: 'TCP', port: 80 })).toBe(false);
    expect(isAllowed(s, { from: 'x/a', to: '8.8.8.8', protocol: 'UDP', port: 80 })).toBe(false); // no pod, no port names
  });

  it('endPort makes an inclusive range; endPort with a named port matches nothing', () => {
    const s = xyz(policy('x', 'p', `${podA}ingress:\n  - ports: [{port: 8000, endPort: 8080}, {port: serve-80-tcp, endPort: 90}]`));
    expect([7999, 8000, 8080, 8081, 80].map((p) => isAllowed(s, tcp('y/a', 'x/a', p)))).toEqual([false, true, true, false, false]);
  });

  it('protocols TCP, UDP and SCTP; TCP by default; an unknown protocol matches nothing', () => {
    const s = xyz(
      policy('x', 'p', `${podA}ingress:\n  - ports: [{port: 5000}, {protocol: UDP, port: 5001}, {protocol: SCTP, port: 5002}, {protocol: ICMP, port: 5003}]`),
    );
    const at = (protocol: 'TCP' | 'UDP' | 'SCTP', port: number) => isAllowed(s, { from: 'y/a', to: 'x/a', protocol, port });
    expect([at('TCP', 5000), at('UDP', 5000), at('UDP', 5001), at('SCTP', 5002), at('TCP', 5002), at('TCP', 5003)]).toEqual([
      true,
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('a connection needs egress at the source and ingress at the destination', () => {
    const s = xyz(
      policy('x', 'egress-to-y', `${podA}policyTypes: [Egress]\negress:\n  - to: [{namespaceSelector: {matchLabels: {ns: "y"}}}]`),
      policy('y', 'ingress-from-z', 'podSelector: {matchLabels: {pod: b}}\ningress:\n  - from: [{namespaceSelector: {matchLabels: {ns: z}}}]'),
    );
    expect(evaluate(s, tcp('x/a', 'y/b'))).toEqual({
      allowed: false,
      egress: { isolated: true, allowedBy: ['x/egress-to-y'], allowed: true },
      ingress: { isolated: true, allowedBy: [], allowed: false },
      loopback: false,
    });
    expect([isAllowed(s, tcp('x/a', 'y/a')), isAllowed(s, tcp('z/a', 'y/b')), isAllowed(s, tcp('x/a', 'z/a'))]).toEqual([true, true, false]);
  });

  it('a pod may always talk to itself; unknown endpoints and ports are refused, not thrown', () => {
    const s = xyz(policy('x', 'deny', 'podSelector: {}\npolicyTypes: [Ingress, Egress]'));
    expect(evaluate(s, tcp('x/a', 'x/a'))).toEqual({ allowed: true, egress: null, ingress: null, loopback: true });
    expect(evaluate(s, tcp('x/zz', 'x/a'))).toEqual({ allowed: false, egress: null, ingress: null, loopback: false, error: 'unknown endpoint: x/zz' });
    expect(evaluate(s, tcp('x/a', 'y/a', 70000)).error).toBe('invalid protocol or port: TCP/70000');
    expect(isAllowed(s, { from: 'x/a', to: 'y/a', protocol: 'ICMP' as 'TCP', port: 1 })).toBe(false);
  });

  it('DNS access is UDP and TCP 53 to the kube-dns pod', () => {
    const s = xyz(policy('x', 'dns-udp', 'podSelector: {}\npolicyTypes: [Egress]\negress:\n  - ports: [{protocol: UDP, port: 53}]'));
    expect(dnsAccess(s, s.podsById.get('x/a')!)).toEqual({ udp: true, tcp: false });
    expect(dnsAccess(s, s.podsById.get('y/a')!)).toEqual({ udp: true, tcp: true });
    expect(isAllowed(buildScenario([]), { from: 'kube-system/kube-dns', to: '8.8.8.8', protocol: 'UDP', port: 53 })).toBe(true);
  });
});
