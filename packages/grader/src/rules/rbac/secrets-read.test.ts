import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { role } from '../_shared/rbac-examples';
import { rbacSecretsRead } from './secrets-read';

/** role() puts rules from line 6 on (Role) and line 5 on (ClusterRole). */
const rule = (groups: string, resources: string, verbs: string) => `  - apiGroups: ${groups}\n    resources: ${resources}\n    verbs: ${verbs}\n`;

const DEVELOPER = role(rule('["apps"]', '["deployments"]', '["get", "list", "create", "update", "patch"]') + rule('[""]', '["pods"]', '["get", "list"]'));

describe('rbac/secrets-read', () => {
  const run = (t: string) => runRules([rbacSecretsRead], t);
  it('accepts roles without secrets access', () => {
    expect(run(DEVELOPER)).toEqual([]);
    expect(run(role(rule('["apps"]', '["secrets"]', '["get"]')))).toEqual([]);
    expect(run(role(rule('[""]', '["secrets"]', '["create"]')))).toEqual([]);
  });
  it('points at each read verb', () => {
    const f = run(role(rule('[""]', '["secrets"]', '["get", "list", "watch", "create"]'), 'ClusterRole'));
    expect(f.map(at)).toEqual(['rbac/secrets-read@8:13-8:18', 'rbac/secrets-read@8:20-8:26', 'rbac/secrets-read@8:28-8:35']);
    expect(f[0]!.message).toBe(
      'rules[0] 규칙이 secrets에 "get" 동작을 허용해 모든 Secret 값을 읽을 수 있습니다. resourceNames로 범위를 좁히거나 권한을 빼세요.',
    );
  });
  it('covers wildcard resources and is info with resourceNames', () => {
    expect(run(role(rule('["*"]', '["*"]', '["list"]'))).map(at)).toEqual(['rbac/secrets-read@9:13-9:19']);
    const f = run(role(`${rule('[""]', '["secrets"]', '["get"]')}    resourceNames: ["db-secret"]\n`));
    expect(f.map((x) => [at(x), x.severity])).toEqual([['rbac/secrets-read@9:13-9:18', 'info']]);
  });
});
