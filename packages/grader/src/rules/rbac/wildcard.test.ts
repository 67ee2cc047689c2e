import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { role } from '../_shared/rbac-examples';
import { rbacWildcard } from './wildcard';

/** role() puts rules from line 6 on (Role) and line 5 on (ClusterRole). */
const rule = (groups: string, resources: string, verbs: string) => `  - apiGroups: ${groups}\n    resources: ${resources}\n    verbs: ${verbs}\n`;

const DEVELOPER = role(rule('["apps"]', '["deployments"]', '["get", "list", "create", "update", "patch"]') + rule('[""]', '["pods"]', '["get", "list"]'));

describe('rbac/wildcard', () => {
  const run = (t: string) => runRules([rbacWildcard], t);
  it('accepts explicit rules (the course developer Role)', () => {
    expect(run(DEVELOPER)).toEqual([]);
  });
  it('points at each "*" and makes "*" verbs on "*" resources an error', () => {
    const f = run(role(rule('["*"]', '["*"]', '["*"]')));
    expect(f.map(at)).toEqual(['rbac/wildcard@7:17-7:20', 'rbac/wildcard@8:17-8:20', 'rbac/wildcard@9:13-9:16']);
    expect(f.map((x) => x.severity)).toEqual(['error', 'error', 'error']);
    expect(f[2]!.message).toBe('rules[0].verbs에 "*"가 있습니다. 모든 리소스에 모든 동작을 허용하는 사실상 관리자 권한입니다. 필요한 항목만 나열하세요.');
  });
  it('warns for a single wildcard', () => {
    const f = run(role(rule('[""]', '["pods"]', '["get", "*"]')));
    expect(f.map(at)).toEqual(['rbac/wildcard@9:20-9:23']);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toBe('rules[0].verbs에 "*"가 있어 앞으로 추가될 동작까지 모두 허용합니다. 필요한 항목만 나열하세요.');
  });
});
