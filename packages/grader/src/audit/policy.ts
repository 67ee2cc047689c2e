/**
 * Audit policy (audit.k8s.io/v1) evaluation, following k8s.io/apiserver/pkg/audit/policy/checker.go:
 * the first rule that matches a request decides its level and stages; no match means level None.
 */
import { asArray, asRecord } from '../k8s/index';
import type { K8sObject, Path } from '../yaml/document';

export const AUDIT_LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse'] as const;
export type AuditLevel = (typeof AUDIT_LEVELS)[number];
export const AUDIT_STAGES = ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'] as const;

export interface GroupResources {
  group: string;
  resources: string[];
  resourceNames: string[];
}

export interface AuditRule {
  index: number;
  path: Path;
  /** As written; an unknown level is kept (and logs nothing, like None). */
  level: string;
  users: string[];
  userGroups: string[];
  verbs: string[];
  resources: GroupResources[];
  namespaces: string[];
  nonResourceURLs: string[];
  omitStages: string[];
}

export interface AuditPolicy {
  rules: AuditRule[];
  omitStages: string[];
  obj?: K8sObject;
}

/** A request as the audit policy sees it (resource request, or non-resource when `path` is set). */
export interface AuditRequest {
  user: string;
  groups?: string[];
  verb: string;
  apiGroup?: string;
  resource?: string;
  subresource?: string;
  name?: string;
  /** '' for cluster-scoped resources. */
  namespace?: string;
  /** Non-resource URL ('/healthz'); makes this a non-resource request. */
  path?: string;
}

export interface LevelDecision {
  level: AuditLevel;
  /** Policy omitStages plus the matching rule's. */
  omitStages: string[];
  /** Index of the rule that matched, -1 for the default. */
  ruleIndex: number;
}

const strings = (v: unknown): string[] => asArray(v).filter((x): x is string => typeof x === 'string');
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function isAuditPolicy(obj: Pick<K8sObject, 'apiVersion' | 'kind'>): boolean {
  return obj.kind === 'Policy' && (obj.apiVersion ?? '').startsWith('audit.k8s.io/');
}

/** Reads an audit Policy object (entries of the wrong shape are skipped; indices stay those of the YAML). */
export function auditPolicy(obj: K8sObject): AuditPolicy {
  const value = asRecord(obj.value) ?? {};
  const rules: AuditRule[] = [];
  asArray(value.rules).forEach((r, index) => {
    const rule = asRecord(r);
    if (!rule) return;
    rules.push({
      index,
      path: ['rules', index],
      level: str(rule.level),
      users: strings(rule.users),
      userGroups: strings(rule.userGroups),
      verbs: strings(rule.verbs),
      resources: asArray(rule.resources).map((g) => {
        const gr = asRecord(g) ?? {};
        return { group: str(gr.group), resources: strings(gr.resources), resourceNames: strings(gr.resourceNames) };
      }),
      namespaces: strings(rule.namespaces),
      nonResourceURLs: strings(rule.nonResourceURLs),
      omitStages: strings(rule.omitStages),
    });
  });
  return { rules, omitStages: strings(value.omitStages), obj };
}

/** Does the rule match the request (checker.go ruleMatches)? */
export function ruleMatches(r: AuditRule, req: AuditRequest): boolean {
  if (r.users.length > 0 && !r.users.includes(req.user)) return false;
  if (r.userGroups.length > 0 && !(req.groups ?? []).some((g) => r.userGroups.includes(g))) return false;
  if (r.verbs.length > 0 && !r.verbs.includes(req.verb)) return false;
  const isResource = typeof req.path !== 'string';
  if (r.namespaces.length > 0 || r.resources.length > 0) return isResource && resourceMatches(r, req);
  if (r.nonResourceURLs.length > 0) return !isResource && r.nonResourceURLs.some((spec) => pathMatches(req.path!, spec));
  return true;
}

function pathMatches(path: string, spec: string): boolean {
  return spec === '*' || spec === path || (spec.endsWith('*') && path.startsWith(spec.replace(/\*+$/, '')));
}

function resourceMatches(r: AuditRule, req: AuditRequest): boolean {
  if (r.namespaces.length > 0 && !r.namespaces.includes(req.namespace ?? '')) return false;
  if (r.resources.length === 0) return true;
  const resource = req.resource ?? '';
  const sub = req.subresource ?? '';
  const combined = sub ? `${resource}/${sub}` : resource;
  for (const gr of r.resources) {
    if (gr.group !== (req.apiGroup ?? '')) continue;
    if (gr.resources.length === 0) return true;
    if (gr.resourceNames.length > 0 && !gr.resourceNames.includes(req.name ?? '')) continue;
    for (const res of gr.resources) {
      if (res === combined || res === '*') return true;
      if (sub !== '' && res.startsWith('*/') && res.slice(2) === sub) return true;
      if (res.endsWith('/*') && res.slice(0, -2) === resource) return true;
    }
  }
  return false;
}

/** The audit level and omitted stages of a request: the first matching rule wins; no match is None. */
export function levelFor(policy: AuditPolicy, req: AuditRequest): LevelDecision {
  for (const r of policy.rules) {
    if (!ruleMatches(r, req)) continue;
    const level = (AUDIT_LEVELS as readonly string[]).includes(r.level) ? (r.level as AuditLevel) : 'None';
    return { level, omitStages: [...new Set([...policy.omitStages, ...r.omitStages])], ruleIndex: r.index };
  }
  return { level: 'None', omitStages: [...policy.omitStages], ruleIndex: -1 };
}

/** A rule without any condition: it matches every request. */
export function isCatchAll(r: AuditRule): boolean {
  return (
    r.users.length === 0 &&
    r.userGroups.length === 0 &&
    r.verbs.length === 0 &&
    r.resources.length === 0 &&
    r.namespaces.length === 0 &&
    r.nonResourceURLs.length === 0
  );
}
