import { auditPolicy, effectiveLevel, type AuditLevel, type AuditPolicy, type AuditRequest } from '@w7/grader';
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

type Who = { user: string; groups: string[] };
const sa = (ns: string, name: string): Who => ({
  user: `system:serviceaccount:${ns}:${name}`,
  groups: ['system:serviceaccounts', `system:serviceaccounts:${ns}`, 'system:authenticated'],
});

/** People and service accounts the generated requests come from. */
export const USERS: readonly Who[] = [
  { user: 'alice', groups: ['developers', 'system:authenticated'] },
  { user: 'bob', groups: ['system:masters', 'system:authenticated'] },
  { user: 'system:anonymous', groups: ['system:unauthenticated'] },
  { user: 'system:node:node-1', groups: ['system:nodes', 'system:authenticated'] },
  { user: 'system:kube-controller-manager', groups: ['system:authenticated'] },
  sa('ci', 'deployer'),
  sa('kube-system', 'replicaset-controller'),
  sa('production', 'app'),
  sa('default', 'default'),
];

interface Res {
  group: string;
  resource: string;
  sub?: string;
  cluster?: boolean;
}

/** Resources the requests touch: the task's, their subresources and neighbours, cluster-scoped ones and a CRD. */
export const RESOURCES: readonly Res[] = [
  { group: '', resource: 'secrets' },
  { group: '', resource: 'configmaps' },
  { group: '', resource: 'pods' },
  { group: '', resource: 'pods', sub: 'exec' },
  { group: '', resource: 'pods', sub: 'log' },
  { group: '', resource: 'pods', sub: 'status' },
  { group: '', resource: 'services' },
  { group: '', resource: 'serviceaccounts' },
  { group: '', resource: 'serviceaccounts', sub: 'token' },
  { group: '', resource: 'events' },
  { group: '', resource: 'namespaces', cluster: true },
  { group: '', resource: 'nodes', cluster: true },
  { group: 'apps', resource: 'deployments' },
  { group: 'apps', resource: 'deployments', sub: 'scale' },
  { group: 'apps', resource: 'daemonsets' },
  { group: 'apps', resource: 'statefulsets' },
  { group: 'apps', resource: 'replicasets' },
  { group: 'rbac.authorization.k8s.io', resource: 'roles' },
  { group: 'rbac.authorization.k8s.io', resource: 'clusterrolebindings', cluster: true },
  { group: 'networking.k8s.io', resource: 'networkpolicies' },
  { group: 'coordination.k8s.io', resource: 'leases' },
  { group: 'authentication.k8s.io', resource: 'tokenreviews', cluster: true },
  { group: 'example.com', resource: 'widgets' },
];

const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'] as const;
const NAMESPACES = ['production', 'kube-system', 'default', 'staging'] as const;
const NAMED = new Set(['get', 'update', 'patch', 'delete']);
const WRITES = new Set(['create', 'update', 'patch', 'delete']);

export type Ask = AuditRequest & { label: string };

function label(r: AuditRequest): string {
  if (r.path) return `${r.user}: ${r.verb} ${r.path}`;
  const res = `${r.resource}${r.apiGroup ? `.${r.apiGroup}` : ''}${r.subresource ? `/${r.subresource}` : ''}`;
  return `${r.user}: ${r.verb} ${res}${r.name ? ` ${r.name}` : ''}${r.namespace ? ` -n ${r.namespace}` : r.resource && !['namespaces', 'nodes', 'clusterrolebindings', 'tokenreviews'].includes(r.resource) ? ' -A' : ''}`;
}

/** Every combination: users x resources x verbs x namespaces (and all namespaces), plus non-resource URLs. */
export function generateRequests(): Ask[] {
  const out: Ask[] = [];
  for (const who of USERS) {
    for (const res of RESOURCES) {
      for (const verb of VERBS) {
        const scopes = res.cluster ? [''] : [...NAMESPACES, ...(verb === 'list' || verb === 'watch' ? [''] : [])];
        for (const namespace of scopes) {
          const req: AuditRequest = {
            user: who.user,
            groups: who.groups,
            verb,
            apiGroup: res.group,
            resource: res.resource,
            namespace,
            ...(res.sub ? { subresource: res.sub } : {}),
            ...(NAMED.has(verb) ? { name: res.cluster && res.resource === 'namespaces' ? 'production' : 'x1' } : {}),
          };
          out.push({ ...req, label: label(req) });
        }
      }
    }
    for (const path of ['/healthz', '/readyz', '/livez/ping', '/metrics', '/version', '/api', '/openapi/v3']) {
      const req: AuditRequest = { user: who.user, groups: who.groups, verb: 'get', path };
      out.push({ ...req, label: label(req) });
    }
  }
  return out;
}

const REQUESTS = generateRequests();

type Area = 'secrets' | 'workloads' | 'rest';

const isSecret = (r: AuditRequest) => r.path === undefined && r.apiGroup === '' && r.resource === 'secrets';
const isServiceAccount = (r: AuditRequest) => (r.groups ?? []).includes('system:serviceaccounts');
const WORKLOAD = new Set(['/pods', 'apps/deployments', 'apps/daemonsets']);
/** A ServiceAccount changing a Pod, Deployment or DaemonSet (the objects themselves, not subresources). */
const isWorkloadWrite = (r: AuditRequest) =>
  r.path === undefined && !r.subresource && isServiceAccount(r) && WRITES.has(r.verb) && WORKLOAD.has(`${r.apiGroup}/${r.resource}`);
/** Health checks may be left out of the log. */
const isHealthCheck = (r: AuditRequest) => r.path !== undefined && /^\/(?:healthz|readyz|livez)(?:\/|$)/.test(r.path);

/** The levels the task asks for: exactly Metadata for Secrets, RequestResponse for workload writes, anything but None elsewhere. */
function wanted(r: AuditRequest): { area: Area; ok: (l: AuditLevel) => boolean } | null {
  if (isSecret(r)) return { area: 'secrets', ok: (l) => l === 'Metadata' };
  if (isWorkloadWrite(r)) return { area: 'workloads', ok: (l) => l === 'RequestResponse' };
  if (isHealthCheck(r)) return null;
  return { area: 'rest', ok: (l) => l !== 'None' };
}

const MAX_LISTED = 4;

function policyOf(ctx: LabContext): AuditPolicy | ObjectiveResult {
  const bad = noFindings(ctx, FILE, ['schema/required', 'schema/type', 'schema/unknown-field', 'schema/api-validation'], '');
  if (!bad.pass) return bad;
  const policies = ctx.objects(FILE).filter((o) => o.kind === 'Policy' && (o.apiVersion ?? '').startsWith('audit.k8s.io/'));
  if (policies.length === 0) return fail(`${FILE}에 audit.k8s.io/v1 Policy가 없습니다.`, FILE);
  if (policies.length > 1)
    return fail(
      `${FILE}에 Policy가 ${policies.length}개 있습니다. kube-apiserver의 --audit-policy-file은 Policy 하나를 읽습니다.`,
      FILE,
      policies[1]!.docRange,
    );
  const p = policies[0]!;
  if (p.apiVersion !== 'audit.k8s.io/v1') return fail(`apiVersion ${p.apiVersion}: audit.k8s.io/v1만 읽힙니다.`, FILE, p.range(['apiVersion']));
  return auditPolicy(p);
}

function judge(area: Area, explain: (a: Ask, l: AuditLevel) => string, passReason: string) {
  const stagesNote = 'omitStages에서 ResponseComplete(와 ResponseStarted)를 빼면 본문이 기록되지 않고, 모든 단계를 빼면 아무것도 남지 않습니다.';
  return (ctx: LabContext): ObjectiveResult => {
    const policy = policyOf(ctx);
    if (!('rules' in policy)) return policy;
    const wrong: { a: Ask; level: AuditLevel; text: string; ruleIndex: number; lowered: boolean }[] = [];
    for (const a of REQUESTS) {
      const w = wanted(a);
      if (!w || w.area !== area) continue;
      const e = effectiveLevel(policy, a);
      if (w.ok(e.level)) continue;
      const where =
        e.decision.ruleIndex >= 0
          ? `${e.decision.ruleIndex + 1}번째 규칙${e.loweredByStages ? `, omitStages로 ${e.decision.level}에서 낮아짐` : ''}`
          : '맞는 규칙 없음';
      wrong.push({ a, level: e.level, text: `${a.label} → ${e.level} (${where})`, ruleIndex: e.decision.ruleIndex, lowered: e.loweredByStages });
    }
    if (wrong.length === 0) return ok(passReason);
    const first = wrong[0]!;
    const rule = policy.rules.find((r) => r.index === first.ruleIndex);
    const shown = wrong
      .slice(0, MAX_LISTED)
      .map((w) => w.text)
      .join(', ');
    return fail(
      `${wrong.length}개 요청의 기록 수준이 맞지 않습니다: ${shown}${wrong.length > MAX_LISTED ? ` 외 ${wrong.length - MAX_LISTED}개` : ''}. ${first.lowered ? stagesNote : explain(first.a, first.level)}`,
      FILE,
      rule && policy.obj ? policy.obj.range(rule.path) : undefined,
    );
  };
}

export const lab: LabMeta = {
  id: 'audit-policy',
  title: 'Audit policy: Secret은 Metadata로, 나머지도 빠짐없이',
  summary:
    '원본 노트의 audit policy는 production 밖의 Secret과 나머지 요청을 기록하지 않고, 존재하지 않는 와일드카드 사용자와 잘못된 API group 때문에 워크로드 변경도 놓칩니다. 처음 맞는 규칙만 적용된다는 점을 이용해 고치세요.',
  files: [{ name: FILE, language: 'yaml', starter: STARTER }],
  objectives: [
    {
      id: 'secrets-metadata',
      title: '모든 Namespace의 Secret 요청이 Metadata로만 기록된다',
      rules: ['audit/payload-leak', 'audit/omitted-stages'],
      section: SECTION,
      check: judge(
        'secrets',
        (_, l) => (l === 'None' ? 'Secret 접근이 기록되지 않습니다.' : 'Secret 내용이 audit 로그에 남습니다.'),
        '누가, 어느 Namespace에서, 어떤 동사로 하든 Secret 요청은 Metadata로 기록되고 내용은 남지 않습니다.',
      ),
    },
    {
      id: 'catch-all',
      title: '다른 모든 요청도 기록된다 (catch-all)',
      rules: ['audit/no-catch-all', 'audit/omitted-stages'],
      section: SECTION,
      check: judge(
        'rest',
        () => '맨 끝에 level: Metadata catch-all 규칙을 두세요. health check(/healthz, /readyz, /livez) 말고는 빼면 안 됩니다.',
        '어떤 요청도 기록에서 빠지지 않습니다.',
      ),
    },
    {
      id: 'workload-writes',
      title: 'ServiceAccount의 Pod·Deployment·DaemonSet 변경은 RequestResponse로 기록된다',
      rules: ['audit/user-wildcard', 'audit/wrong-group', 'audit/omitted-stages'],
      section: SECTION,
      check: judge(
        'workloads',
        (a) =>
          a.apiGroup === 'apps'
            ? 'deployments와 daemonsets는 apps group입니다. 모든 ServiceAccount는 userGroups: ["system:serviceaccounts"]로 고릅니다.'
            : '모든 ServiceAccount는 users 와일드카드나 한 Namespace의 그룹이 아니라 userGroups: ["system:serviceaccounts"]로 고릅니다.',
        '모든 Namespace의 모든 ServiceAccount가 한 워크로드 변경이 본문까지 기록됩니다.',
      ),
    },
  ],
  hints: [
    '처음 맞는 규칙 하나만 적용되고, 아무 규칙에도 맞지 않으면 None(기록 안 함)입니다.',
    'users는 정확한 이름만 비교합니다. 모든 ServiceAccount는 userGroups: ["system:serviceaccounts"]입니다. deployments는 group "apps"입니다.',
    '규칙 순서: (1) namespaces 없이 secrets를 Metadata로, (2) userGroups system:serviceaccounts의 create/update/patch/delete를 pods("")와 deployments, daemonsets, statefulsets("apps")에 RequestResponse로, (3) 마지막에 - level: Metadata.',
  ],
};
