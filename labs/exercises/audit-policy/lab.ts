import { auditPolicy, isAuditPolicy, levelFor, type AuditLevel, type AuditPolicy, type AuditRequest } from '@w7/grader';
import { fail, noFindings, ok } from '../checks';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';

const STARTER = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata
    namespaces: ["production"]
    resources:
      - group: ""
        resources: ["secrets", "configmaps"]
  - level: RequestResponse
    users: ["system:serviceaccount:*:*"]
    resources:
      - group: ""
        resources: ["pods", "deployments"]
`;

const FILE = 'audit-policy.yaml';
const SECTION = 'kubernetes-security#감사-로깅-audit';

const ALICE = { user: 'alice', groups: ['developers', 'system:authenticated'] };
const SA = { user: 'system:serviceaccount:ci:deployer', groups: ['system:serviceaccounts', 'system:serviceaccounts:ci', 'system:authenticated'] };
type Ask = AuditRequest & { label: string };
const ask = (who: typeof ALICE, verb: string, apiGroup: string, resource: string, namespace: string, extra: Partial<AuditRequest> = {}): Ask => ({
  ...who,
  verb,
  apiGroup,
  resource,
  namespace,
  ...extra,
  label: `${who.user}: ${verb} ${apiGroup ? `${resource}.${apiGroup}` : resource}${namespace ? ` -n ${namespace}` : ''}`,
});

export const SECRET_REQUESTS: readonly Ask[] = [
  ask(ALICE, 'get', '', 'secrets', 'production', { name: 'db-secret' }),
  ask(ALICE, 'list', '', 'secrets', 'kube-system'),
  ask(SA, 'create', '', 'secrets', 'default'),
  ask(SA, 'update', '', 'secrets', 'production', { name: 'db-secret' }),
  ask(ALICE, 'watch', '', 'secrets', ''),
];
export const OTHER_REQUESTS: readonly Ask[] = [
  ask(ALICE, 'list', '', 'nodes', ''),
  ask(ALICE, 'delete', '', 'namespaces', '', { name: 'production' }),
  ask(ALICE, 'create', 'rbac.authorization.k8s.io', 'rolebindings', 'production'),
  ask(ALICE, 'get', '', 'pods', 'production', { name: 'api' }),
  ask(SA, 'patch', 'networking.k8s.io', 'networkpolicies', 'production'),
];
export const WORKLOAD_WRITES: readonly Ask[] = [
  ask(SA, 'create', '', 'pods', 'production'),
  ask(SA, 'delete', '', 'pods', 'production', { name: 'api' }),
  ask(SA, 'create', 'apps', 'deployments', 'production'),
  ask(SA, 'patch', 'apps', 'deployments', 'staging', { name: 'app' }),
  ask(SA, 'update', 'apps', 'daemonsets', 'kube-system', { name: 'agent' }),
];

function policyOf(ctx: LabContext): AuditPolicy | ObjectiveResult {
  const bad = noFindings(ctx, FILE, ['schema/required', 'schema/type', 'schema/unknown-field'], '');
  if (!bad.pass) return bad;
  const obj = ctx.objects(FILE).find(isAuditPolicy);
  return obj ? auditPolicy(obj) : fail(`${FILE}에 audit.k8s.io/v1 Policy가 없습니다.`, FILE);
}

function expectLevels(asks: readonly Ask[], ok_: (l: AuditLevel) => boolean, explain: (a: Ask, l: AuditLevel) => string, passReason: string) {
  return (ctx: LabContext): ObjectiveResult => {
    const policy = policyOf(ctx);
    if (!('rules' in policy)) return policy;
    for (const a of asks) {
      const d = levelFor(policy, a);
      if (ok_(d.level)) continue;
      const rule = policy.rules.find((r) => r.index === d.ruleIndex);
      const where = rule ? `${d.ruleIndex + 1}번째 규칙` : '맞는 규칙이 없어 기본값';
      return fail(`${a.label} → ${d.level} (${where}). ${explain(a, d.level)}`, FILE, rule && policy.obj ? policy.obj.range(rule.path) : undefined);
    }
    return ok(passReason);
  };
}

export const lab: LabMeta = {
  id: 'audit-policy',
  title: 'Audit policy: Secret은 Metadata로, 나머지도 빠짐없이',
  summary:
    '원래 노트의 audit policy는 production 밖의 Secret과 나머지 요청을 기록하지 않고, 존재하지 않는 wildcard 사용자와 잘못된 API group 때문에 워크로드 변경도 놓칩니다. 처음 맞는 규칙만 적용된다는 점을 이용해 고치세요.',
  files: [{ name: FILE, language: 'yaml', starter: STARTER }],
  objectives: [
    {
      id: 'secrets-metadata',
      title: '모든 Namespace의 Secret 요청이 Metadata로만 기록된다',
      rules: ['audit/payload-leak'],
      section: SECTION,
      check: expectLevels(
        SECRET_REQUESTS,
        (l) => l === 'Metadata',
        (_, l) => (l === 'None' ? 'Secret 접근이 기록되지 않습니다.' : 'Secret 내용이 audit 로그에 남습니다.'),
        'Secret 요청은 어디서든 Metadata로 기록되고 내용은 남지 않습니다.',
      ),
    },
    {
      id: 'catch-all',
      title: '다른 모든 요청도 기록된다 (catch-all)',
      rules: ['audit/no-catch-all'],
      section: SECTION,
      check: expectLevels(OTHER_REQUESTS, (l) => l !== 'None', () => '맨 끝에 level: Metadata catch-all 규칙을 두세요.', '어떤 요청도 기록에서 빠지지 않습니다.'),
    },
    {
      id: 'workload-writes',
      title: 'ServiceAccount의 Pod·Deployment 변경은 RequestResponse로 기록된다',
      rules: ['audit/user-wildcard', 'audit/wrong-group'],
      section: SECTION,
      check: expectLevels(
        WORKLOAD_WRITES,
        (l) => l === 'RequestResponse',
        (a) => (a.apiGroup === 'apps' ? 'deployments와 daemonsets는 apps group입니다. ServiceAccount는 userGroups: ["system:serviceaccounts"]로 고릅니다.' : 'ServiceAccount는 users wildcard가 아니라 userGroups: ["system:serviceaccounts"]로 고릅니다.'),
        '모든 ServiceAccount의 워크로드 변경이 본문까지 기록됩니다.',
      ),
    },
  ],
  hints: [
    '처음 맞는 규칙 하나만 적용되고, 아무 규칙에도 맞지 않으면 None(기록 안 함)입니다.',
    'users는 정확한 이름만 비교합니다. 모든 ServiceAccount는 userGroups: ["system:serviceaccounts"]입니다. deployments는 group "apps"입니다.',
    '규칙 순서: (1) namespaces 없이 secrets를 Metadata로, (2) userGroups system:serviceaccounts의 create/update/patch/delete를 pods("")와 deployments, daemonsets, statefulsets("apps")에 RequestResponse로, (3) 마지막에 - level: Metadata.',
  ],
};
