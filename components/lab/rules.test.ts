import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '@w7/grader';
import { groupRules } from './rules';

const meta = (id: string): RuleMeta => ({
  id,
  severity: 'error',
  target: 'dockerfile',
  title: { ko: id, en: id },
  why: { ko: '', en: '' },
  fix: { ko: '', en: '' },
  examples: { good: [], bad: [] },
});

describe('groupRules', () => {
  it('groups by id prefix in the course order, unknown prefixes last', () => {
    const groups = groupRules(['zeta/a', 'pss/x', 'docker/b', 'docker/a', 'alpha/c', 'parse/empty'].map(meta));
    expect(groups.map((g) => [g.prefix, g.title, g.rules.map((r) => r.id)])).toEqual([
      ['docker', 'Dockerfile', ['docker/b', 'docker/a']],
      ['pss', 'Pod Security Standards', ['pss/x']],
      ['parse', '파싱', ['parse/empty']],
      ['alpha', 'alpha', ['alpha/c']],
      ['zeta', 'zeta', ['zeta/a']],
    ]);
  });
});
