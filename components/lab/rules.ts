/** Korean labels for rule metadata on /rules and /rules/<id>. */
import type { RuleMeta, Severity } from '@w7/grader';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '오류', warning: '경고', info: '정보' };

const GROUP_TITLES: Record<string, string> = {
  docker: 'Dockerfile',
  k8s: 'Kubernetes manifest',
  pss: 'Pod Security Standards',
  rbac: 'RBAC',
  schema: 'Kubernetes 스키마',
  parse: '파싱',
  internal: '채점기 내부',
};

const GROUP_ORDER = ['docker', 'k8s', 'pss', 'rbac', 'schema', 'parse', 'internal'];

export interface RuleGroup {
  prefix: string;
  title: string;
  rules: RuleMeta[];
}

/** Rules grouped by the prefix of their id, known groups first, then the others by name. */
export function groupRules(metas: readonly RuleMeta[]): RuleGroup[] {
  const groups = new Map<string, RuleMeta[]>();
  for (const meta of metas) {
    const prefix = meta.id.split('/')[0];
    groups.set(prefix, [...(groups.get(prefix) ?? []), meta]);
  }
  const rank = (prefix: string) => {
    const index = GROUP_ORDER.indexOf(prefix);
    return index === -1 ? GROUP_ORDER.length : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([prefix, rules]) => ({ prefix, title: GROUP_TITLES[prefix] ?? prefix, rules }));
}
