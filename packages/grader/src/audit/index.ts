/**
 * Audit policy (audit.k8s.io/v1) evaluation without an API server.
 *
 *   const policy = auditPolicy(obj);           // a parsed `kind: Policy` object (isAuditPolicy(obj))
 *   levelFor(policy, { user: 'system:serviceaccount:prod:app', groups: ['system:serviceaccounts'],
 *                      verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'prod' })
 *     // { level: 'Metadata', omitStages: ['RequestReceived'], ruleIndex: 0 }
 *   levelFor(policy, { user: 'alice', verb: 'get', path: '/healthz' })   // non-resource request
 *
 * As upstream: users and userGroups match exactly (no wildcards), verbs exactly, resources by group then
 * `res`, `*`, `* /sub` or `res/*` (which also matches `res` itself), resourceNames and namespaces ('' =
 * cluster-scoped) exactly, nonResourceURLs exactly, `*` or with a trailing `*`. The first matching rule wins and
 * the default level is None; omitStages are the policy's plus the rule's.
 */
export { AUDIT_LEVELS, AUDIT_STAGES, auditPolicy, isAuditPolicy, isCatchAll, levelFor, ruleMatches } from './policy';
export type { AuditLevel, AuditPolicy, AuditRequest, AuditRule, GroupResources, LevelDecision } from './policy';
export { effectiveLevel, levelRank } from './effective';
export type { EffectiveLevel } from './effective';
