import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { rbacClusterAdminBinding } from './cluster-admin-binding';
import { rbacEscalateBindImpersonate } from './escalate-bind-impersonate';
import { role } from '../_shared/rbac-examples';
import { rbacPodsExec } from './pods-exec';
import { rbacSecretsRead } from './secrets-read';
import { rbacWildcard } from './wildcard';

/** role() puts rules from line 6 on (Role) and line 5 on (ClusterRole). */
const rule = (groups: string, resources: string, verbs: string) => `  - apiGroups: ${groups}\n    resources: ${resources}\n    verbs: ${verbs}\n`;

const DEVELOPER = role(rule('["apps"]', '["deployments"]', '["get", "list", "create", "update", "patch"]') + rule('[""]', '["pods"]', '["get", "list"]'));

describe('rbac/escalate-bind-impersonate', () => {
  const run = (t: string) => runRules([rbacEscalateBindImpersonate], t);
  it('accepts ordinary verbs', () => {
    expect(run(DEVELOPER)).toEqual([]);
  });
  it('points at each risky verb', () => {
    const f = run(
      role(rule('["rbac.authorization.k8s.io"]', '["clusterroles"]', '["bind", "escalate"]') + rule('[""]', '["users"]', '["impersonate"]'), 'ClusterRole'),
    );
    expect(f.map(at)).toEqual([
      'rbac/escalate-bind-impersonate@8:13-8:19',
      'rbac/escalate-bind-impersonate@8:21-8:31',
      'rbac/escalate-bind-impersonate@11:13-11:26',
    ]);
    expect(f[2]!.message).toBe(
      'rules[1]의 "impersonate" 권한은 다른 사용자, 그룹(system:masters 등), ServiceAccount로 가장할 수 있습니다. 권한 상승 경로이므로 빼세요.',
    );
    expect(f[0]!.severity).toBe('error');
  });
});

describe('hostile input', () => {
  it('ignores prototype names and wrong shapes', () => {
    const rules = [rbacWildcard, rbacSecretsRead, rbacPodsExec, rbacEscalateBindImpersonate];
    expect(runRules(rules, role(rule('[""]', '["pods"]', '["constructor", "toString", "__proto__"]')))).toEqual([]);
    expect(runRules(rules, role('  - 5\n  - {verbs: "*"}\n  - {apiGroups: [""], resources: secrets, verbs: [get]}\n'))).toEqual([]);
    expect(runRules([rbacClusterAdminBinding], 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nroleRef: cluster-admin\n')).toEqual([]);
  });
});
