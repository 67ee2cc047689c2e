import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { role } from '../_shared/rbac-examples';
import { rbacPodsExec } from './pods-exec';

/** role() puts rules from line 6 on (Role) and line 5 on (ClusterRole). */
const rule = (groups: string, resources: string, verbs: string) => `  - apiGroups: ${groups}\n    resources: ${resources}\n    verbs: ${verbs}\n`;

const DEVELOPER = role(rule('["apps"]', '["deployments"]', '["get", "list", "create", "update", "patch"]') + rule('[""]', '["pods"]', '["get", "list"]'));

describe('rbac/pods-exec', () => {
  const run = (t: string) => runRules([rbacPodsExec], t);
  it('accepts pods and logs access', () => {
    expect(run(DEVELOPER)).toEqual([]);
    expect(run(role(rule('[""]', '["pods/log"]', '["get"]')))).toEqual([]);
  });
  it('points at create/get on pods/exec and pods/attach', () => {
    const f = run(role(rule('[""]', '["pods/exec", "pods/attach"]', '["create", "get", "list"]')));
    expect(f.map(at)).toEqual(['rbac/pods-exec@9:13-9:21', 'rbac/pods-exec@9:23-9:28']);
    expect(f[0]!.message).toBe('rules[0] 규칙이 pods/exec, pods/attach에 "create" 동작을 허용해 실행 중인 컨테이너에서 셸을 얻을 수 있습니다.');
  });
  it('covers pods/*', () => {
    expect(run(role(rule('[""]', '["pods/*"]', '["create"]'))).map(at)).toEqual(['rbac/pods-exec@9:13-9:21']);
  });
});
