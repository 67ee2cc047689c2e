import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { rbacClusterAdminBinding } from './cluster-admin-binding';
import { binding } from '../_shared/rbac-examples';

describe('rbac/cluster-admin-binding', () => {
  const run = (t: string) => runRules([rbacClusterAdminBinding], t);
  it('accepts other roles', () => {
    expect(run(binding('ClusterRole', 'view'))).toEqual([]);
    expect(run(binding('Role', 'cluster-admin', 'RoleBinding'))).toEqual([]);
  });
  it('points at roleRef.name', () => {
    const f = run(binding('ClusterRole', 'cluster-admin'));
    expect(f.map(at)).toEqual(['rbac/cluster-admin-binding@12:9-12:22']);
    expect(f[0]!.severity).toBe('error');
    const g = run(binding('ClusterRole', 'cluster-admin', 'RoleBinding'));
    expect(g.map((x) => [at(x), x.severity])).toEqual([['rbac/cluster-admin-binding@13:9-13:22', 'warning']]);
    expect(g[0]!.message).toBe('RoleBinding이 cluster-admin을 부여해 대상에게 이 네임스페이스의 모든 권한을 줍니다. 필요한 권한만 담은 Role을 바인딩하세요.');
  });
});
