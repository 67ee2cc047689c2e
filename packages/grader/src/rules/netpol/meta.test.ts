import { describe, expect, it } from 'vitest';
import { runRules } from '../../../test/yaml-rules';
import { schemaRules } from '../schema';
import { netpolRules } from './index';

describe.each(netpolRules.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  it('links the Kubernetes documentation', () => {
    expect(rule.meta.refs?.url).toMatch(/^https:\/\/kubernetes\.io\//);
  });

  it('examples are structurally valid', () => {
    for (const ex of [...rule.meta.examples.good, ...rule.meta.examples.bad]) {
      expect(
        runRules(schemaRules, ex.text, { file: ex.file }).filter((f) => f.severity !== 'info'),
        ex.text,
      ).toEqual([]);
    }
  });
});
