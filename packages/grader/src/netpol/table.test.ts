/**
 * Upstream-style truth tables (namespaces x, y, z with pods a, b, c): every expected table is
 * written out from the NetworkPolicy semantics. Rows are sources, columns destinations in the
 * order x/a x/b x/c y/a y/b y/c z/a z/b z/c (then the extra endpoints named in the test).
 */
import { describe, expect, it } from 'vitest';
import { defaultExternals, defaultProbes, formatMatrix, MAX_CONNECTIONS, truthTable } from './table';
import { grid, policy, xyz, XYZ_PODS } from '../../test/netpol-fixtures';

const TCP80 = { protocol: 'TCP', port: 80 } as const;
const TCP81 = { protocol: 'TCP', port: 81 } as const;
const UDP80 = { protocol: 'UDP', port: 80 } as const;
const UDP53 = { protocol: 'UDP', port: 53 } as const;
const ALL_OPEN = XYZ_PODS.map((p) => `${p} .........`);

describe('truth tables on x/y/z', () => {
  it('no policy: everything is allowed', () => {
    expect(grid(xyz(), TCP80)).toEqual(ALL_OPEN);
  });

  it('default deny ingress in x: nothing reaches x except a pod itself', () => {
    const s = xyz(policy('x', 'deny-ingress', 'podSelector: {}\npolicyTypes: [Ingress]'));
    const expected = [
      'x/a .XX......',
      'x/b X.X......',
      'x/c XX.......',
      'y/a XXX......',
      'y/b XXX......',
      'y/c XXX......',
      'z/a XXX......',
      'z/b XXX......',
      'z/c XXX......',
    ];
    expect(grid(s, TCP80)).toEqual(expected);
    expect(grid(s, UDP80)).toEqual(expected);
  });

  it('allow x/a from namespace y only', () => {
    const s = xyz(
      policy('x', 'allow-y', 'podSelector:\n  matchLabels: {pod: a}\ningress:\n  - from:\n      - namespaceSelector:\n          matchLabels: {ns: "y"}'),
    );
    expect(grid(s, TCP80)).toEqual([
      'x/a .........',
      'x/b X........',
      'x/c X........',
      'y/a .........',
      'y/b .........',
      'y/c .........',
      'z/a X........',
      'z/b X........',
      'z/c X........',
    ]);
  });

  it('AND: namespaceSelector and podSelector in one from item admit only y/b', () => {
    const s = xyz(
      policy(
        'x',
        'and',
        'podSelector:\n  matchLabels: {pod: a}\ningress:\n  - from:\n      - namespaceSelector:\n          matchLabels: {ns: "y"}\n        podSelector:\n          matchLabels: {pod: b}',
      ),
    );
    expect(grid(s, TCP80)).toEqual([
      'x/a .........',
      'x/b X........',
      'x/c X........',
      'y/a X........',
      'y/b .........',
      'y/c X........',
      'z/a X........',
      'z/b X........',
      'z/c X........',
    ]);
  });

  it('OR: the same selectors as two from items admit all of y and x/b', () => {
    const s = xyz(
      policy(
        'x',
        'or',
        'podSelector:\n  matchLabels: {pod: a}\ningress:\n  - from:\n      - namespaceSelector:\n          matchLabels: {ns: "y"}\n      - podSelector:\n          matchLabels: {pod: b}',
      ),
    );
    expect(grid(s, TCP80)).toEqual([
      'x/a .........',
      'x/b .........',
      'x/c X........',
      'y/a .........',
      'y/b .........',
      'y/c .........',
      'z/a X........',
      'z/b X........',
      'z/c X........',
    ]);
  });

  it('named ports: only serve-81-tcp and serve-80-udp reach x/a', () => {
    const s = xyz(
      policy(
        'x',
        'named',
        'podSelector:\n  matchLabels: {pod: a}\ningress:\n  - from:\n      - namespaceSelector: {}\n    ports:\n      - port: serve-81-tcp\n      - protocol: UDP\n        port: serve-80-udp',
      ),
    );
    expect(grid(s, TCP80)).toEqual([
      'x/a .........',
      'x/b X........',
      'x/c X........',
      'y/a X........',
      'y/b X........',
      'y/c X........',
      'z/a X........',
      'z/b X........',
      'z/c X........',
    ]);
    expect(grid(s, TCP81)).toEqual(ALL_OPEN);
    expect(grid(s, UDP80)).toEqual(ALL_OPEN);
  });

  it('endPort: TCP 81-90 into x/a, so 80 and 91 are blocked', () => {
    const s = xyz(policy('x', 'range', 'podSelector:\n  matchLabels: {pod: a}\ningress:\n  - ports:\n      - port: 81\n        endPort: 90'));
    const blocked = ['x/a .........', ...XYZ_PODS.slice(1).map((p) => `${p} X........`)];
    expect(grid(s, TCP80)).toEqual(blocked);
    expect(grid(s, TCP81)).toEqual(ALL_OPEN);
    expect(grid(s, { protocol: 'TCP', port: 90 })).toEqual(ALL_OPEN);
    expect(grid(s, { protocol: 'TCP', port: 91 })).toEqual(blocked);
    expect(grid(s, UDP80)).toEqual(blocked);
  });

  const withDns = { pods: [...XYZ_PODS, 'kube-system/kube-dns'], externals: [] };

  it('egress deny in x with a DNS rule: x reaches only kube-dns on 53', () => {
    const s = xyz(
      policy(
        'x',
        'egress-dns-only',
        'podSelector: {}\npolicyTypes: [Egress]\negress:\n  - to:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: kube-system\n        podSelector:\n          matchLabels:\n            k8s-app: kube-dns\n    ports:\n      - protocol: UDP\n        port: 53\n      - protocol: TCP\n        port: 53',
      ),
    );
    const others = ['y/a', 'y/b', 'y/c', 'z/a', 'z/b', 'z/c', 'kube-system/kube-dns'].map((p) => `${p.padEnd(20)} ..........`);
    expect(grid(s, TCP80, withDns)).toEqual([
      'x/a                  .XXXXXXXXX',
      'x/b                  X.XXXXXXXX',
      'x/c                  XX.XXXXXXX',
      ...others,
    ]);
    expect(grid(s, UDP53, withDns)).toEqual([
      'x/a                  .XXXXXXXX.',
      'x/b                  X.XXXXXXX.',
      'x/c                  XX.XXXXXX.',
      ...others,
    ]);
  });

  it('egress to y on TCP 80 without a DNS rule: DNS is blocked for x', () => {
    const s = xyz(
      policy(
        'x',
        'egress-y',
        'podSelector: {}\npolicyTypes: [Egress]\negress:\n  - to:\n      - namespaceSelector:\n          matchLabels: {ns: "y"}\n    ports:\n      - port: 80',
      ),
    );
    const others = ['y/a', 'y/b', 'y/c', 'z/a', 'z/b', 'z/c', 'kube-system/kube-dns'].map((p) => `${p.padEnd(20)} ..........`);
    expect(grid(s, TCP80, withDns)).toEqual([
      'x/a                  .XX...XXXX',
      'x/b                  X.X...XXXX',
      'x/c                  XX....XXXX',
      ...others,
    ]);
    expect(grid(s, UDP53, withDns)).toEqual([
      'x/a                  .XXXXXXXXX',
      'x/b                  X.XXXXXXXX',
      'x/c                  XX.XXXXXXX',
      ...others,
    ]);
  });

  it('ipBlock with except, for egress (x/a) and ingress (x/b)', () => {
    const block = 'ipBlock:\n          cidr: 10.0.0.0/8\n          except: [10.1.0.0/16]';
    const s = xyz(
      policy('x', 'egress-block', `podSelector:\n  matchLabels: {pod: a}\npolicyTypes: [Egress]\negress:\n  - to:\n      - ${block}`),
      policy('x', 'ingress-block', `podSelector:\n  matchLabels: {pod: b}\ningress:\n  - from:\n      - ${block}`),
    );
    const opts = { pods: XYZ_PODS, externals: ['10.0.0.1', '10.1.0.1', '8.8.8.8'] };
    expect(grid(s, TCP80, opts)).toEqual([
      'x/a      .XXXXXXXX.XX',
      'x/b      ............',
      'x/c      .X..........',
      'y/a      .X..........',
      'y/b      .X..........',
      'y/c      .X..........',
      'z/a      .X..........',
      'z/b      .X..........',
      'z/c      .X..........',
      '10.0.0.1 .........---',
      '10.1.0.1 .X.......---',
      '8.8.8.8  .X.......---',
    ]);
    expect(defaultExternals(s)).toEqual(['8.8.8.8', '10.0.0.1', '10.1.0.1', '10.1.255.254', '10.255.255.254']);
  });
});

describe('truthTable', () => {
  it('probes every declared container port and the implicit DNS ports', () => {
    expect(defaultProbes(xyz()).map((p) => `${p.protocol}/${p.port}`)).toEqual(['TCP/53', 'TCP/80', 'TCP/81', 'UDP/53', 'UDP/80']);
  });

  it('adds numeric policy ports and endPorts, and TCP/80 when nothing declares a port', () => {
    const s = xyz(policy('x', 'p', 'podSelector: {}\ningress:\n  - ports:\n      - {protocol: SCTP, port: 9000, endPort: 9010}\n      - port: web'));
    expect(defaultProbes(s).map((p) => `${p.protocol}/${p.port}`)).toEqual(['TCP/53', 'TCP/80', 'TCP/81', 'UDP/53', 'UDP/80', 'SCTP/9000', 'SCTP/9010']);
  });

  it('lists connections in endpoint and probe order, without external to external', () => {
    const t = truthTable(xyz(policy('x', 'deny', 'podSelector: {}')), { pods: ['x/a', 'y/a'], externals: ['8.8.8.8'], probes: [TCP80] });
    expect(t.endpoints).toEqual(['x/a', 'y/a', '8.8.8.8']);
    expect(t.total).toBe(8);
    expect(t.tooLarge).toBe(false);
    expect(t.connections).toEqual([
      { from: 'x/a', to: 'x/a', protocol: 'TCP', port: 80, allowed: true },
      { from: 'x/a', to: 'y/a', protocol: 'TCP', port: 80, allowed: true },
      { from: 'x/a', to: '8.8.8.8', protocol: 'TCP', port: 80, allowed: true },
      { from: 'y/a', to: 'x/a', protocol: 'TCP', port: 80, allowed: false },
      { from: 'y/a', to: 'y/a', protocol: 'TCP', port: 80, allowed: true },
      { from: 'y/a', to: '8.8.8.8', protocol: 'TCP', port: 80, allowed: true },
      { from: '8.8.8.8', to: 'x/a', protocol: 'TCP', port: 80, allowed: false },
      { from: '8.8.8.8', to: 'y/a', protocol: 'TCP', port: 80, allowed: true },
    ]);
    expect(formatMatrix(t)).toBe(
      'TCP/80  (행: 출발 from, 열: 도착 to, . 허용, X 차단)\n' +
        '        x/a     y/a     8.8.8.8\n' +
        'x/a     .       .       .\n' +
        'y/a     X       .       .\n' +
        '8.8.8.8 X       .       -\n',
    );
  });

  it('refuses a table over the limit without evaluating it', () => {
    const t = truthTable(xyz(), { limit: 100 });
    // 9 pods, the implicit kube-dns and 8.8.8.8; 5 probes
    expect(t.total).toBe((11 * 11 - 1) * 5);
    expect(t.tooLarge).toBe(true);
    expect(t.connections).toEqual([]);
    expect(MAX_CONNECTIONS).toBe(20000);
  });
});
