/**
 * What kube-apiserver validation rejects beyond the structural schema (pkg/apis/core/validation, apps, networking,
 * and the audit policy loader): label selectors, negative replicas, seccomp and AppArmor Localhost without a
 * profile, Linux-only fields on Windows pods, impossible resource quantities, invalid NetworkPolicy ports and peers,
 * invalid audit levels and stages. Pure, one object at a time; never throws.
 */
import { asArray, asRecord, podSpecPathOf, type Json } from '../k8s';
import type { K8sObject, Path } from '../yaml/document';

/** One rejected value: a message id of the schema/api-validation rule, its data, and where it is. */
export interface ApiProblem {
  path: Path;
  /** Point at the key (a field that must not be there) or at the value. */
  at: 'key' | 'value';
  messageId: string;
  data?: Record<string, string>;
}

type Report = (path: Path, at: 'key' | 'value', messageId: string, data?: Record<string, string>) => void;

const LABEL_VALUE = /^(?:(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_NAME = /^(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const PORT_NAME = /^(?=.*[a-z])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** A label key: optional DNS subdomain prefix (at most 253) and a name of at most 63 characters. */
export function isLabelKey(k: string): boolean {
  const slash = k.lastIndexOf('/');
  const name = slash < 0 ? k : k.slice(slash + 1);
  const prefix = slash < 0 ? null : k.slice(0, slash);
  if (prefix !== null && (prefix.length === 0 || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return false;
  return name.length > 0 && name.length <= 63 && LABEL_NAME.test(name);
}

export function isLabelValue(v: string): boolean {
  return v.length <= 63 && LABEL_VALUE.test(v);
}

/** metav1 LabelSelector validation (ValidateLabelSelector). */
export function validateSelector(sel: unknown, path: Path, report: Report): void {
  const s = asRecord(sel);
  if (!s) return;
  for (const [k, v] of Object.entries(asRecord(s.matchLabels) ?? {})) {
    if (!isLabelKey(k)) report([...path, 'matchLabels', k], 'key', 'labelKey', { key: k });
    else if (typeof v !== 'string' || !isLabelValue(v)) report([...path, 'matchLabels', k], 'value', 'labelValue', { value: JSON.stringify(v) });
  }
  asArray(s.matchExpressions).forEach((e, i) => {
    const expr = asRecord(e);
    const at: Path = [...path, 'matchExpressions', i];
    if (!expr) return;
    const values = expr.values;
    const n = Array.isArray(values) ? values.length : 0;
    const op = expr.operator;
    if (typeof expr.key !== 'string' || !isLabelKey(expr.key)) report([...at, 'key'], 'value', 'expressionKey', { key: JSON.stringify(expr.key) });
    if (op === 'In' || op === 'NotIn') {
      if (n === 0) report([...at, 'operator'], 'value', 'valuesRequired', { operator: String(op) });
    } else if (op === 'Exists' || op === 'DoesNotExist') {
      if (n > 0) report([...at, 'values'], 'key', 'valuesForbidden', { operator: String(op) });
    } else {
      report([...at, 'operator'], 'value', 'badOperator', { operator: JSON.stringify(op) });
    }
  });
}

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE])|[eE]([+-]?\d+))?$/;
const BINARY_SUFFIX: Readonly<Record<string, number>> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL_SUFFIX: Readonly<Record<string, number>> = { n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** A resource.Quantity as the API parses it, in base units; NaN when it does not parse. */
export function parseQuantity(q: unknown): number {
  if (typeof q === 'number') return q;
  if (typeof q !== 'string') return Number.NaN;
  const m = QUANTITY.exec(q.trim());
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  if (m[2]) return n * BINARY_SUFFIX[m[2]]!;
  if (m[3]) return n * DECIMAL_SUFFIX[m[3]]!;
  if (m[4]) return n * 10 ** Number(m[4]);
  return n;
}

/** Fields of a pod that only Linux understands (ValidateWindowsPod / validateLinux...). */
const WINDOWS_FORBIDDEN_POD = [
  'seLinuxOptions',
  'seccompProfile',
  'appArmorProfile',
  'runAsUser',
  'runAsGroup',
  'fsGroup',
  'fsGroupChangePolicy',
  'sysctls',
  'supplementalGroups',
  'supplementalGroupsPolicy',
  'seLinuxChangePolicy',
];
const WINDOWS_FORBIDDEN_CONTAINER = [
  'seLinuxOptions',
  'seccompProfile',
  'appArmorProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup',
];

function validateProfile(sc: Json | undefined, key: 'seccompProfile' | 'appArmorProfile', path: Path, report: Report): void {
  const p = asRecord(sc?.[key]);
  if (!p) return;
  const what = key === 'seccompProfile' ? 'seccomp' : 'AppArmor';
  const hasProfile = typeof p.localhostProfile === 'string' && p.localhostProfile !== '';
  if (p.type === 'Localhost' && !hasProfile) {
    report([...path, key, 'type'], 'value', 'localhostProfileRequired', { profile: what, field: key });
  }
  if (p.localhostProfile !== undefined && p.type !== 'Localhost') {
    report([...path, key, 'localhostProfile'], 'key', 'localhostProfileForbidden', { field: key });
  }
}

/** runAsUser, runAsGroup, fsGroup: 0 to 2147483647 (ValidateNonnegativeField / IsValidUserID). */
function validateIds(sc: Json | undefined, path: Path, fields: readonly string[], report: Report): void {
  for (const f of fields) {
    const v = sc?.[f];
    if (typeof v === 'number' && (!Number.isInteger(v) || v < 0 || v > 2147483647)) report([...path, f], 'value', 'idRange', { field: f, value: String(v) });
  }
}

function validateResources(res: unknown, path: Path, report: Report): void {
  const r = asRecord(res);
  if (!r) return;
  const limits = asRecord(r.limits) ?? {};
  const requests = asRecord(r.requests) ?? {};
  for (const [kind, list] of [
    ['limits', limits],
    ['requests', requests],
  ] as const) {
    for (const [name, q] of Object.entries(list)) {
      const v = parseQuantity(q);
      if (Number.isNaN(v)) continue; // schema/type reports quantities that do not parse
      if (v < 0) report([...path, kind, name], 'value', 'negativeQuantity', { field: `${kind}.${name}` });
    }
  }
  for (const [name, q] of Object.entries(requests)) {
    if (!Object.hasOwn(limits, name)) continue;
    const req = parseQuantity(q);
    const lim = parseQuantity(limits[name]);
    if (req > lim) report([...path, 'requests', name], 'value', 'requestOverLimit', { name, request: String(q), limit: String(limits[name]) });
  }
}

function validatePodSpec(spec: Json, path: Path, report: Report): void {
  const os = asRecord(spec.os)?.name;
  if (os !== undefined && os !== 'linux' && os !== 'windows') report([...path, 'os', 'name'], 'value', 'osName', { value: JSON.stringify(os) });
  const windows = os === 'windows';
  const podSc = asRecord(spec.securityContext);
  validateProfile(podSc, 'seccompProfile', [...path, 'securityContext'], report);
  validateProfile(podSc, 'appArmorProfile', [...path, 'securityContext'], report);
  if (windows) {
    for (const f of WINDOWS_FORBIDDEN_POD) {
      if (podSc && podSc[f] !== undefined) report([...path, 'securityContext', f], 'key', 'windowsPodField', { field: f });
    }
    if (spec.hostUsers === false) report([...path, 'hostUsers'], 'key', 'windowsHostUsers');
  }
  validateIds(podSc, [...path, 'securityContext'], ['runAsUser', 'runAsGroup', 'fsGroup'], report);
  const volumeNames = new Set<string>();
  asArray(spec.volumes).forEach((v, i) => {
    const name = asRecord(v)?.name;
    if (typeof name !== 'string') return;
    if (volumeNames.has(name)) report([...path, 'volumes', i, 'name'], 'value', 'duplicateName', { what: 'volume', name });
    volumeNames.add(name);
  });
  const containerNames = new Set<string>();
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    asArray(spec[list]).forEach((c, i) => {
      const container = asRecord(c);
      if (!container) return;
      const cPath: Path = [...path, list, i];
      if (typeof container.name === 'string') {
        if (containerNames.has(container.name)) report([...cPath, 'name'], 'value', 'duplicateName', { what: 'container', name: container.name });
        containerNames.add(container.name);
      }
      const sc = asRecord(container.securityContext);
      validateIds(sc, [...cPath, 'securityContext'], ['runAsUser', 'runAsGroup'], report);
      const mountPaths = new Set<string>();
      asArray(container.volumeMounts).forEach((m, j) => {
        const mount = asRecord(m);
        if (!mount) return;
        if (typeof mount.name === 'string' && !volumeNames.has(mount.name))
          report([...cPath, 'volumeMounts', j, 'name'], 'value', 'mountNotFound', { name: mount.name });
        if (typeof mount.mountPath === 'string') {
          if (mountPaths.has(mount.mountPath)) report([...cPath, 'volumeMounts', j, 'mountPath'], 'value', 'duplicateMountPath', { path: mount.mountPath });
          mountPaths.add(mount.mountPath);
        }
      });
      asArray(container.ports).forEach((pt, j) => {
        const port = asRecord(pt);
        for (const f of ['containerPort', 'hostPort'] as const) {
          const v = port?.[f];
          if (typeof v !== 'number' || (f === 'hostPort' && v === 0)) continue;
          if (!Number.isInteger(v) || v < 1 || v > 65535) report([...cPath, 'ports', j, f], 'value', 'portRange', { port: String(v) });
        }
      });
      validateProfile(sc, 'seccompProfile', [...cPath, 'securityContext'], report);
      validateProfile(sc, 'appArmorProfile', [...cPath, 'securityContext'], report);
      if (windows && sc) {
        for (const f of WINDOWS_FORBIDDEN_CONTAINER) {
          if (sc[f] !== undefined) report([...cPath, 'securityContext', f], 'key', 'windowsContainerField', { field: f });
        }
      }
      validateResources(container.resources, [...cPath, 'resources'], report);
    });
  }
}

const SELECTOR_WORKLOADS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

function validateNetworkPolicy(spec: Json, report: Report): void {
  validateSelector(spec.podSelector, ['spec', 'podSelector'], report);
  for (const [dir, peersKey] of [
    ['ingress', 'from'],
    ['egress', 'to'],
  ] as const) {
    asArray(spec[dir]).forEach((r, i) => {
      const rule = asRecord(r);
      if (!rule) return;
      const rPath: Path = ['spec', dir, i];
      asArray(rule.ports).forEach((p, j) => {
        const port = asRecord(p);
        if (!port) return;
        const at: Path = [...rPath, 'ports', j];
        const v = port.port;
        if (typeof v === 'number' && (!Number.isInteger(v) || v < 1 || v > 65535)) report([...at, 'port'], 'value', 'portRange', { port: String(v) });
        if (typeof v === 'string' && (v.length > 15 || !PORT_NAME.test(v))) report([...at, 'port'], 'value', 'portName', { port: v });
        if (port.endPort !== undefined) {
          const e = port.endPort;
          if (typeof v !== 'number') report([...at, 'endPort'], 'key', 'endPortNamed');
          else if (typeof e !== 'number' || !Number.isInteger(e) || e < v || e > 65535)
            report([...at, 'endPort'], 'value', 'endPortRange', { endPort: String(e), port: String(v) });
        }
      });
      asArray(rule[peersKey]).forEach((pe, j) => {
        const peer = asRecord(pe);
        const at: Path = [...rPath, peersKey, j];
        if (!peer) return;
        const hasIp = peer.ipBlock != null;
        const hasSel = peer.podSelector != null || peer.namespaceSelector != null;
        if (!hasIp && !hasSel) report(at, 'value', 'emptyPeer', { list: peersKey });
        if (hasIp && hasSel) report(at, 'value', 'ipBlockWithSelector');
        validateSelector(peer.podSelector, [...at, 'podSelector'], report);
        validateSelector(peer.namespaceSelector, [...at, 'namespaceSelector'], report);
        const ib = asRecord(peer.ipBlock);
        if (ib) validateIpBlock(ib, [...at, 'ipBlock'], report);
      });
    });
  }
}

function cidr(s: unknown): { v: 4 | 6; bits: bigint; prefix: number } | null {
  if (typeof s !== 'string') return null;
  const m = /^([0-9.]+|[0-9a-fA-F:]+)\/(\d{1,3})$/.exec(s);
  if (!m) return null;
  const prefix = Number(m[2]);
  if (m[1]!.includes('.')) {
    const parts = m[1]!.split('.');
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255) || prefix > 32) return null;
    return { v: 4, bits: parts.reduce((n, p) => (n << 8n) | BigInt(Number(p)), 0n), prefix };
  }
  const halves = m[1]!.split('::');
  if (halves.length > 2 || prefix > 128) return null;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const fill = 8 - head.length - tail.length;
  if ((halves.length === 1 && fill !== 0) || fill < 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? fill : 0).fill('0'), ...tail];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  return { v: 6, bits: all.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n), prefix };
}

function validateIpBlock(ib: Json, path: Path, report: Report): void {
  const c = cidr(ib.cidr);
  if (!c) {
    report([...path, 'cidr'], 'value', 'badCidr', { cidr: JSON.stringify(ib.cidr) });
    return;
  }
  const width = c.v === 4 ? 32 : 128;
  const mask = (p: number) => ((1n << BigInt(width)) - 1n) ^ ((1n << BigInt(width - p)) - 1n);
  asArray(ib.except).forEach((e, i) => {
    const x = cidr(e);
    const inside = x !== null && x.v === c.v && x.prefix > c.prefix && (x.bits & mask(c.prefix)) === (c.bits & mask(c.prefix));
    if (!inside) report([...path, 'except', i], 'value', 'badExcept', { except: JSON.stringify(e), cidr: String(ib.cidr) });
  });
}

/** Audit policy checks of the loader beyond the schema (levels and stages are enums there). */
function validateAuditPolicy(value: Json, report: Report): void {
  asArray(value.rules).forEach((r, i) => {
    const rule = asRecord(r);
    if (!rule) return;
    const at: Path = ['rules', i];
    const urls = asArray(rule.nonResourceURLs);
    if (urls.length > 0 && (asArray(rule.resources).length > 0 || asArray(rule.namespaces).length > 0)) {
      report([...at, 'nonResourceURLs'], 'key', 'auditMixedRule');
    }
    urls.forEach((u, j) => {
      if (typeof u !== 'string' || !u.startsWith('/')) report([...at, 'nonResourceURLs', j], 'value', 'auditUrlSlash', { url: JSON.stringify(u) });
    });
  });
}

/** Everything kube-apiserver would reject in this object (or, for an audit Policy, refuse to start with). */
export function apiProblems(obj: Pick<K8sObject, 'kind' | 'apiVersion' | 'value'>): ApiProblem[] {
  const out: ApiProblem[] = [];
  const report: Report = (path, at, messageId, data) => out.push({ path, at, messageId, ...(data ? { data } : {}) });
  const value = asRecord(obj.value);
  if (!value) return out;
  const spec = asRecord(value.spec);
  const kind = obj.kind;
  if (kind === 'Policy' && (obj.apiVersion ?? '').startsWith('audit.k8s.io/')) {
    validateAuditPolicy(value, report);
    return out;
  }
  if (kind === 'NetworkPolicy' && spec) {
    validateNetworkPolicy(spec, report);
    return out;
  }
  if (kind && SELECTOR_WORKLOADS.has(kind) && spec) {
    if (typeof spec.replicas === 'number' && spec.replicas < 0) report(['spec', 'replicas'], 'value', 'negativeReplicas', { replicas: String(spec.replicas) });
    validateSelector(spec.selector, ['spec', 'selector'], report);
  }
  const podPath = podSpecPathOf(kind);
  if (podPath) {
    let cur: unknown = value;
    for (const seg of podPath) cur = asRecord(cur)?.[seg as string];
    const podSpec = asRecord(cur);
    if (podSpec) validatePodSpec(podSpec, podPath, report);
  }
  return out;
}
