/**
 * RBAC evaluation (rbac.authorization.k8s.io/v1) without an API server.
 *
 *   const policy = rbacPolicy(objects);                       // K8sObjects from parseYaml (all files)
 *   const alice = userInfo('alice', ['dev']);                 // + system:authenticated
 *   const sa = userInfo('system:serviceaccount:prod:app');    // + system:serviceaccounts(:prod)
 *   canI(policy, sa, { verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'prod' })
 *     // { allowed: true, grant: { rule, role, binding, subject } }: rule.source.obj.range(rule.source.path)
 *   canI(policy, alice, { verb: 'get', path: '/healthz' })    // non-resource URL (ClusterRoleBindings only)
 *   listFor(policy, alice, 'prod')                            // every rule alice has in prod ("--list")
 *   whoCan(policy, { verb: 'create', apiGroup: '', resource: 'pods', subresource: 'exec', namespace: 'prod' })
 *
 * Matching follows upstream: `*` verbs, apiGroups and resources; `* /scale`-style subresource wildcards (not
 * `pods/*`); resourceNames restrict only when given (so never create/list); nonResourceURLs exact, `*` or with a
 * trailing `*`; RoleBindings grant only in their namespace; aggregated ClusterRoles get the rules of the
 * ClusterRoles in the input that their clusterRoleSelectors match. `policy.problems` lists bindings to roles
 * that are not in the input. `findResource` resolves kubectl type names ('deploy' -> deployments.apps).
 * Objects with the same kind, namespace and name replace the earlier ones (as `kubectl apply` of the file does).
 *
 *   extraPermissions(policy, alice, allowed)   // everything alice can do beyond `allowed`, with labels and sources
 */
export { appliesTo, canI, isResourceRequest, listFor, parseServiceAccountUser, ruleAllows, subjectLabel, userInfo, whoCan } from './authorizer';
export type { AccessRequest, Decision, Grant, NonResourceRequest, ResourceRequest, UserInfo } from './authorizer';
export { DEFAULT_NAMESPACE, RBAC_GROUP, rbacPolicy, selectorMatches } from './model';
export type { BindingDef, PolicyProblem, PolicyRule, RbacPolicy, RoleDef, Source, Subject } from './model';
export { BUILTIN_RESOURCES, findResource, groupOfResource } from './resources';
export { aggregatedIntoBuiltins, extraPermissions, otherSubjects, rulesOf } from './effective';
export type { AllowedPermission, ExtraPermission, ScopedRule } from './effective';
export type { ResourceInfo } from './resources';
