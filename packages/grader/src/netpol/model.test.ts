import { describe, expect, it } from 'vitest';
import { buildScenario } from './model';
import { policy, scenarioOf } from '../../test/netpol-fixtures';

const deploy = (kind: string, name: string, ns: string | null, labels: string) =>
  `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}spec:\n  template:\n    metadata:\n      labels: ${labels}\n    spec:\n      containers:\n        - name: app\n          image: i\n          ports: [{containerPort: 8080, name: http}, {containerPort: 9000, protocol: UDP}, {containerPort: 70000}, {containerPort: 1, protocol: ICMP}]\n`;

describe('buildScenario', () => {
  it('turns Pods and workload templates into pods, in the default namespace when none is given', () => {
    const s = scenarioOf(
      deploy('Deployment', 'web', 'shop', '{app: web}'),
      deploy('StatefulSet', 'db', null, '{app: db}'),
      'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: job, namespace: shop}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        metadata: {labels: {app: job}}\n        spec: {containers: [{name: c, image: i}]}\n',
    );
    expect(s.pods.map((p) => [p.id, p.labels, p.ports, p.implicit])).toEqual([
      [
        'default/db',
        { app: 'db' },
        [
          { name: 'http', port: 8080, protocol: 'TCP' },
          { port: 9000, protocol: 'UDP' },
        ],
        false,
      ],
      [
        'kube-system/kube-dns',
        { 'k8s-app': 'kube-dns' },
        [
          { name: 'dns', port: 53, protocol: 'UDP' },
          { name: 'dns-tcp', port: 53, protocol: 'TCP' },
        ],
        true,
      ],
      ['shop/job', { app: 'job' }, [], false],
      [
        'shop/web',
        { app: 'web' },
        [
          { name: 'http', port: 8080, protocol: 'TCP' },
          { port: 9000, protocol: 'UDP' },
        ],
        false,
      ],
    ]);
    expect(s.dns.id).toBe('kube-system/kube-dns');
  });

  it('gives namespaces the automatic kubernetes.io/metadata.name label, which a declared label cannot override', () => {
    const s = scenarioOf(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: frontend\n  labels: {team: web, kubernetes.io/metadata.name: other}\n',
      policy('prod', 'p', 'podSelector: {}'),
    );
    expect([...s.namespaces.values()]).toEqual([
      { name: 'frontend', labels: { team: 'web', 'kubernetes.io/metadata.name': 'frontend' }, declared: true },
      { name: 'prod', labels: { 'kubernetes.io/metadata.name': 'prod' }, declared: false },
      { name: 'kube-system', labels: { 'kubernetes.io/metadata.name': 'kube-system' }, declared: false },
    ]);
  });

  it('uses a declared kube-dns pod instead of the implicit one, and renames duplicate pods', () => {
    const s = scenarioOf(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: coredns, namespace: kube-system, labels: {k8s-app: kube-dns}}\nspec: {containers: [{name: c, image: i}]}\n',
      deploy('Deployment', 'web', 'a', '{}'),
      deploy('DaemonSet', 'web', 'a', '{}'),
    );
    expect(s.pods.map((p) => p.id)).toEqual(['a/web', 'a/web-2', 'kube-system/coredns']);
    expect(s.dns.id).toBe('kube-system/coredns');
  });

  it('reads policy types, rules, peers and ports', () => {
    const s = scenarioOf(
      policy(
        'x',
        'p',
        'podSelector: {matchLabels: {a: b}}\negress:\n  - to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}, {namespaceSelector: {}}, {}]\n    ports: [{port: 53, protocol: UDP}, {port: "80"}, {endPort: 5}]',
      ),
    );
    const p = s.policies[0]!;
    expect([p.id, p.ingressIsolation, p.egressIsolation, p.ingress.length]).toEqual(['x/p', true, true, 0]);
    expect(p.egress[0]!.peers!.map((x) => x.kind)).toEqual(['ipBlock', 'pods', 'invalid']);
    expect(p.egress[0]!.ports).toEqual([
      { protocol: 'UDP', port: 53, invalid: false, path: ['spec', 'egress', 0, 'ports', 0] },
      { protocol: 'TCP', port: '80', invalid: true, path: ['spec', 'egress', 0, 'ports', 1] },
      { protocol: 'TCP', invalid: true, path: ['spec', 'egress', 0, 'ports', 2] },
    ]);
  });

  it('ignores other NetworkPolicy APIs and never throws on malformed values', () => {
    const s = scenarioOf('apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: c}\nspec: {}\n');
    expect(s.policies).toEqual([]);
    const junk = [
      null,
      5,
      'x',
      [],
      { kind: 'Pod', spec: 5 },
      { kind: 'NetworkPolicy', spec: { podSelector: 5, ingress: 'x', egress: [5, null], policyTypes: 'Egress' } },
      { kind: 'Namespace', metadata: { labels: 'x' } },
    ];
    const s2 = buildScenario(junk);
    expect(s2.policies.map((p) => [p.id, p.ingressIsolation, p.egressIsolation, p.egress.map((r) => r.invalid)])).toEqual([
      ['default/unnamed-6', true, true, [true, false]],
    ]);
    expect(buildScenario('nope' as unknown as []).pods.map((p) => p.id)).toEqual(['kube-system/kube-dns']);
  });
});
