import {
  aggregatedIntoBuiltins,
  canI,
  extraPermissions,
  otherSubjects,
  rbacPolicy,
  userInfo,
  type AllowedPermission,
  type RbacPolicy,
  type RbacSource,
  type ResourceRequest,
} from '@w7/grader';
import { fail, noFindings, ok } from '../checks';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';

const STARTER = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: developer
  namespace: production
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: developer-binding
  namespace: production
subjects:
  - kind: User
    name: developer-user
    apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: Role
  name: developer
  apiGroup: rbac.authorization.k8s.io
`;

const FILE = 'rbac.yaml';
const NS = 'production';
const DEVELOPER = userInfo('developer-user', ['developers']);
const SECTION = 'kubernetes-security#rbac-최소-권한';

type Ask = ResourceRequest & { label: string };
const ask = (label: string, verb: string, apiGroup: string, resource: string, extra: Partial<ResourceRequest> = {}): Ask => ({
  label,
  verb,
  apiGroup,
  resource,
  namespace: NS,
  ...extra,
});

/** Exactly what developer-user may do: nothing less (MUST), nothing more (extras are listed). */
export const ALLOWED: readonly AllowedPermission[] = [
  { namespace: NS, apiGroup: 'apps', resource: 'deployments', verbs: ['get', 'list', 'create', 'update', 'patch'] },
  { namespace: NS, apiGroup: '', resource: 'pods', verbs: ['get', 'list'] },
  { namespace: NS, apiGroup: '', resource: 'pods/log', verbs: ['get'] },
];

const MUST: Record<'deploy' | 'read', Ask[]> = {
  deploy: ['get', 'list', 'create', 'update', 'patch'].map((v) => ask(`${v} deployments`, v, 'apps', 'deployments')),
  read: [ask('get pods', 'get', '', 'pods'), ask('list pods', 'list', '', 'pods'), ask('get pods/log', 'get', '', 'pods', { subresource: 'log' })],
};

const READ_VERBS = new Set(['get', 'list', 'watch', '*']);
const MAX_LISTED = 6;

function policyOf(ctx: LabContext): RbacPolicy | ObjectiveResult {
  const bad = noFindings(ctx, FILE, ['schema/required', 'schema/type', 'schema/unknown-field'], '');
  return bad.pass ? rbacPolicy(ctx.objects(FILE)) : bad;
}

function withPolicy(check: (policy: RbacPolicy) => ObjectiveResult): (ctx: LabContext) => ObjectiveResult {
  return (ctx) => {
    const policy = policyOf(ctx);
    return 'roles' in policy ? check(policy) : policy;
  };
}

function expectAllowed(policy: RbacPolicy, asks: Ask[], passReason: string): ObjectiveResult {
  const denied = asks.find((a) => !canI(policy, DEVELOPER, a).allowed);
  return denied ? fail(`developer-user가 ${NS}에서 ${denied.label}을(를) 할 수 없습니다 (kubectl auth can-i ${denied.verb} ... → no).`, FILE) : ok(passReason);
}

/** "a, b, c 외 N개" */
function listed(labels: readonly string[]): string {
  const shown = labels.slice(0, MAX_LISTED).join(', ');
  return labels.length > MAX_LISTED ? `${shown} 외 ${labels.length - MAX_LISTED}개` : shown;
}

function failAt(reason: string, source: RbacSource | undefined): ObjectiveResult {
  return fail(reason, FILE, source ? source.obj.range(source.path) : undefined);
}

export const lab: LabMeta = {
  id: 'rbac-least-privilege',
  title: 'RBAC: 개발자를 위한 최소 권한 Role',
  summary:
    'developer-user에게 production의 모든 권한(*)이 주어져 있습니다. Deployment 배포와 Pod·로그 조회만 할 수 있고 그 밖에는 아무것도 할 수 없는 Role과 RoleBinding으로 줄이세요. 채점기는 developer-user가 받는 권한 전체를 계산해 허용 목록과 비교합니다.',
  files: [{ name: FILE, language: 'yaml', starter: STARTER }],
  objectives: [
    {
      id: 'can-deploy',
      title: 'production에서 Deployment를 조회, 생성, 수정할 수 있다',
      section: SECTION,
      check: withPolicy((p) => expectAllowed(p, MUST.deploy, 'Deployment를 get/list/create/update/patch할 수 있습니다.')),
    },
    {
      id: 'can-read-pods',
      title: 'Pod와 로그를 볼 수 있다',
      section: SECTION,
      check: withPolicy((p) => expectAllowed(p, MUST.read, 'Pod를 get/list하고 로그(pods/log)를 볼 수 있습니다.')),
    },
    {
      id: 'no-secrets',
      title: 'Secret을 읽을 수 없다',
      rules: ['rbac/secrets-read', 'rbac/wildcard', 'rbac/builtin-role-binding'],
      section: SECTION,
      check: withPolicy((p) => {
        const reads = extraPermissions(p, DEVELOPER, ALLOWED).filter(
          (e) => READ_VERBS.has(e.verb) && (e.apiGroup === '' || e.apiGroup === '*') && (e.resource === 'secrets' || e.resource === '*'),
        );
        if (reads.length === 0) return ok('Secret을 get/list/watch할 수 없습니다.');
        return failAt(
          `developer-user가 Secret을 읽을 수 있습니다: ${listed(reads.map((e) => e.label))}. 이름을 지정한 읽기나 와일드카드도 Secret 내용을 보여 줍니다.`,
          reads[0]!.source,
        );
      }),
    },
    {
      id: 'least-privilege',
      title: '허용한 권한 말고는 아무것도 없다 (exec, RBAC 수정, 다른 Namespace 포함)',
      rules: ['rbac/pods-exec', 'rbac/escalate-bind-impersonate', 'rbac/wildcard', 'rbac/builtin-role-binding'],
      section: SECTION,
      check: withPolicy((p) => {
        const extras = extraPermissions(p, DEVELOPER, ALLOWED);
        if (extras.length === 0) return ok('developer-user의 권한이 과제가 허용한 목록과 정확히 같습니다.');
        return failAt(`developer-user가 과제에 없는 권한 ${extras.length}개를 더 가집니다: ${listed(extras.map((e) => e.label))}.`, extras[0]!.source);
      }),
    },
    {
      id: 'only-developer',
      title: '권한은 developer-user에게만 주어진다',
      rules: ['rbac/cluster-admin-binding', 'rbac/aggregate-to-builtin'],
      section: SECTION,
      check: withPolicy((p) => {
        const others = [...otherSubjects(p, (s) => s.kind === 'User' && s.name === 'developer-user'), ...aggregatedIntoBuiltins(p)];
        if (others.length === 0) return ok('이 파일의 권한은 User developer-user만 받습니다.');
        return failAt(
          `developer-user 말고도 권한을 받는 대상이 있습니다: ${listed(others.map((o) => o.label))}. Group이나 ServiceAccount에 주면 그 구성원 모두가 받습니다.`,
          others[0]!.source,
        );
      }),
    },
  ],
  hints: [
    'RBAC에는 거부 규칙이 없습니다. "*"를 지우고 필요한 apiGroups/resources/verbs만 나열하세요.',
    'Deployment는 apps group, Pod와 로그(pods/log)는 core group("")입니다. 로그는 pods/log 리소스의 get입니다.',
    'rules를 {apiGroups: ["apps"], resources: ["deployments"], verbs: ["get","list","create","update","patch"]}와 {apiGroups: [""], resources: ["pods","pods/log"], verbs: ["get","list"]} 두 개로 바꾸세요.',
  ],
};
