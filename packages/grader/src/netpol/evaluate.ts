/**
 * The NetworkPolicy decision for one connection, with the semantics of networking.k8s.io/v1:
 * - a pod is isolated for a direction only when some policy selecting it has that policy type;
 * - what is allowed is the union of every policy isolating it (order and count do not matter);
 * - a rule matches when one of its peers (from/to items, OR) and one of its ports match; an absent
 *   or empty from/to or ports means all; namespaceSelector and podSelector in one item are AND'd;
 *   podSelector alone means the policy's namespace, namespaceSelector alone all pods there;
 * - a connection needs egress allowed at the source and ingress allowed at the destination.
 * Traffic of a pod to itself is never filtered (like the upstream e2e tests' AllowLoopback).
 * Pods have no IP in a static scenario, so ipBlock peers only match IP endpoints (external
 * addresses), never pods.
 */
import { contains, parseAddress, type Address } from './ip';
import { labelsOfNamespace, PROTOCOLS, type Peer, type PodInfo, type Policy, type PolicyRule, type PortSpec, type Protocol, type Scenario } from './model';
import { matches } from './selector';

export type Endpoint = { kind: 'pod'; id: string; pod: PodInfo } | { kind: 'ip'; id: string; address: Address };

export interface ConnectionQuery {
  /** `namespace/pod`, or an IP address for a client outside the cluster. */
  from: string | Endpoint;
  /** `namespace/pod`, or an IP address outside the cluster. */
  to: string | Endpoint;
  protocol: Protocol;
  port: number;
}

export interface DirectionVerdict {
  /** Some policy with this policy type selects the pod. */
  isolated: boolean;
  /** Ids (`namespace/name`) of the isolating policies that allow the connection. */
  allowedBy: string[];
  allowed: boolean;
}

export interface Verdict {
  allowed: boolean;
  /** null when the source is not a pod (nothing filters its egress). */
  egress: DirectionVerdict | null;
  /** null when the destination is not a pod. */
  ingress: DirectionVerdict | null;
  loopback: boolean;
  /** Why nothing was evaluated: an unknown endpoint or an invalid protocol/port. */
  error?: string;
}

/** Resolve `namespace/pod` or an IP address; null when it names neither. */
export function endpoint(s: Scenario, ref: string): Endpoint | null {
  const pod = s.podsById.get(ref);
  if (pod) return { kind: 'pod', id: pod.id, pod };
  const address = parseAddress(ref);
  return address ? { kind: 'ip', id: ref, address } : null;
}

export function evaluate(s: Scenario, q: ConnectionQuery): Verdict {
  const none: Verdict = { allowed: false, egress: null, ingress: null, loopback: false };
  const from = typeof q.from === 'string' ? endpoint(s, q.from) : q.from;
  const to = typeof q.to === 'string' ? endpoint(s, q.to) : q.to;
  if (!from || !to) return { ...none, error: `unknown endpoint: ${!from ? String(q.from) : String(q.to)}` };
  if (!PROTOCOLS.includes(q.protocol) || !Number.isInteger(q.port) || q.port < 1 || q.port > 65535) {
    return { ...none, error: `invalid protocol or port: ${String(q.protocol)}/${String(q.port)}` };
  }
  if (from.kind === 'pod' && to.kind === 'pod' && from.pod === to.pod) return { allowed: true, egress: null, ingress: null, loopback: true };
  const egress = from.kind === 'pod' ? direction(s, 'egress', from.pod, to, q.protocol, q.port) : null;
  const ingress = to.kind === 'pod' ? direction(s, 'ingress', to.pod, from, q.protocol, q.port) : null;
  return { allowed: (egress?.allowed ?? true) && (ingress?.allowed ?? true), egress, ingress, loopback: false };
}

/** Is the connection allowed? Unknown endpoints and invalid ports give false. */
export function isAllowed(s: Scenario, q: ConnectionQuery): boolean {
  return evaluate(s, q).allowed;
}

/** The policies isolating a pod in one direction (computed for pods that are not in the scenario). */
export function isolatingPolicies(s: Scenario, pod: PodInfo, dir: 'ingress' | 'egress'): readonly Policy[] {
  const known = s.isolation.get(pod.id);
  if (known && s.podsById.get(pod.id) === pod) return known[dir];
  return s.policies.filter(
    (p) => p.namespace === pod.namespace && (dir === 'ingress' ? p.ingressIsolation : p.egressIsolation) && matches(p.podSelector, pod.labels),
  );
}

function direction(s: Scenario, dir: 'ingress' | 'egress', pod: PodInfo, other: Endpoint, protocol: Protocol, port: number): DirectionVerdict {
  const policies = isolatingPolicies(s, pod, dir);
  const allowedBy: string[] = [];
  // The destination pod resolves named ports: the selected pod for ingress, the peer for egress.
  const target = dir === 'ingress' ? pod : other.kind === 'pod' ? other.pod : null;
  for (const pol of policies) {
    const rules = dir === 'ingress' ? pol.ingress : pol.egress;
    if (rules.some((r) => ruleMatches(s, pol, r, other, protocol, port, target))) allowedBy.push(pol.id);
  }
  return { isolated: policies.length > 0, allowedBy, allowed: policies.length === 0 || allowedBy.length > 0 };
}

function ruleMatches(s: Scenario, pol: Policy, rule: PolicyRule, other: Endpoint, protocol: Protocol, port: number, target: PodInfo | null): boolean {
  if (rule.invalid) return false;
  if (rule.ports && !rule.ports.some((p) => portMatches(p, protocol, port, target))) return false;
  return rule.peers === null || rule.peers.some((p) => peerMatches(s, pol, p, other));
}

export function peerMatches(s: Scenario, pol: Policy, peer: Peer, other: Endpoint): boolean {
  if (peer.kind === 'invalid') return false;
  if (peer.kind === 'ipBlock') return other.kind === 'ip' && contains(peer.cidr, other.address) && !peer.except.some((e) => contains(e, other.address));
  if (other.kind !== 'pod') return false;
  const pod = other.pod;
  const nsOk = peer.namespaceSelector ? matches(peer.namespaceSelector, labelsOfNamespace(s, pod.namespace)) : pod.namespace === pol.namespace;
  return nsOk && (!peer.podSelector || matches(peer.podSelector, pod.labels));
}

export function portMatches(spec: PortSpec, protocol: Protocol, port: number, target: PodInfo | null): boolean {
  if (spec.invalid || spec.protocol !== protocol) return false;
  if (spec.port === undefined) return true;
  if (typeof spec.port === 'number') return spec.endPort !== undefined ? port >= spec.port && port <= spec.endPort : port === spec.port;
  return !!target && target.ports.some((cp) => cp.name === spec.port && cp.protocol === protocol && cp.port === port);
}

/** Can the pod resolve names: UDP and TCP 53 to the cluster DNS pod? */
export function dnsAccess(s: Scenario, pod: PodInfo): { udp: boolean; tcp: boolean } {
  const to: Endpoint = { kind: 'pod', id: s.dns.id, pod: s.dns };
  const from: Endpoint = { kind: 'pod', id: pod.id, pod };
  return {
    udp: evaluate(s, { from, to, protocol: 'UDP', port: 53 }).allowed,
    tcp: evaluate(s, { from, to, protocol: 'TCP', port: 53 }).allowed,
  };
}
