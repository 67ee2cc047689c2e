import { describe, expect, it } from 'vitest';
import { allMetas, ruleGroups, type RuleMeta } from '@w7/grader';
import { groupRules } from './rules';

const meta = (id: string): RuleMeta => ({
  id,
  severity: 'error',
  target: 'dockerfile',
  title: { ko: id, en: id },
  why: { ko: '', en: '' },
  fix: { ko: '', en: '' },
  messages: {},
  examples: { good: [], bad: [] },
});

describe('groupRules', () => {
  it('groups by id prefix in the given group order with its Korean titles, unknown prefixes last', () => {
    const groups = [
      { id: 'docker', title: { ko: '도커', en: 'Docker' } },
      { id: 'pss', title: { ko: '파드 보안', en: 'PSS' } },
      { id: 'parse', title: { ko: '파싱', en: 'Parsing' } },
    ];
    const grouped = groupRules(['zeta/a', 'pss/x', 'docker/b', 'docker/a', 'alpha/c', 'parse/empty'].map(meta), groups);
    expect(grouped.map((g) => [g.prefix, g.title, g.rules.map((r) => r.id)])).toEqual([
      ['docker', '도커', ['docker/b', 'docker/a']],
      ['pss', '파드 보안', ['pss/x']],
      ['parse', '파싱', ['parse/empty']],
      ['alpha', 'alpha', ['alpha/c']],
      ['zeta', 'zeta', ['zeta/a']],
    ]);
  });

  it('gives every group of the real registry its Korean title, in the grader order (audit, gha, netpol included)', () => {
    const grouped = groupRules(allMetas);
    expect(grouped.map((g) => g.prefix)).toEqual(ruleGroups.map((g) => g.id));
    expect(grouped.find((g) => g.prefix === 'gha')?.title).toBe('GitHub Actions 워크플로');
    expect(grouped.find((g) => g.prefix === 'audit')?.title).toBe('감사 정책(Audit Policy)');
    expect(grouped.find((g) => g.prefix === 'netpol')?.title).toBe('NetworkPolicy');
  });
});
