/**
 * Everything a user can do through a policy, compared with an allowed set ("only these" as equality, not probes):
 * every rule of every binding that names the user or one of their groups, in the scope the binding gives it,
 * checked verb by verb, group by group, resource by resource. Pure; never throws.
 */
import { appliesTo, type UserInfo } from './authorizer';
import type { BindingDef, PolicyRule, RbacPolicy, Source, Subject } from './model';

/** One allowed permission: these verbs on `resource` (`pods/log` for a subresource) of `apiGroup`, in `namespace`. */
export interface AllowedPermission {
  verbs: readonly string[];
  apiGroup: string;
  resource: string;
  namespace: string;
}

/** A permission the policy grants beyond the allowed set. */
export interface ExtraPermission {
  /** Short text for messages: `watch deployments.apps (production)`. */
  label: string;
  /** The rule (or binding, for a role that is not in the input) that grants it. */
  source: Source;
  /** What it is: `*` for wildcards and for everything an unknown role may give. */
  verb: string;
  apiGroup: string;
  resource: string;
  /** A namespace, or '*' for all of them. */
  scope: string;
}

/**
 * The resources of the core and apps groups, with their subresources: a rule naming anything else in these groups
 * (`pods` in `apps`, `pods/logs`) refers to nothing that exists and grants nothing. Other groups are not listed,
 * so everything in them counts.
 */
const KNOWN: Record<string, Record<string, readonly string[]>> = {
  '': {
    bindings: [],
    componentstatuses: [],
    configmaps: [],
    endpoints: [],
    events: [],
    // Impersonation targets are resources of the core group too.
    groups: [],
    limitranges: [],
    namespaces: ['finalize', 'status'],
    nodes: ['proxy', 'status'],
    persistentvolumeclaims: ['status'],
    persistentvolumes: ['status'],
    pods: ['attach', 'binding', 'ephemeralcontainers', 'eviction', 'exec', 'log', 'portforward', 'proxy', 'resize', 'status'],
    podtemplates: [],
    replicationcontrollers: ['scale', 'status'],
    resourcequotas: ['status'],
    secrets: [],
    serviceaccounts: ['token'],
    services: ['proxy', 'status'],
    uids: [],
    users: [],
  },
  apps: {
    controllerrevisions: [],
    daemonsets: ['status'],
    deployments: ['scale', 'status'],
    replicasets: ['scale', 'status'],
    statefulsets: ['scale', 'status'],
  },
};

/** Cluster-scoped resources of the core group: a RoleBinding cannot grant them (namespaces aside, see below). */
const CLUSTER_SCOPED = new Set(['componentstatuses', 'groups', 'namespaces', 'nodes', 'persistentvolumes', 'uids', 'users']);

/** Built-in ClusterRoles that users get bound to, and what they would add. */
const BUILTIN_ROLES: Record<string, string> = {
  'cluster-admin': '클러스터의 모든 권한',
  admin: 'Namespace의 거의 모든 권한(Secret 읽기, Role과 RoleBinding 수정 포함)',
  edit: 'Namespace의 대부분의 쓰기 권한(Secret 읽기, pods/exec 포함)',
  view: 'Namespace의 대부분의 읽기 권한',
};

/** The only verbs some subresources serve; a rule's other verbs on them reach no endpoint. */
const SUBRESOURCE_VERBS: Record<string, readonly string[]> = {
  log: ['get'],
  token: ['create'],
  eviction: ['create'],
  binding: ['create'],
  finalize: ['update'],
  status: ['get', 'patch', 'update'],
  scale: ['get', 'patch', 'update'],
};

/** Does (group, resource/sub) exist, and does it serve `verb`? Unknown groups and wildcards always count. */
function exists(group: string, resource: string, sub: string, verb: string): boolean {
  const known = KNOWN[group];
  if (!known || resource === '*') return true;
  if (!Object.hasOwn(known, resource)) return false;
  if (sub === '' || sub === '*') return true;
  if (!known[resource]!.includes(sub)) return false;
  const verbs = SUBRESOURCE_VERBS[sub];
  return verb === '*' || verbs === undefined || verbs.includes(verb);
}

/** `deployments.apps`, `pods/log`, `모든 리소스`, `모든 리소스/scale` (a subresource wildcard). */
function resourceLabel(resource: string, group: string): string {
  if (resource === '*') return '모든 리소스';
  const [res, sub] = resource.split('/') as [string, string | undefined];
  const g = group === '' || group === '*' ? '' : `.${group}`;
  return `${res === '*' ? '모든 리소스' : res}${g}${sub !== undefined ? `/${sub}` : ''}`;
}

/** What the scope note adds about the group: every group, or the group of a resource wildcard. */
function groupNote(resource: string, group: string): string {
  if (group === '*') return ', 모든 API group';
  return resource.startsWith('*') && group !== '' ? `, ${group} group` : '';
}

/** The rules a user gets, each with the scope its binding gives: a namespace, or '*' for a ClusterRoleBinding. */
export interface ScopedRule {
  rule: PolicyRule;
  scope: string;
  binding: BindingDef;
  subject: Subject;
}

export function rulesOf(policy: RbacPolicy, user: UserInfo): { rules: ScopedRule[]; unknownRoles: { binding: BindingDef; subject: Subject }[] } {
  const rules: ScopedRule[] = [];
  const unknownRoles: { binding: BindingDef; subject: Subject }[] = [];
  for (const binding of policy.bindings) {
    const subject = binding.subjects.find((s) => appliesTo(s, user, binding.namespace));
    if (!subject) continue;
    if (!binding.role) {
      unknownRoles.push({ binding, subject });
      continue;
    }
    const scope = binding.kind === 'ClusterRoleBinding' ? '*' : binding.namespace;
    for (const rule of binding.role.rules) rules.push({ rule, scope, binding, subject });
  }
  return { rules, unknownRoles };
}

/** Is (verb, group, resource) in `scope` within the allowed set? */
function allowed(set: readonly AllowedPermission[], scope: string, verb: string, group: string, resource: string): boolean {
  if (scope === '*' || verb === '*' || group === '*' || resource.split('/').includes('*')) return false;
  return set.some((a) => a.namespace === scope && a.apiGroup === group && a.resource === resource && a.verbs.includes(verb));
}

/**
 * Every permission the user has through `policy` that `allowedSet` does not contain, once per label, in input order.
 * Rules that name nothing that exists are skipped; a binding to a role that is not in the input counts as extra.
 */
export function extraPermissions(policy: RbacPolicy, user: UserInfo, allowedSet: readonly AllowedPermission[]): ExtraPermission[] {
  const out: ExtraPermission[] = [];
  const seen = new Set<string>();
  const add = (label: string, source: Source, verb: string, apiGroup: string, resource: string, scope: string) => {
    if (seen.has(label)) return;
    seen.add(label);
    out.push({ label, source, verb, apiGroup, resource, scope });
  };
  const { rules, unknownRoles } = rulesOf(policy, user);
  for (const { binding } of unknownRoles) {
    const what = BUILTIN_ROLES[binding.roleRef.name];
    add(
      `${binding.roleRef.kind} "${binding.roleRef.name}"의 권한 전체${what ? `: ${what}` : ' (파일에 없는 역할이라 무엇을 주는지 알 수 없음)'}`,
      { obj: binding.obj, path: ['roleRef'] },
      '*',
      '*',
      '*',
      binding.kind === 'ClusterRoleBinding' ? '*' : binding.namespace,
    );
  }
  for (const { rule, scope } of rules) {
    const where = scope === '*' ? '모든 Namespace' : scope;
    const names = rule.resourceNames.length > 0 ? ` "${rule.resourceNames.join('", "')}"` : '';
    if (rule.nonResourceURLs.length > 0 && scope === '*') {
      for (const v of rule.verbs) for (const url of rule.nonResourceURLs) add(`${v === '*' ? '모든 동사(*)' : v} ${url}`, rule.source, v, '', url, '*');
    }
    for (const group of rule.apiGroups) {
      for (const resource of rule.resources) {
        const [res, sub = ''] = resource.split('/') as [string, string | undefined];
        const clusterScoped = (group === '' || group === '*') && CLUSTER_SCOPED.has(res);
        // A RoleBinding grants namespaced resources in its namespace, and verbs on that namespace object itself.
        if (scope !== '*' && clusterScoped && res !== 'namespaces') continue;
        for (const verb of rule.verbs) {
          if (!exists(group, res, sub, verb) || allowed(allowedSet, scope, verb, group, resource)) continue;
          const verbText = verb === '*' ? '모든 동사(*)' : verb;
          const at = clusterScoped && scope !== '*' ? `Namespace ${scope} 자체` : clusterScoped ? '클러스터 범위' : where;
          add(`${verbText} ${resourceLabel(resource, group)}${names} (${at}${groupNote(resource, group)})`, rule.source, verb, group, resource, scope);
        }
      }
    }
  }
  return out;
}

/** Bindings that give something to a subject other than those `keep` accepts (a role with rules, or an unknown role). */
export function otherSubjects(policy: RbacPolicy, keep: (s: Subject, binding: BindingDef) => boolean): { label: string; source: Source }[] {
  const out: { label: string; source: Source }[] = [];
  for (const binding of policy.bindings) {
    if (binding.role && binding.role.rules.length === 0) continue;
    for (const s of binding.subjects) {
      if (keep(s, binding)) continue;
      const who = s.kind === 'ServiceAccount' ? `ServiceAccount ${s.namespace || binding.namespace || '(Namespace 없음)'}/${s.name}` : `${s.kind} ${s.name}`;
      out.push({ label: `${binding.kind} "${binding.name}" → ${who}`, source: s.source });
    }
  }
  return out;
}

/** ClusterRoles whose labels aggregate them into the built-in admin, edit or view roles (and so to everyone bound to those). */
export function aggregatedIntoBuiltins(policy: RbacPolicy): { label: string; source: Source }[] {
  const out: { label: string; source: Source }[] = [];
  for (const role of policy.roles) {
    if (role.kind !== 'ClusterRole' || role.rules.length === 0) continue;
    for (const [k, v] of Object.entries(role.labels)) {
      const m = /^rbac\.authorization\.k8s\.io\/aggregate-to-(admin|edit|view)$/.exec(k);
      if (m && v === 'true')
        out.push({
          label: `ClusterRole "${role.name}"이(가) 기본 역할 ${m[1]}에 합쳐짐 (${m[1]}을(를) 받은 모든 사용자에게)`,
          source: { obj: role.obj, path: ['metadata', 'labels', k] },
        });
    }
  }
  return out;
}
