/**
 * The static scenario a set of manifests describes: Namespaces, pods (Pods and the pod template of
 * each workload, one pod per workload named after it) and networking.k8s.io/v1 NetworkPolicies.
 * Built from K8sObjects (with source ranges) or plain values; never throws.
 */
import { asArray, asRecord, containersOf, podSpecOf, WORKLOAD_KINDS } from '../k8s';
import type { K8sObject, Path } from '../yaml/document';
import { parseCidr, type Cidr } from './ip';
import { EVERYTHING, matches, parseLabels, parseSelector, type Labels, type Selector } from './selector';

export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

export interface ContainerPort {
  name?: string;
  port: number;
  protocol: Protocol;
}

export interface NamespaceInfo {
  name: string;
  /** Including the automatic `kubernetes.io/metadata.name`. */
  labels: Labels;
  /** A Namespace object in the input (not only named by other objects). */
  declared: boolean;
}

export interface PodInfo {
  /** `namespace/name`. */
  id: string;
  namespace: string;
  name: string;
  labels: Labels;
  ports: readonly ContainerPort[];
  /** The stand-in kube-dns pod added when the input has none. */
  implicit: boolean;
  /** The Pod or workload it comes from. */
  obj?: K8sObject;
}

export interface PortSpec {
  /** null: an unknown protocol (matches nothing). */
  protocol: Protocol | null;
  /** Absent: every port of the protocol. A string is a named container port. */
  port?: number | string;
  endPort?: number;
  /** Malformed (bad port value, endPort with a named port or below port): matches nothing. */
  invalid: boolean;
  path: Path;
}

export type Peer =
  | { kind: 'pods'; podSelector?: Selector; namespaceSelector?: Selector; path: Path }
  | { kind: 'ipBlock'; cidr: Cidr; except: readonly Cidr[]; path: Path }
  | { kind: 'invalid'; path: Path };

export interface PolicyRule {
  /** null: `from`/`to` absent or empty, every peer. */
  peers: readonly Peer[] | null;
  /** null: `ports` absent or empty, every port. */
  ports: readonly PortSpec[] | null;
  /** A list item that is not a map: matches nothing. */
  invalid: boolean;
  path: Path;
}

export interface Policy {
  /** `namespace/name`. */
  id: string;
  namespace: string;
  name: string;
  podSelector: Selector;
  /** policyTypes, with the API server's default (Ingress, plus Egress when `egress` has rules). */
  ingressIsolation: boolean;
  egressIsolation: boolean;
  ingress: readonly PolicyRule[];
  egress: readonly PolicyRule[];
  obj?: K8sObject;
}

export interface Scenario {
  namespaces: ReadonlyMap<string, NamespaceInfo>;
  /** Sorted by namespace, then name. */
  pods: readonly PodInfo[];
  podsById: ReadonlyMap<string, PodInfo>;
  policies: readonly Policy[];
  /** The pod DNS queries go to: a kube-system pod labelled k8s-app=kube-dns (the implicit one when none is given). */
  dns: PodInfo;
  /** Per pod id: the policies that isolate it, by direction. */
  isolation: ReadonlyMap<string, { ingress: readonly Policy[]; egress: readonly Policy[] }>;
}

/** A K8sObject, or a plain manifest value (`{apiVersion, kind, metadata, spec}`). */
export type ScenarioInput = K8sObject | unknown;

export const NAME_LABEL = 'kubernetes.io/metadata.name';
const DNS_LABELS: Labels = { 'k8s-app': 'kube-dns' };

function isK8sObject(x: unknown): x is K8sObject {
  const r = asRecord(x);
  return !!r && 'value' in r && typeof r.range === 'function' && typeof r.keyRange === 'function';
}

export function namespaceLabels(name: string, declared?: Labels): Labels {
  return { ...(declared ?? {}), [NAME_LABEL]: name };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function buildScenario(inputs: readonly ScenarioInput[]): Scenario {
  const namespaces = new Map<string, NamespaceInfo>();
  const pods: PodInfo[] = [];
  const podIds = new Set<string>();
  const policies: Policy[] = [];
  const touch = (ns: string) => {
    if (!namespaces.has(ns)) namespaces.set(ns, { name: ns, labels: namespaceLabels(ns), declared: false });
  };
  const list = Array.isArray(inputs) ? inputs : [];
  list.forEach((input, index) => {
    const obj = isK8sObject(input) ? input : undefined;
    const value = asRecord(obj ? obj.value : input);
    if (!value) return;
    const kind = str(value.kind);
    const meta = asRecord(value.metadata) ?? {};
    const name = str(meta.name);
    const ns = str(meta.namespace) ?? 'default';
    if (kind === 'Namespace') {
      if (!name) return;
      const prev = namespaces.get(name);
      if (!prev?.declared) namespaces.set(name, { name, labels: namespaceLabels(name, parseLabels(meta.labels)), declared: true });
    } else if (kind === 'NetworkPolicy') {
      const api = value.apiVersion;
      if (api !== undefined && api !== 'networking.k8s.io/v1') return;
      touch(ns);
      policies.push(parsePolicy(value, ns, name ?? `unnamed-${index + 1}`, obj));
    } else if (kind && WORKLOAD_KINDS.includes(kind) && kind !== 'PodTemplate') {
      const ref = podSpecOf({ kind, value });
      if (!ref) return;
      touch(ns);
      const base = name ?? `unnamed-${index + 1}`;
      let podName = base;
      for (let i = 2; podIds.has(`${ns}/${podName}`); i++) podName = `${base}-${i}`;
      const id = `${ns}/${podName}`;
      podIds.add(id);
      const labelsPath = kind === 'Pod' ? ['metadata', 'labels'] : ref.path.slice(0, -1).concat(['metadata', 'labels']);
      let labelsValue: unknown = value;
      for (const seg of labelsPath) labelsValue = asRecord(labelsValue)?.[seg as string];
      const ports: ContainerPort[] = [];
      for (const c of containersOf(ref.spec, ref.path)) {
        if (c.list === 'ephemeralContainers') continue;
        for (const p of asArray(c.container.ports)) {
          const pr = asRecord(p);
          const port = pr?.containerPort;
          if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) continue;
          const protocol = pr!.protocol === undefined ? 'TCP' : PROTOCOLS.find((x) => x === pr!.protocol);
          if (!protocol) continue;
          const pname = str(pr!.name);
          ports.push({ port, protocol, ...(pname ? { name: pname } : {}) });
        }
      }
      pods.push({ id, namespace: ns, name: podName, labels: parseLabels(labelsValue), ports, implicit: false, ...(obj ? { obj } : {}) });
    }
  });
  let dns = pods.find((p) => p.namespace === 'kube-system' && matches(parseSelector({ matchLabels: DNS_LABELS }), p.labels));
  if (!dns) {
    dns = {
      id: 'kube-system/kube-dns',
      namespace: 'kube-system',
      name: 'kube-dns',
      labels: DNS_LABELS,
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP' },
        { name: 'dns-tcp', port: 53, protocol: 'TCP' },
      ],
      implicit: true,
    };
    if (podIds.has(dns.id)) dns = { ...dns, id: 'kube-system/kube-dns-implicit', name: 'kube-dns-implicit' };
    pods.push(dns);
  }
  touch('kube-system');
  pods.sort((a, b) => (a.namespace !== b.namespace ? cmp(a.namespace, b.namespace) : cmp(a.name, b.name)));

  const byNs = new Map<string, PodInfo[]>();
  for (const p of pods) byNs.set(p.namespace, [...(byNs.get(p.namespace) ?? []), p]);
  const isolation = new Map<string, { ingress: Policy[]; egress: Policy[] }>();
  for (const p of pods) isolation.set(p.id, { ingress: [], egress: [] });
  for (const pol of policies) {
    for (const p of byNs.get(pol.namespace) ?? []) {
      if (!matches(pol.podSelector, p.labels)) continue;
      const entry = isolation.get(p.id)!;
      if (pol.ingressIsolation) entry.ingress.push(pol);
      if (pol.egressIsolation) entry.egress.push(pol);
    }
  }
  return { namespaces, pods, podsById: new Map(pods.map((p) => [p.id, p])), policies, dns, isolation };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parsePolicy(value: Record<string, unknown>, namespace: string, name: string, obj: K8sObject | undefined): Policy {
  const spec = asRecord(value.spec) ?? {};
  const podSelector = spec.podSelector == null ? EVERYTHING : parseSelector(spec.podSelector);
  const types = asArray(spec.policyTypes);
  const egressRules = asArray(spec.egress);
  let ingressIsolation: boolean;
  let egressIsolation: boolean;
  if (types.length === 0) {
    ingressIsolation = true;
    egressIsolation = egressRules.length > 0;
  } else {
    ingressIsolation = types.includes('Ingress');
    egressIsolation = types.includes('Egress');
  }
  const rules = (dir: 'ingress' | 'egress'): PolicyRule[] =>
    asArray(spec[dir]).map((item, i) => parseRule(item, ['spec', dir, i], dir === 'ingress' ? 'from' : 'to'));
  return {
    id: `${namespace}/${name}`,
    namespace,
    name,
    podSelector,
    ingressIsolation,
    egressIsolation,
    ingress: rules('ingress'),
    egress: rules('egress'),
    ...(obj ? { obj } : {}),
  };
}

function parseRule(item: unknown, path: Path, peersKey: 'from' | 'to'): PolicyRule {
  if (item === null) return { peers: null, ports: null, invalid: false, path };
  const rec = asRecord(item);
  if (!rec) return { peers: null, ports: null, invalid: true, path };
  const rawPeers = asArray(rec[peersKey]);
  const rawPorts = asArray(rec.ports);
  const invalid = (rec[peersKey] != null && !Array.isArray(rec[peersKey])) || (rec.ports != null && !Array.isArray(rec.ports));
  return {
    peers: rawPeers.length === 0 ? null : rawPeers.map((p, j) => parsePeer(p, [...path, peersKey, j])),
    ports: rawPorts.length === 0 ? null : rawPorts.map((p, j) => parsePort(p, [...path, 'ports', j])),
    invalid,
    path,
  };
}

function parsePeer(v: unknown, path: Path): Peer {
  const rec = asRecord(v);
  if (!rec) return { kind: 'invalid', path };
  const hasPod = rec.podSelector != null;
  const hasNs = rec.namespaceSelector != null;
  if (rec.ipBlock != null) {
    const ib = asRecord(rec.ipBlock);
    const cidr = parseCidr(ib?.cidr);
    const except = asArray(ib?.except).map(parseCidr);
    if (hasPod || hasNs || !cidr || except.some((e) => !e || e.v !== cidr.v)) return { kind: 'invalid', path };
    return { kind: 'ipBlock', cidr, except: except as Cidr[], path };
  }
  if (!hasPod && !hasNs) return { kind: 'invalid', path };
  return {
    kind: 'pods',
    ...(hasPod ? { podSelector: parseSelector(rec.podSelector) } : {}),
    ...(hasNs ? { namespaceSelector: parseSelector(rec.namespaceSelector) } : {}),
    path,
  };
}

function parsePort(v: unknown, path: Path): PortSpec {
  const rec = asRecord(v);
  if (!rec) return { protocol: null, invalid: true, path };
  const protocol = rec.protocol == null ? 'TCP' : (PROTOCOLS.find((x) => x === rec.protocol) ?? null);
  const out: PortSpec = { protocol, invalid: false, path };
  const port = rec.port;
  if (typeof port === 'number') {
    if (!Number.isInteger(port) || port < 1 || port > 65535) out.invalid = true;
    out.port = port;
  } else if (typeof port === 'string') {
    if (!/[a-z]/.test(port)) out.invalid = true;
    out.port = port;
  } else if (port != null) out.invalid = true;
  if (rec.endPort != null) {
    const end = rec.endPort;
    if (typeof end !== 'number' || typeof port !== 'number' || !Number.isInteger(end) || end < port || end > 65535) out.invalid = true;
    else out.endPort = end;
  }
  return out;
}

/** Labels of a namespace of the scenario (the automatic name label for one only named by other objects). */
export function labelsOfNamespace(s: Scenario, name: string): Labels {
  return s.namespaces.get(name)?.labels ?? namespaceLabels(name);
}
