/** Shared walking of RBAC Role/ClusterRole rules for the rbac/* rules. */
import type { K8sObject, Path } from '../../yaml/document';
import { asArray, asRecord } from '../../k8s';

export const RBAC_GROUP = 'rbac.authorization.k8s.io';

export interface PolicyRuleRef {
  index: number;
  path: Path;
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames: string[];
}

/** Is this a Role or ClusterRole of the RBAC API group (any version)? */
export function isRole(obj: Pick<K8sObject, 'apiVersion' | 'kind'>): boolean {
  return (obj.kind === 'Role' || obj.kind === 'ClusterRole') && (obj.apiVersion ?? '').startsWith(`${RBAC_GROUP}/`);
}

/** Is this a RoleBinding or ClusterRoleBinding of the RBAC API group? */
export function isBinding(obj: Pick<K8sObject, 'apiVersion' | 'kind'>): boolean {
  return (obj.kind === 'RoleBinding' || obj.kind === 'ClusterRoleBinding') && (obj.apiVersion ?? '').startsWith(`${RBAC_GROUP}/`);
}

const strings = (v: unknown): string[] => asArray(v).map((x) => (typeof x === 'string' ? x : ''));

/** The rules of a Role/ClusterRole; list entries that are not strings become '' so indices stay aligned. */
export function policyRules(obj: K8sObject): PolicyRuleRef[] {
  const out: PolicyRuleRef[] = [];
  asArray(asRecord(obj.value)?.rules).forEach((r, index) => {
    const rule = asRecord(r);
    if (!rule) return;
    out.push({
      index,
      path: ['rules', index],
      apiGroups: strings(rule.apiGroups),
      resources: strings(rule.resources),
      verbs: strings(rule.verbs),
      resourceNames: strings(rule.resourceNames),
    });
  });
  return out;
}

/** Does the rule cover the core API group ("" or "*")? */
export function coversCoreGroup(r: PolicyRuleRef): boolean {
  return r.apiGroups.includes('') || r.apiGroups.includes('*');
}

/** Does the rule name this resource (or a wildcard that covers it)? */
export function coversResource(r: PolicyRuleRef, resource: string): boolean {
  const [main] = resource.split('/');
  return r.resources.some((x) => x === resource || x === '*' || (resource.includes('/') && x === `${main}/*`));
}
