/**
 * Every rule the grader knows: the rule sets of each area plus the metadata of
 * parse/* and internal/* findings. A new rule set is registered with one line in `allRules`.
 */
import { parseRuleMetas } from './rules/parse/index';
import { pssRules } from './pss/index';
import type { Rule } from './rule';
import { auditRules } from './rules/audit/index';
import { dockerfileRules, dockerRunRules } from './rules/docker/index';
import { ghaRules } from './rules/gha/index';
import { k8sRules } from './rules/k8s/index';
import { netpolRules } from './rules/netpol/index';
import { rbacRules } from './rules/rbac/index';
import { schemaRules } from './rules/schema/index';
import type { RuleMeta } from './types';

export const allRules: readonly Rule[] = [
  ...dockerfileRules,
  ...dockerRunRules,
  ...schemaRules,
  ...k8sRules,
  ...pssRules,
  ...rbacRules,
  ...auditRules,
  ...ghaRules,
  ...netpolRules,
];

/** Metadata of every id that can appear in a result, sorted by id. */
export const allMetas: readonly RuleMeta[] = [...parseRuleMetas, ...allRules.map((r) => r.meta)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const byId = new Map<string, RuleMeta>(allMetas.map((m) => [m.id, m]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
