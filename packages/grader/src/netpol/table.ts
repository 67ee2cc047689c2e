/**
 * Truth tables in the style of the upstream network-policy e2e tests: every source x destination x
 * probe (protocol/port), and a text matrix per probe ('.' allowed, 'X' blocked).
 */
import { evaluate, endpoint, type Endpoint } from './evaluate';
import { firstHost, formatAddress, lastHost, parseAddress, type Cidr } from './ip';
import { PROTOCOLS, type Protocol, type Scenario } from './model';

export interface Probe {
  protocol: Protocol;
  port: number;
}

export interface Connection {
  from: string;
  to: string;
  protocol: Protocol;
  port: number;
  allowed: boolean;
}

export interface TruthTable {
  /** Pod ids, then external addresses. */
  endpoints: string[];
  probes: Probe[];
  /** from x to x probe, in endpoint and probe order; external to external is left out. Empty when too large. */
  connections: Connection[];
  /** How many connections the table has (or would have). */
  total: number;
  /** More than `limit` connections: nothing was evaluated. */
  tooLarge: boolean;
}

export interface TableOptions {
  /** Default: `defaultProbes(s)`. */
  probes?: readonly Probe[];
  /** IP addresses standing for clients and servers outside the cluster. Default: `defaultExternals(s)`. */
  externals?: readonly string[];
  /** Pod ids to include (default: every pod, the implicit kube-dns included). */
  pods?: readonly string[];
  /** Default MAX_CONNECTIONS. */
  limit?: number;
}

/** A bigger table is refused: it is unreadable, and hostile input must stay fast. */
export const MAX_CONNECTIONS = 20000;
const MAX_EXTERNALS = 16;
/** Any address on the internet. */
export const EXTERNAL_SAMPLE = '8.8.8.8';

/** Every declared container port, plus every numeric port (and endPort) in the policies; TCP/80 when there is none. */
export function defaultProbes(s: Scenario): Probe[] {
  const seen = new Set<string>();
  const out: Probe[] = [];
  const add = (protocol: Protocol, port: number) => {
    const key = `${protocol}/${port}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ protocol, port });
  };
  for (const pod of s.pods) for (const cp of pod.ports) add(cp.protocol, cp.port);
  for (const pol of s.policies)
    for (const rule of [...pol.ingress, ...pol.egress])
      for (const p of rule.ports ?? []) {
        if (p.invalid || !p.protocol || typeof p.port !== 'number') continue;
        add(p.protocol, p.port);
        if (p.endPort !== undefined) add(p.protocol, p.endPort);
      }
  if (out.length === 0) add('TCP', 80);
  return out.sort((a, b) => PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol) || a.port - b.port);
}

/**
 * 8.8.8.8 (the internet) plus the first and last host of every ipBlock CIDR and of every `except`
 * of the policies, so both sides of every block are probed (at most 16, in address order).
 */
export function defaultExternals(s: Scenario): string[] {
  const cidrs: Cidr[] = [];
  const out = new Set<string>([EXTERNAL_SAMPLE]);
  for (const pol of s.policies)
    for (const rule of [...pol.ingress, ...pol.egress]) for (const peer of rule.peers ?? []) if (peer.kind === 'ipBlock') cidrs.push(peer.cidr, ...peer.except);
  for (const c of cidrs) {
    out.add(formatAddress(firstHost(c)));
    out.add(formatAddress(lastHost(c)));
  }
  return [...out]
    .map((t) => ({ t, a: parseAddress(t)! }))
    .sort((x, y) => x.a.v - y.a.v || (x.a.n < y.a.n ? -1 : x.a.n > y.a.n ? 1 : 0))
    .slice(0, MAX_EXTERNALS)
    .map((x) => x.t);
}

export function truthTable(s: Scenario, opts: TableOptions = {}): TruthTable {
  const probes = (opts.probes ?? defaultProbes(s)).slice();
  const pods = (opts.pods ? opts.pods.map((id) => s.podsById.get(id)).filter((p) => p !== undefined) : s.pods).map(
    (pod): Endpoint => ({ kind: 'pod', id: pod.id, pod }),
  );
  const externals = (opts.externals ?? defaultExternals(s)).map((t) => endpoint(s, t)).filter((e): e is Endpoint => e !== null && e.kind === 'ip');
  const endpoints = [...pods, ...externals];
  const pairs = endpoints.length * endpoints.length - externals.length * externals.length;
  const total = pairs * probes.length;
  const limit = opts.limit ?? MAX_CONNECTIONS;
  const table: TruthTable = { endpoints: endpoints.map((e) => e.id), probes, connections: [], total, tooLarge: total > limit };
  if (table.tooLarge) return table;
  for (const from of endpoints)
    for (const to of endpoints) {
      if (from.kind === 'ip' && to.kind === 'ip') continue;
      for (const p of probes) {
        table.connections.push({ from: from.id, to: to.id, protocol: p.protocol, port: p.port, allowed: evaluate(s, { from, to, ...p }).allowed });
      }
    }
  return table;
}

/** One matrix per probe: rows are sources, columns destinations; '.' allowed, 'X' blocked, '-' not probed. */
export function formatMatrix(t: TruthTable): string {
  const width = Math.max(4, ...t.endpoints.map((e) => e.length));
  const pad = (x: string) => x.padEnd(width);
  const cell = new Map<string, boolean>();
  for (const c of t.connections) cell.set(`${c.from}\u0000${c.to}\u0000${c.protocol}/${c.port}`, c.allowed);
  const blocks = t.probes.map((p) => {
    const probe = `${p.protocol}/${p.port}`;
    const rows = [`${probe}  (행: 출발 from, 열: 도착 to, . 허용, X 차단)`, [pad(''), ...t.endpoints.map(pad)].join(' ').trimEnd()];
    for (const from of t.endpoints) {
      const cells = t.endpoints.map((to) => {
        const v = cell.get(`${from}\u0000${to}\u0000${probe}`);
        return pad(v === undefined ? '-' : v ? '.' : 'X');
      });
      rows.push([pad(from), ...cells].join(' ').trimEnd());
    }
    return rows.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
