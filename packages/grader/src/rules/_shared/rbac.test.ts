import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../yaml/document';
import { coversResource, policyRules } from './rbac';
import { role } from './rbac-examples';

/** role() puts rules from line 6 on (Role) and line 5 on (ClusterRole). */
const rule = (groups: string, resources: string, verbs: string) => `  - apiGroups: ${groups}\n    resources: ${resources}\n    verbs: ${verbs}\n`;

describe('RBAC helpers', () => {
  it('read rules with aligned indices', () => {
    const obj = parseYaml('r.yaml', role(rule('[""]', '["pods", 3]', '["get"]'))).objects[0]!;
    expect(policyRules(obj)).toEqual([{ index: 0, path: ['rules', 0], apiGroups: [''], resources: ['pods', ''], verbs: ['get'], resourceNames: [] }]);
  });
  it('match subresources and wildcards', () => {
    const r = { index: 0, path: [], apiGroups: [''], verbs: [], resourceNames: [] };
    expect(coversResource({ ...r, resources: ['pods/*'] }, 'pods/exec')).toBe(true);
    expect(coversResource({ ...r, resources: ['*'] }, 'secrets')).toBe(true);
    expect(coversResource({ ...r, resources: ['pods'] }, 'pods/exec')).toBe(false);
  });
});
