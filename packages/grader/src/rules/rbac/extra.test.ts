import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { binding, role } from '../_shared/rbac-examples';
import { rbacAggregateToBuiltin } from './aggregate-to-builtin';
import { rbacBuiltinRoleBinding } from './builtin-role-binding';
import { rbacNodesProxy } from './nodes-proxy';
import { rbacWorkloadCreate } from './workload-create';

/** role() puts the first rule's resources on line 8 (Role) or line 7 (ClusterRole). */
const rule = (groups: string, resources: string, verbs: string) => `  - apiGroups: ${groups}\n    resources: ${resources}\n    verbs: ${verbs}\n`;

describe('rbac/workload-create', () => {
  const run = (t: string) => runRules([rbacWorkloadCreate], t);
  it('points at each workload resource a rule lets the subject create or change', () => {
    const f = run(role(rule('["apps"]', '["deployments"]', '["get", "list", "create", "update", "patch"]') + rule('[""]', '["pods"]', '["get", "list"]')));
    expect(f.map(at)).toEqual(['rbac/workload-create@8:17-8:30']);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.message).toBe(
      'rules[0] 규칙이 deployments에 "create", "update", "patch" 동작을 허용합니다. 이 권한으로 Namespace의 아무 ServiceAccount로 Pod를 실행하고 Secret을 마운트할 수 있으니 배포 역할에만 주세요.',
    );
    expect(f[0]!.messageEn).toBe(
      'rules[0] allows "create", "update", "patch" on deployments: Pods can run as any ServiceAccount of the namespace and mount its Secrets.',
    );
  });
  it('covers pods, jobs and cronjobs, "*" verbs and "*" groups', () => {
    expect(run(role(rule('[""]', '["configmaps", "pods"]', '["create"]'))).map(at)).toEqual(['rbac/workload-create@8:31-8:37']);
    expect(run(role(rule('["*"]', '["jobs", "cronjobs"]', '["*"]'))).map(at)).toEqual(['rbac/workload-create@8:17-8:23', 'rbac/workload-create@8:25-8:35']);
    expect(run(role(rule('["batch"]', '["cronjobs"]', '["patch"]'), 'ClusterRole')).map(at)).toEqual(['rbac/workload-create@7:17-7:27']);
  });
  it('ignores read-only rules, other groups, subresources and "*" resources (rbac/wildcard reports those)', () => {
    expect(run(role(rule('["apps"]', '["deployments"]', '["get", "list", "watch"]')))).toEqual([]);
    expect(run(role(rule('["apps"]', '["pods"]', '["create"]')))).toEqual([]);
    expect(run(role(rule('[""]', '["deployments"]', '["create"]')))).toEqual([]);
    expect(run(role(rule('["apps"]', '["deployments/scale"]', '["update"]')))).toEqual([]);
    expect(run(role(rule('["*"]', '["*"]', '["*"]')))).toEqual([]);
  });
});

describe('rbac/nodes-proxy', () => {
  const run = (t: string) => runRules([rbacNodesProxy], t);
  it('points at nodes/proxy and */proxy for any verb', () => {
    const f = run(role(rule('[""]', '["nodes", "nodes/proxy"]', '["get"]'), 'ClusterRole'));
    expect(f.map(at)).toEqual(['rbac/nodes-proxy@7:26-7:39']);
    expect(f[0]!.message).toBe('rules[0] 규칙이 nodes/proxy에 "get" 동작을 허용합니다. kubelet API로 노드의 모든 Pod에서 명령을 실행할 수 있습니다.');
    expect(f[0]!.severity).toBe('error');
    expect(run(role(rule('["*"]', '["*/proxy"]', '["create", "get"]'), 'ClusterRole')).map(at)).toEqual(['rbac/nodes-proxy@7:17-7:26']);
  });
  it('accepts metrics and stats, other groups and rules without verbs', () => {
    expect(run(role(rule('[""]', '["nodes/metrics", "nodes/stats"]', '["get"]'), 'ClusterRole'))).toEqual([]);
    expect(run(role(rule('["metrics.k8s.io"]', '["nodes/proxy"]', '["get"]'), 'ClusterRole'))).toEqual([]);
    expect(run(role(rule('[""]', '["nodes/proxy"]', '[]'), 'ClusterRole'))).toEqual([]);
  });
});

describe('rbac/builtin-role-binding', () => {
  const run = (t: string) => runRules([rbacBuiltinRoleBinding], t);
  it('points at admin and edit, in RoleBindings and ClusterRoleBindings', () => {
    const f = run(binding('ClusterRole', 'edit', 'RoleBinding'));
    expect(f.map(at)).toEqual(['rbac/builtin-role-binding@13:9-13:13']);
    expect(f[0]!.message).toBe(
      'RoleBinding이(가) 기본 ClusterRole edit을(를) 줍니다: Secret 읽기와 pods/exec을 포함한 대부분의 쓰기 권한. 필요한 권한만 담은 Role을 바인딩하세요.',
    );
    expect(run(binding('ClusterRole', 'admin')).map(at)).toEqual(['rbac/builtin-role-binding@12:9-12:14']);
  });
  it('accepts view, own roles and a Role named edit', () => {
    expect(run(binding('ClusterRole', 'view', 'RoleBinding'))).toEqual([]);
    expect(run(binding('ClusterRole', 'app-developer'))).toEqual([]);
    expect(run(binding('Role', 'edit', 'RoleBinding'))).toEqual([]);
  });
});

describe('rbac/aggregate-to-builtin', () => {
  const run = (t: string) => runRules([rbacAggregateToBuiltin], t);
  const cr = (labels: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: x\n  labels:\n${labels}rules: []\n`;
  it('points at each aggregate-to label set to "true"', () => {
    const f = run(cr('    rbac.authorization.k8s.io/aggregate-to-view: "true"\n    rbac.authorization.k8s.io/aggregate-to-admin: "true"\n'));
    expect(f.map(at)).toEqual(['rbac/aggregate-to-builtin@6:5-6:48', 'rbac/aggregate-to-builtin@7:5-7:49']);
    expect(f[0]!.message).toBe(
      '라벨 rbac.authorization.k8s.io/aggregate-to-view 때문에 이 ClusterRole의 규칙이 기본 역할 view에 합쳐져, view을(를) 받은 모든 사용자가 얻습니다.',
    );
  });
  it('ignores "false", other labels and Roles', () => {
    expect(run(cr('    rbac.authorization.k8s.io/aggregate-to-edit: "false"\n    team: a\n'))).toEqual([]);
  });
});
