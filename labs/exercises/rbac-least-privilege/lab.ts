import { canI, rbacPolicy, userInfo, type RbacPolicy, type ResourceRequest, type UserInfo } from '@w7/grader';
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
const ask = (label: string, verb: string, apiGroup: string, resource: string, extra: Partial<ResourceRequest> = {}): Ask => ({ label, verb, apiGroup, resource, namespace: NS, ...extra });

const MUST: Record<'deploy' | 'read', Ask[]> = {
  deploy: ['get', 'list', 'create', 'update', 'patch'].map((v) => ask(`${v} deployments`, v, 'apps', 'deployments')),
  read: [ask('get pods', 'get', '', 'pods'), ask('list pods', 'list', '', 'pods'), ask('get pods/log', 'get', '', 'pods', { subresource: 'log' })],
};
const SECRETS: Ask[] = [
  ask('get secrets', 'get', '', 'secrets'),
  ask('list secrets', 'list', '', 'secrets'),
  ask('watch secrets', 'watch', '', 'secrets'),
  ask('get secrets/db-secret', 'get', '', 'secrets', { name: 'db-secret' }),
];
const TOO_MUCH: Ask[] = [
  ask('create pods/exec', 'create', '', 'pods', { subresource: 'exec' }),
  ask('create pods/attach', 'create', '', 'pods', { subresource: 'attach' }),
  ask('create roles', 'create', 'rbac.authorization.k8s.io', 'roles'),
  ask('create rolebindings', 'create', 'rbac.authorization.k8s.io', 'rolebindings'),
  ask('bind clusterroles', 'bind', 'rbac.authorization.k8s.io', 'clusterroles', { namespace: '' }),
  ask('escalate roles', 'escalate', 'rbac.authorization.k8s.io', 'roles'),
  ask('impersonate users', 'impersonate', '', 'users', { namespace: '' }),
  ask('create serviceaccounts/token', 'create', '', 'serviceaccounts', { subresource: 'token' }),
  ask('patch namespaces', 'patch', '', 'namespaces', { name: NS, namespace: '' }),
  ask('delete namespaces', 'delete', '', 'namespaces', { name: NS, namespace: '' }),
  ask('list nodes', 'list', '', 'nodes', { namespace: '' }),
  ask('create deployments -n kube-system', 'create', 'apps', 'deployments', { namespace: 'kube-system' }),
  ask('list pods -A', 'list', '', 'pods', { namespace: '' }),
];

function policyOf(ctx: LabContext): RbacPolicy | ObjectiveResult {
  const bad = noFindings(ctx, FILE, ['schema/required', 'schema/type', 'schema/unknown-field'], '');
  return bad.pass ? rbacPolicy(ctx.objects(FILE)) : bad;
}

function expectAllowed(ctx: LabContext, asks: Ask[], passReason: string): ObjectiveResult {
  const policy = policyOf(ctx);
  if (!('roles' in policy)) return policy;
  const denied = asks.find((a) => !canI(policy, DEVELOPER, a).allowed);
  return denied ? fail(`developer-user가 ${NS}에서 ${denied.label}을(를) 할 수 없습니다 (kubectl auth can-i ${denied.verb} ... → no).`, FILE) : ok(passReason);
}

function expectDenied(ctx: LabContext, who: UserInfo, asks: Ask[], passReason: string): ObjectiveResult {
  const policy = policyOf(ctx);
  if (!('roles' in policy)) return policy;
  for (const a of asks) {
    const d = canI(policy, who, a);
    if (d.allowed) {
      const src = d.grant?.rule.source;
      return fail(`${who.name}이(가) ${a.namespace ? `${a.namespace}에서 ` : ''}${a.label}을(를) 할 수 있습니다. 이 권한은 필요하지 않습니다.`, FILE, src?.obj.range(src.path));
    }
  }
  return ok(passReason);
}

export const lab: LabMeta = {
  id: 'rbac-least-privilege',
  title: 'RBAC: 개발자를 위한 최소 권한 Role',
  summary:
    'developer-user에게 production의 모든 권한(*)이 주어져 있습니다. Deployment 배포와 Pod·로그 조회만 할 수 있고, Secret은 읽을 수 없는 Role과 RoleBinding으로 줄이세요. kubectl auth can-i로 확인하듯 채점합니다.',
  files: [{ name: FILE, language: 'yaml', starter: STARTER }],
  objectives: [
    {
      id: 'can-deploy',
      title: 'production에서 Deployment를 조회, 생성, 수정할 수 있다',
      section: SECTION,
      check: (ctx) => expectAllowed(ctx, MUST.deploy, 'Deployment를 get/list/create/update/patch할 수 있습니다.'),
    },
    {
      id: 'can-read-pods',
      title: 'Pod와 로그를 볼 수 있다',
      section: SECTION,
      check: (ctx) => expectAllowed(ctx, MUST.read, 'Pod를 get/list하고 로그(pods/log)를 볼 수 있습니다.'),
    },
    {
      id: 'no-secrets',
      title: 'Secret을 읽을 수 없다',
      rules: ['rbac/secrets-read', 'rbac/wildcard'],
      section: SECTION,
      check: (ctx) => expectDenied(ctx, DEVELOPER, SECRETS, 'Secret을 get/list/watch할 수 없습니다.'),
    },
    {
      id: 'least-privilege',
      title: 'exec, RBAC 수정, Namespace 변경, 다른 Namespace 권한이 없다',
      rules: ['rbac/pods-exec', 'rbac/escalate-bind-impersonate', 'rbac/wildcard'],
      section: SECTION,
      check: (ctx) => expectDenied(ctx, DEVELOPER, TOO_MUCH, '배포와 조회 외의 위험한 권한이 없습니다.'),
    },
    {
      id: 'only-developer',
      title: '권한은 developer-user에게만 주어진다',
      section: SECTION,
      check: (ctx) =>
        expectDenied(ctx, userInfo('someone-else'), [...MUST.deploy, ...MUST.read], '다른 인증된 사용자는 이 권한을 받지 않습니다.'),
    },
  ],
  hints: [
    'RBAC에는 거부 규칙이 없습니다. "*"를 지우고 필요한 apiGroups/resources/verbs만 나열하세요.',
    'Deployment는 apps group, Pod와 로그(pods/log)는 core group("")입니다. 로그는 pods/log 리소스의 get입니다.',
    'rules를 {apiGroups: ["apps"], resources: ["deployments"], verbs: ["get","list","create","update","patch"]}와 {apiGroups: [""], resources: ["pods","pods/log"], verbs: ["get","list"]} 두 개로 바꾸세요.',
  ],
};
