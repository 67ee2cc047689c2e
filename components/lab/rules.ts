/** Korean labels for rule metadata on /rules and /rules/<id>: groups and their titles come from the grader's metadata. */
import { ruleGroups, type RuleMeta, type Severity } from '@w7/grader';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '오류', warning: '경고', info: '정보' };

export interface RuleGroupView {
  prefix: string;
  title: string;
  rules: RuleMeta[];
}

/** Rules grouped by the prefix of their id, in the grader's group order; a prefix outside every group comes last. */
export function groupRules(metas: readonly RuleMeta[], groups: typeof ruleGroups = ruleGroups): RuleGroupView[] {
  const byPrefix = new Map<string, RuleMeta[]>();
  for (const meta of metas) {
    const prefix = meta.id.split('/')[0]!;
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), meta]);
  }
  const rank = (prefix: string) => {
    const index = groups.findIndex((g) => g.id === prefix);
    return index === -1 ? groups.length : index;
  };
  return [...byPrefix.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([prefix, rules]) => ({ prefix, title: groups.find((g) => g.id === prefix)?.title.ko ?? prefix, rules }));
}
