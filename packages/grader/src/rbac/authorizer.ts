/**
 * The RBAC authorizer, following k8s.io/kubernetes plugin/pkg/auth/authorizer/rbac: ClusterRoleBindings grant
 * everywhere, RoleBindings (to a Role or a ClusterRole) only inside their namespace, and a rule allows a request
 * when its verb, API group, resource (with `*` and `* /subresource`), resource name and non-resource URL match.
 */
import type { BindingDef, PolicyRule, RbacPolicy, RoleDef, Subject } from './model';

/** Who asks: a user name and its groups (see `userInfo` for the implicit ones). */
export interface UserInfo {
  name: string;
  groups: string[];
}

/** A request on an API resource (`kubectl auth can-i <verb> <resource>`). */
export interface ResourceRequest {
  verb: string;
  /** '' = core group. */
  apiGroup: string;
  resource: string;
  subresource?: string;
  /** The object's name; empty for create, list and watch of a collection. */
  name?: string;
  /** '' for cluster-scoped resources and for requests across all namespaces. */
  namespace?: string;
}

/** A request on a non-resource URL (`/healthz`, `/metrics`); only ClusterRoleBindings can grant these. */
export interface NonResourceRequest {
  verb: string;
  path: string;
}

export type AccessRequest = ResourceRequest | NonResourceRequest;

/** One rule that applies to a subject: the rule, its role, and the binding (and subject entry) that grants it. */
export interface Grant {
  rule: PolicyRule;
  role: RoleDef;
  binding: BindingDef;
  subject: Subject;
}

export interface Decision {
  allowed: boolean;
  /** The first rule that allows the request (in input order: ClusterRoleBindings, then RoleBindings). */
  grant?: Grant;
}

const SA_PREFIX = 'system:serviceaccount:';

/** Namespace and name of a service account user name (`system:serviceaccount:<ns>:<name>`), else undefined. */
export function parseServiceAccountUser(user: string): { namespace: string; name: string } | undefined {
  if (!user.startsWith(SA_PREFIX)) return undefined;
  const parts = user.slice(SA_PREFIX.length).split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return { namespace: parts[0], name: parts[1] };
}

/**
 * The user as the API server sees it after authentication: the given groups plus system:serviceaccounts and
 * system:serviceaccounts:<ns> for a service account (as its token carries them), and system:authenticated for
 * everyone but system:anonymous (who is in system:unauthenticated). Unlike kubectl impersonation, explicit
 * groups do not replace the service account groups.
 */
export function userInfo(name: string, groups: readonly string[] = []): UserInfo {
  const out = [...groups];
  const add = (g: string) => {
    if (!out.includes(g)) out.push(g);
  };
  const sa = parseServiceAccountUser(name);
  if (sa) {
    add('system:serviceaccounts');
    add(`system:serviceaccounts:${sa.namespace}`);
  }
  add(name === 'system:anonymous' ? 'system:unauthenticated' : 'system:authenticated');
  return { name, groups: out };
}

export function isResourceRequest(r: AccessRequest): r is ResourceRequest {
  return !('path' in r) || typeof (r as NonResourceRequest).path !== 'string';
}

/** Does this binding subject name this user (RoleBinding service accounts default to the binding's namespace)? */
export function appliesTo(subject: Subject, user: UserInfo, bindingNamespace: string): boolean {
  switch (subject.kind) {
    case 'User':
      return subject.name !== '' && subject.name === user.name;
    case 'Group':
      return subject.name !== '' && user.groups.includes(subject.name);
    case 'ServiceAccount': {
      const ns = subject.namespace || bindingNamespace;
      return ns !== '' && subject.name !== '' && user.name === `${SA_PREFIX}${ns}:${subject.name}`;
    }
  }
}

const has = (list: readonly string[], v: string) => list.includes('*') || list.includes(v);

/** rbacv1helpers.VerbMatches and friends combined: does this one rule allow the request? */
export function ruleAllows(rule: PolicyRule, req: AccessRequest): boolean {
  if (!has(rule.verbs, req.verb)) return false;
  if (!isResourceRequest(req)) return nonResourceURLMatches(rule.nonResourceURLs, req.path);
  if (!has(rule.apiGroups, req.apiGroup)) return false;
  const sub = req.subresource ?? '';
  const combined = sub ? `${req.resource}/${sub}` : req.resource;
  const resourceOk = rule.resources.some((r) => r === '*' || r === combined || (sub !== '' && r === `*/${sub}`));
  if (!resourceOk) return false;
  return rule.resourceNames.length === 0 || rule.resourceNames.includes(req.name ?? '');
}

function nonResourceURLMatches(urls: readonly string[], path: string): boolean {
  return urls.some((u) => u === '*' || u === path || (u.endsWith('*') && path.startsWith(u.replace(/\*+$/, ''))));
}

/**
 * Every rule that applies to the user in `namespace` ('' = cluster scope only): rules of ClusterRoleBindings,
 * then of the namespace's RoleBindings, each with the binding and subject that grant it.
 */
export function listFor(policy: RbacPolicy, user: UserInfo, namespace: string): Grant[] {
  const out: Grant[] = [];
  for (const binding of applicableBindings(policy, namespace)) {
    const subject = binding.subjects.find((s) => appliesTo(s, user, binding.namespace));
    if (!subject || !binding.role) continue;
    for (const rule of binding.role.rules) out.push({ rule, role: binding.role, binding, subject });
  }
  return out;
}

/** Would the API server allow this request for this user? With the rule that allows it. */
export function canI(policy: RbacPolicy, user: UserInfo, req: AccessRequest): Decision {
  const ns = isResourceRequest(req) ? (req.namespace ?? '') : '';
  const grant = listFor(policy, user, ns).find((g) => ruleAllows(g.rule, req));
  return grant ? { allowed: true, grant } : { allowed: false };
}

/**
 * Every binding subject that may make the request (`kubectl who-can` style), once per subject and binding,
 * with the first rule that allows it. Subjects are not expanded: a Group or a namespace's ServiceAccounts
 * group stands for all its members.
 */
export function whoCan(policy: RbacPolicy, req: AccessRequest): Grant[] {
  const ns = isResourceRequest(req) ? (req.namespace ?? '') : '';
  const out: Grant[] = [];
  for (const binding of applicableBindings(policy, ns)) {
    const rule = binding.role?.rules.find((r) => ruleAllows(r, req));
    if (!rule) continue;
    for (const subject of binding.subjects) out.push({ rule, role: binding.role!, binding, subject });
  }
  return out;
}

function applicableBindings(policy: RbacPolicy, namespace: string): BindingDef[] {
  return [
    ...policy.bindings.filter((b) => b.kind === 'ClusterRoleBinding'),
    ...(namespace === '' ? [] : policy.bindings.filter((b) => b.kind === 'RoleBinding' && b.namespace === namespace)),
  ];
}

/** 'User alice', 'ServiceAccount prod/app', 'Group ops'. */
export function subjectLabel(s: Subject, bindingNamespace: string): string {
  return s.kind === 'ServiceAccount' ? `ServiceAccount ${s.namespace || bindingNamespace}/${s.name}` : `${s.kind} ${s.name}`;
}
