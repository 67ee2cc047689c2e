import { describe, expect, it } from 'vitest';
import { runRules } from '../../../test/yaml-rules';
import { schemaRules } from '../../schema';
import { k8sRules } from './index';

const CATALOGUE = [
  'k8s/automount-sa-token', 'k8s/env-secret-value', 'k8s/image-tag', 'k8s/readonly-rootfs', 'k8s/resources', 'k8s/secret-stringdata',
  'rbac/cluster-admin-binding', 'rbac/escalate-bind-impersonate', 'rbac/pods-exec', 'rbac/secrets-read', 'rbac/wildcard',
];
const SCHEMA_IDS = ['schema/api-deprecated', 'schema/unknown-kind', 'schema/required', 'schema/unknown-field', 'schema/type', 'schema/selector-mismatch', 'schema/api-validation'];
const HANGUL = /[\uac00-\ud7a3]/;

describe('rule lists', () => {
  it('k8sRules holds the catalogue ids, ordered by id', () => {
    expect(k8sRules.map((r) => r.meta.id)).toEqual(CATALOGUE);
  });
  it('schemaRules holds the schema ids', () => {
    expect(schemaRules.map((r) => r.meta.id)).toEqual(SCHEMA_IDS);
  });
});

describe.each([...schemaRules, ...k8sRules].map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('has complete bilingual metadata', () => {
    const m = rule.meta;
    expect(m.target).toBe('kubernetes');
    expect(['error', 'warning', 'info']).toContain(m.severity);
    for (const t of [m.title, m.why, m.fix]) {
      expect(t.ko).toMatch(HANGUL);
      expect(t.en.length).toBeGreaterThan(5);
      expect(t.en).not.toMatch(HANGUL);
    }
    expect(m.examples.good.length).toBeGreaterThan(0);
    expect(m.examples.bad.length).toBeGreaterThan(0);
  });

  it('reports every bad example and no good example', () => {
    for (const ex of rule.meta.examples.bad) {
      expect(runRules([rule], ex.text, { file: ex.file }).map((f) => f.ruleId), ex.text).toContain(id);
    }
    for (const ex of rule.meta.examples.good) {
      expect(runRules([rule], ex.text, { file: ex.file }), ex.text).toEqual([]);
    }
  });

  it('examples are structurally valid except where the rule is about structure', () => {
    const all = [...rule.meta.examples.good, ...(id.startsWith('schema/') ? [] : rule.meta.examples.bad)];
    for (const ex of all) {
      expect(runRules(schemaRules, ex.text, { file: ex.file }).filter((f) => f.severity !== 'info'), ex.text).toEqual([]);
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
    const f = runRules([...schemaRules, ...k8sRules], text);
    for (const x of f) {
      expect(x.line).toBeGreaterThan(0);
      expect(x.column).toBeGreaterThan(0);
      expect(x.message).toMatch(HANGUL);
    }
  });
});
