/**
 * RBAC objects (rbac.authorization.k8s.io) read from parsed YAML into a policy the authorizer can evaluate.
 * Every role rule and binding subject keeps its object and path, so answers can point at the YAML that grants them.
 */
import { asArray, asRecord, type Json } from '../k8s/index';
import type { Range } from '../types';
import type { K8sObject, Path } from '../yaml/document';

export const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** Where something is written: the object (file, ranges) and the path inside it. */
export interface Source {
  obj: K8sObject;
  path: Path;
}

export interface PolicyRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
  /** The rule entry (`rules[i]`) in its Role or ClusterRole; for aggregated ClusterRoles, in the aggregated role. */
  source: Source;
}

export interface RoleDef {
  kind: 'Role' | 'ClusterRole';
  name: string;
  /** '' for ClusterRoles. */
  namespace: string;
  /** The effective rules: for a ClusterRole with an aggregationRule, those of the ClusterRoles it selects. */
  rules: PolicyRule[];
  /** True when `rules` come from aggregationRule.clusterRoleSelectors. */
  aggregated: boolean;
  labels: Record<string, string>;
  obj: K8sObject;
}

export interface Subject {
  kind: 'User' | 'Group' | 'ServiceAccount';
  name: string;
  /** ServiceAccount namespace as written (a RoleBinding's own namespace applies when it is empty). */
  namespace: string;
  source: Source;
}

export interface BindingDef {
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  name: string;
  /** '' for ClusterRoleBindings. */
  namespace: string;
  subjects: Subject[];
  roleRef: { kind: 'Role' | 'ClusterRole'; name: string };
  /** The role it refers to, when it is in the input. */
  role?: RoleDef;
  obj: K8sObject;
}

export interface PolicyProblem {
  message: string;
  messageEn: string;
  file: string;
  range: Range;
}

export interface RbacPolicy {
  roles: RoleDef[];
  bindings: BindingDef[];
  /** Bindings whose role is not in the input, unknown subject kinds and the like (they grant nothing). */
  problems: PolicyProblem[];
}

/** Namespace of a namespaced object without metadata.namespace (what kubectl apply uses by default). */
export const DEFAULT_NAMESPACE = 'default';

const isRbac = (obj: K8sObject) => (obj.apiVersion ?? '').startsWith(`${RBAC_GROUP}/`);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] => asArray(v).filter((x): x is string => typeof x === 'string');

/** Reads every Role, ClusterRole, RoleBinding and ClusterRoleBinding of the objects (other objects are skipped). */
export function rbacPolicy(objects: readonly K8sObject[]): RbacPolicy {
  const roles: RoleDef[] = [];
  const bindings: BindingDef[] = [];
  const problems: PolicyProblem[] = [];
  const problem = (obj: K8sObject, path: Path, message: string, messageEn: string) =>
    problems.push({ message, messageEn, file: obj.file, range: obj.range(path) });

  for (const obj of objects) {
    if (!isRbac(obj)) continue;
    const value = asRecord(obj.value) ?? {};
    const meta = asRecord(value.metadata) ?? {};
    const name = str(meta.name);
    if (obj.kind === 'Role' || obj.kind === 'ClusterRole') {
      const cluster = obj.kind === 'ClusterRole';
      const labels: Record<string, string> = {};
      for (const [k, v] of Object.entries(asRecord(meta.labels) ?? {})) if (typeof v === 'string') labels[k] = v;
      roles.push({
        kind: obj.kind,
        name,
        namespace: cluster ? '' : str(meta.namespace) || DEFAULT_NAMESPACE,
        rules: readRules(obj, value),
        aggregated: cluster && asRecord(value.aggregationRule) !== undefined,
        labels,
        obj,
      });
    } else if (obj.kind === 'RoleBinding' || obj.kind === 'ClusterRoleBinding') {
      const cluster = obj.kind === 'ClusterRoleBinding';
      const ref = asRecord(value.roleRef) ?? {};
      const refKind = str(ref.kind);
      if (refKind !== 'ClusterRole' && (cluster || refKind !== 'Role')) {
        problem(
          obj,
          ['roleRef', 'kind'],
          `roleRef.kind "${refKind}"는 ${cluster ? 'ClusterRole만' : 'Role 또는 ClusterRole만'} 쓸 수 있습니다. 이 바인딩은 아무 권한도 주지 않습니다.`,
          `roleRef.kind "${refKind}" must be ${cluster ? 'ClusterRole' : 'Role or ClusterRole'}; this binding grants nothing.`,
        );
        continue;
      }
      const subjects: Subject[] = [];
      asArray(value.subjects).forEach((s, i) => {
        const sub = asRecord(s);
        if (!sub) return;
        const kind = str(sub.kind);
        if (kind !== 'User' && kind !== 'Group' && kind !== 'ServiceAccount') {
          problem(
            obj,
            ['subjects', i, 'kind'],
            `subjects[${i}].kind "${kind}"는 User, Group, ServiceAccount 중 하나여야 합니다.`,
            `subjects[${i}].kind "${kind}" must be User, Group or ServiceAccount.`,
          );
          return;
        }
        subjects.push({ kind, name: str(sub.name), namespace: str(sub.namespace), source: { obj, path: ['subjects', i] } });
      });
      bindings.push({
        kind: obj.kind,
        name,
        namespace: cluster ? '' : str(meta.namespace) || DEFAULT_NAMESPACE,
        subjects,
        roleRef: { kind: refKind as 'Role' | 'ClusterRole', name: str(ref.name) },
        obj,
      });
    }
  }

  // kubectl applies the documents in order: a later object with the same kind, namespace and name replaces the earlier one.
  lastWins(roles, (r) => `${r.kind}/${r.namespace}/${r.name}`);
  lastWins(bindings, (b) => `${b.kind}/${b.namespace}/${b.name}`);
  aggregate(roles);
  for (const b of bindings) {
    const ns = b.roleRef.kind === 'Role' ? b.namespace : '';
    b.role = roles.find((r) => r.kind === b.roleRef.kind && r.name === b.roleRef.name && r.namespace === ns);
    if (!b.role) {
      const where = b.roleRef.kind === 'Role' ? `${b.namespace} 네임스페이스의 Role` : 'ClusterRole';
      problem(
        b.obj,
        ['roleRef', 'name'],
        `${where} "${b.roleRef.name}"가 입력에 없어 이 바인딩이 주는 권한을 알 수 없습니다.`,
        `${b.roleRef.kind} "${b.roleRef.name}" is not in the input, so this binding's permissions are unknown.`,
      );
    }
  }
  return { roles, bindings, problems };
}

/** Keeps, for every identity, only the last item (in place, order kept). */
function lastWins<T>(items: T[], id: (t: T) => string): void {
  const last = new Map<string, T>();
  for (const t of items) last.set(id(t), t);
  const kept = items.filter((t) => last.get(id(t)) === t);
  items.splice(0, items.length, ...kept);
}

function readRules(obj: K8sObject, value: Json): PolicyRule[] {
  const out: PolicyRule[] = [];
  asArray(value.rules).forEach((r, i) => {
    const rule = asRecord(r);
    if (!rule) return;
    out.push({
      verbs: strings(rule.verbs),
      apiGroups: strings(rule.apiGroups),
      resources: strings(rule.resources),
      resourceNames: strings(rule.resourceNames),
      nonResourceURLs: strings(rule.nonResourceURLs),
      source: { obj, path: ['rules', i] },
    });
  });
  return out;
}

/**
 * The ClusterRole aggregation controller: a ClusterRole with aggregationRule.clusterRoleSelectors gets the rules
 * of every other ClusterRole whose labels match one of the selectors (aggregated roles nest, cycles stop).
 */
function aggregate(roles: RoleDef[]): void {
  const clusterRoles = roles.filter((r) => r.kind === 'ClusterRole');
  const own = new Map(clusterRoles.map((r) => [r, r.rules]));
  const resolving = new Set<RoleDef>();
  const done = new Set<RoleDef>();
  const resolve = (role: RoleDef): PolicyRule[] => {
    if (!role.aggregated) return own.get(role)!;
    if (done.has(role)) return role.rules;
    if (resolving.has(role)) return [];
    resolving.add(role);
    const selectors = asArray(asRecord(asRecord(role.obj.value)?.aggregationRule)?.clusterRoleSelectors)
      .map(asRecord)
      .filter((s): s is Json => s !== undefined);
    const rules: PolicyRule[] = [];
    for (const other of clusterRoles) {
      if (other === role || !selectors.some((s) => selectorMatches(s, other.labels))) continue;
      for (const r of resolve(other)) if (!rules.includes(r)) rules.push(r);
    }
    resolving.delete(role);
    done.add(role);
    role.rules = rules;
    return rules;
  };
  for (const r of clusterRoles) resolve(r);
}

/** metav1.LabelSelector semantics: matchLabels AND every matchExpression; an empty selector matches everything. */
export function selectorMatches(selector: Json, labels: Readonly<Record<string, string>>): boolean {
  for (const [k, v] of Object.entries(asRecord(selector.matchLabels) ?? {})) if (labels[k] !== v) return false;
  for (const e of asArray(selector.matchExpressions)) {
    const expr = asRecord(e) ?? {};
    const key = str(expr.key);
    const values = strings(expr.values);
    const has = Object.hasOwn(labels, key);
    switch (expr.operator) {
      case 'In':
        if (!has || !values.includes(labels[key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
