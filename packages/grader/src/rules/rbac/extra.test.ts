import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { role } from '../_shared/rbac-examples';
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
    expect(f[0]!.messageEn).toBe('rules[0] allows "create", "update", "patch" on deployments: Pods can run as any ServiceAccount of the namespace and mount its Secrets.');
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
