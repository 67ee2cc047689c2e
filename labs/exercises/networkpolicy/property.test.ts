/**
 * Property-based tests: any equivalent set of policies passes (split per direction or per rule, DNS for the whole
 * namespace, named ports, expressions, flow style, List, any order), and the same policies plus one extra
 * connection from the catalogue fail and name that connection.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeSet } from '../testing';
import { lab } from './lab';

type Labels = Record<string, string>;

interface Peer {
  ns?: string;
  pod?: Labels;
  cidr?: string;
}

interface Port {
  port: number | string;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
  endPort?: number;
}

interface Rule {
  peers: Peer[];
  ports: Port[];
}

interface Policy {
  name: string;
  pods: Labels | null;
  types: ('Ingress' | 'Egress')[];
  ingress: Rule[];
  egress: Rule[];
}

interface Style {
  named: boolean;
  explicitTcp: boolean;
  expressions: boolean;
  flow: boolean;
  list: boolean;
  comments: boolean;
  order: number;
}

const APP: Labels = { app: 'myapp' };
const nsPeer = (ns: string, pod: Labels): Peer => ({ ns, pod });

function rules(named: boolean, explicitTcp: boolean): { ingress: Rule; db: Rule; dns: Rule } {
  const tcp = explicitTcp ? { protocol: 'TCP' as const } : {};
  return {
    ingress: { peers: [nsPeer('frontend', { app: 'frontend' })], ports: [{ port: named ? 'http' : 8080, ...tcp }] },
    db: { peers: [nsPeer('database', { app: 'postgres' })], ports: [{ port: named ? 'postgresql' : 5432, ...tcp }] },
    dns: {
      peers: [nsPeer('kube-system', { 'k8s-app': 'kube-dns' })],
      ports: [
        { port: named ? 'dns' : 53, protocol: 'UDP' },
        { port: named ? 'dns-tcp' : 53, protocol: 'TCP' },
      ],
    },
  };
}

/** Four equivalent layouts of the same connections. */
function layout(kind: number, r: ReturnType<typeof rules>): Policy[] {
  const deny: Policy = { name: 'default-deny', pods: null, types: ['Ingress', 'Egress'], ingress: [], egress: [] };
  switch (kind) {
    case 0:
      return [deny, { name: 'app', pods: APP, types: ['Ingress', 'Egress'], ingress: [r.ingress], egress: [r.dns, r.db] }];
    case 1:
      return [
        deny,
        { name: 'app-in', pods: APP, types: ['Ingress'], ingress: [r.ingress], egress: [] },
        { name: 'app-db', pods: APP, types: ['Egress'], ingress: [], egress: [r.db] },
        { name: 'app-dns', pods: APP, types: ['Egress'], ingress: [], egress: [r.dns] },
      ];
    case 2:
      return [{ name: 'app', pods: APP, types: ['Ingress', 'Egress'], ingress: [r.ingress], egress: [r.db, r.dns] }, deny];
    default:
      return [
        deny,
        { name: 'dns-for-all', pods: null, types: ['Egress'], ingress: [], egress: [r.dns] },
        { name: 'app', pods: APP, types: ['Ingress', 'Egress'], ingress: [r.ingress], egress: [r.db] },
      ];
  }
}

function selector(labels: Labels | null, s: Style): string {
  if (!labels || Object.keys(labels).length === 0) return '{}';
  if (s.expressions)
    return `{matchExpressions: [${Object.entries(labels)
      .map(([k, v]) => `{key: ${k}, operator: In, values: [${v}]}`)
      .join(', ')}]}`;
  return `{matchLabels: {${Object.entries(labels)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')}}}`;
}

function peer(p: Peer, s: Style): string {
  if (p.cidr) return `{ipBlock: {cidr: ${p.cidr}}}`;
  const parts: string[] = [];
  if (p.ns !== undefined) parts.push(`namespaceSelector: ${selector({ 'kubernetes.io/metadata.name': p.ns }, s)}`);
  if (p.pod) parts.push(`podSelector: ${selector(p.pod, s)}`);
  return `{${parts.join(', ')}}`;
}

function port(p: Port): string {
  return `{port: ${p.port}${p.protocol ? `, protocol: ${p.protocol}` : ''}${p.endPort ? `, endPort: ${p.endPort}` : ''}}`;
}

function rule(r: Rule, dir: 'from' | 'to', s: Style, indent: string): string {
  const peers = r.peers.length ? `[${r.peers.map((p) => peer(p, s)).join(', ')}]` : null;
  const ports = r.ports.length ? `[${r.ports.map(port).join(', ')}]` : null;
  if (s.flow) return `${indent}- {${[peers ? `${dir}: ${peers}` : '', ports ? `ports: ${ports}` : ''].filter(Boolean).join(', ')}}\n`;
  const lines = [peers ? `${dir}: ${peers}` : '', ports ? `ports: ${ports}` : ''].filter(Boolean);
  return lines.map((l, i) => `${indent}${i === 0 ? '- ' : '  '}${l}\n`).join('') || `${indent}- {}\n`;
}

function doc(p: Policy, s: Style): string {
  const body = [
    'apiVersion: networking.k8s.io/v1',
    'kind: NetworkPolicy',
    `metadata: {name: ${p.name}, namespace: production}`,
    ...(s.comments ? [`# ${p.name}`] : []),
    'spec:',
    `  podSelector: ${selector(p.pods, s)}`,
    `  policyTypes: [${p.types.join(', ')}]`,
  ].join('\n');
  const ing = p.ingress.length ? `\n  ingress:\n${p.ingress.map((r) => rule(r, 'from', s, '    ')).join('')}` : '\n';
  const eg = p.egress.length ? `${p.ingress.length ? '' : ''}  egress:\n${p.egress.map((r) => rule(r, 'to', s, '    ')).join('')}` : '';
  return `${body}${ing}${eg}`;
}

function render(policies: Policy[], s: Style): string {
  const n = policies.length;
  const ordered = policies.map((_, i) => policies[(i + s.order) % n]!);
  const docs = ordered.map((p) => doc(p, s));
  if (!s.list) return docs.join('---\n');
  const items = docs
    .map((d) =>
      d
        .trimEnd()
        .split('\n')
        .map((l, j) => (j === 0 ? `  - ${l}` : `    ${l}`))
        .join('\n'),
    )
    .join('\n');
  return `apiVersion: v1\nkind: List\nitems:\n${items}\n`;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  named: fc.boolean(),
  explicitTcp: fc.boolean(),
  expressions: fc.boolean(),
  flow: fc.boolean(),
  list: fc.boolean(),
  comments: fc.boolean(),
  order: fc.integer({ min: 0, max: 3 }),
});
const layoutArb = fc.integer({ min: 0, max: 3 });

function policiesOf(kind: number, s: Style): Policy[] {
  return layout(kind, rules(s.named, s.explicitTcp));
}

interface Extra {
  /** Adds one allowed connection. */
  apply(p: Policy[]): Policy[];
  /** The connection, as the grader names it. */
  names: string;
}

const addPolicy =
  (pol: Policy): Extra['apply'] =>
  (ps) => [...ps, pol];
const appEgress = (r: Rule): Extra['apply'] => addPolicy({ name: 'extra', pods: APP, types: ['Egress'], ingress: [], egress: [r] });
const appIngress = (r: Rule): Extra['apply'] => addPolicy({ name: 'extra', pods: APP, types: ['Ingress'], ingress: [r], egress: [] });

/** Each adds exactly one connection the task forbids. */
const CATALOGUE: readonly Extra[] = [
  { apply: appEgress({ peers: [{ cidr: '8.8.8.8/32' }], ports: [{ port: 53, protocol: 'UDP' }] }), names: 'production/api → 8.8.8.8 UDP/53' },
  {
    apply: appEgress({ peers: [{ ns: 'kube-system', pod: { 'k8s-app': 'node-local-dns' } }], ports: [{ port: 53, protocol: 'UDP' }] }),
    names: 'production/api → kube-system/node-local-dns UDP/53',
  },
  {
    apply: appEgress({ peers: [{ ns: 'default', pod: { app: 'dns' } }], ports: [{ port: 53, protocol: 'UDP' }] }),
    names: 'production/api → default/rogue-dns UDP/53',
  },
  { apply: appEgress({ peers: [{ cidr: '169.254.169.254/32' }], ports: [{ port: 80 }] }), names: 'production/api → 169.254.169.254 TCP/80' },
  { apply: appEgress({ peers: [{ ns: 'database', pod: { app: 'backup' } }], ports: [{ port: 5432 }] }), names: 'production/api → database/backup TCP/5432' },
  {
    apply: appEgress({ peers: [{ ns: 'database', pod: { app: 'postgres' } }], ports: [{ port: 5432, endPort: 5433 }] }),
    names: 'production/api → database/postgres TCP/5433',
  },
  { apply: appEgress({ peers: [{ cidr: '10.0.0.0/24' }], ports: [{ port: 443 }] }), names: 'production/api → 10.0.0.10 TCP/443' },
  { apply: appIngress({ peers: [{ ns: 'frontend', pod: { app: 'debug' } }], ports: [{ port: 8080 }] }), names: 'frontend/debug → production/api TCP/8080' },
  { apply: appIngress({ peers: [{ ns: 'sandbox', pod: { app: 'frontend' } }], ports: [{ port: 8080 }] }), names: 'sandbox/attacker → production/api TCP/8080' },
  {
    apply: appIngress({ peers: [{ ns: 'frontend', pod: { app: 'frontend' } }], ports: [{ port: 8080, protocol: 'UDP' }] }),
    names: 'frontend/web → production/api UDP/8080',
  },
  { apply: appIngress({ peers: [{ ns: 'frontend', pod: { app: 'frontend' } }], ports: [{ port: 8081 }] }), names: 'frontend/web → production/api TCP/8081' },
  { apply: appIngress({ peers: [{ cidr: '192.168.1.0/24' }], ports: [{ port: 8080 }] }), names: '192.168.1.20 → production/api TCP/8080' },
  {
    apply: addPolicy({
      name: 'extra',
      pods: { app: 'worker' },
      types: ['Egress'],
      ingress: [],
      egress: [{ peers: [{ ns: 'database', pod: { app: 'postgres' } }], ports: [{ port: 5432 }] }],
    }),
    names: 'production/worker → database/postgres TCP/5432',
  },
  {
    apply: addPolicy({
      name: 'extra',
      pods: { app: 'worker' },
      types: ['Ingress'],
      ingress: [{ peers: [{ ns: 'frontend', pod: { app: 'frontend' } }], ports: [{ port: 8080 }] }],
      egress: [],
    }),
    names: 'frontend/web → production/worker TCP/8080',
  },
  {
    apply: addPolicy({
      name: 'extra',
      pods: { app: 'worker' },
      types: ['Egress'],
      ingress: [],
      egress: [{ peers: [{ cidr: '8.8.8.8/32' }], ports: [{ port: 443 }] }],
    }),
    names: 'production/worker → 8.8.8.8 TCP/443',
  },
];

describe('networkpolicy properties', () => {
  it('every equivalent layout and style passes', () => {
    fc.assert(
      fc.property(layoutArb, styleArb, (kind, s) => {
        const r = gradeSet(lab, { 'networkpolicy.yaml': render(policiesOf(kind, s), s) });
        expect(r.objectives.filter((o) => !o.pass).map((o) => `${o.id}: ${o.reason}`)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('one extra connection from the catalogue fails and is named', () => {
    fc.assert(
      fc.property(layoutArb, styleArb, fc.constantFrom(...CATALOGUE), (kind, s, extra) => {
        const r = gradeSet(lab, { 'networkpolicy.yaml': render(extra.apply(policiesOf(kind, s)), s) });
        expect(r.complete).toBe(false);
        const reasons = r.objectives.filter((o) => !o.pass).map((o) => o.reason);
        expect(
          reasons.some((x) => x.includes(extra.names)),
          reasons.join(' | '),
        ).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
