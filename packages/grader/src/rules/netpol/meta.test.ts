import { describe, expect, it } from 'vitest';
import { runRules } from '../../../test/yaml-rules';
import { allRules } from '../../registry';
import { schemaRules } from '../../schema';
import { netpolRules } from './index';

const HANGUL = /[\uac00-\ud7a3]/;

describe('netpol rule list', () => {
  it('holds the netpol ids, ordered by id, and is registered', () => {
    const ids = ['netpol/any-peer', 'netpol/namespace-name-label', 'netpol/no-dns-egress', 'netpol/or-not-and', 'netpol/selector-no-match'];
    expect(netpolRules.map((r) => r.meta.id)).toEqual(ids);
    for (const r of netpolRules) expect(allRules).toContain(r);
  });
});

describe.each(netpolRules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('has complete bilingual metadata', () => {
    const m = rule.meta;
    expect(m.target).toBe('kubernetes');
    for (const t of [m.title, m.why, m.fix]) {
      expect(t.ko).toMatch(HANGUL);
      expect(t.en.length).toBeGreaterThan(5);
      expect(t.en).not.toMatch(HANGUL);
    }
    expect(m.refs?.url).toMatch(/^https:\/\/kubernetes\.io\//);
    expect(m.examples.good.length).toBeGreaterThan(0);
    expect(m.examples.bad.length).toBeGreaterThan(0);
  });

  it('reports every bad example and no good example', () => {
    for (const ex of rule.meta.examples.bad) expect(runRules([rule], ex.text, { file: ex.file }).map((f) => f.ruleId), ex.text).toContain(id);
    for (const ex of rule.meta.examples.good) expect(runRules([rule], ex.text, { file: ex.file }), ex.text).toEqual([]);
  });

  it('examples are structurally valid', () => {
    for (const ex of [...rule.meta.examples.good, ...rule.meta.examples.bad]) {
      expect(runRules(schemaRules, ex.text, { file: ex.file }).filter((f) => f.severity !== 'info'), ex.text).toEqual([]);
    }
  });
});
