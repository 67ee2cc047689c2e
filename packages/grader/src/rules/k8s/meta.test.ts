import { describe, expect, it } from 'vitest';
import { runRules } from '../../../test/yaml-rules';
import { schemaRules } from '../schema';
import { rbacRules } from '../rbac/index';
import { k8sRules } from './index';

const HANGUL = /[\uac00-\ud7a3]/;

/** Metadata, messages and exact example findings: test/rules-contract.test.ts. Here: what the contract cannot see. */
describe.each([...schemaRules, ...k8sRules, ...rbacRules].map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('examples are structurally valid except where the rule is about structure', () => {
    const all = [...rule.meta.examples.good, ...(id.startsWith('schema/') ? [] : rule.meta.examples.bad)];
    for (const ex of all) {
      expect(
        runRules(schemaRules, ex.text, { file: ex.file }).filter((f) => f.severity !== 'info'),
        ex.text,
      ).toEqual([]);
    }
  });
});

describe('all schema and course rules on malformed objects', () => {
  const docs = [
    'apiVersion: v1\nkind: Pod\nspec: 5\n',
    'apiVersion: v1\nkind: Pod\nspec:\n  containers: {a: 1}\n',
    'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - 1\n    - name: [x]\n      image: {a: b}\n      env: 3\n      securityContext: []\n      resources: {requests: 1, limits: [1]}\n',
    'apiVersion: apps/v1\nkind: CronJob\nspec: {jobTemplate: []}\n',
    'apiVersion: v1\nkind: Secret\nstringData: 5\ndata: []\n',
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nrules: {a: 1}\n',
    'apiVersion: 5\nkind: [Pod]\n',
    'kind: Pod\n',
  ];
  it.each(docs)('never throws and positions every finding: %s', (text) => {
    const f = runRules([...schemaRules, ...k8sRules, ...rbacRules], text);
    for (const x of f) {
      expect(x.line).toBeGreaterThan(0);
      expect(x.column).toBeGreaterThan(0);
      expect(x.message).toMatch(HANGUL);
    }
  });
});
