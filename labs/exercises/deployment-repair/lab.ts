import { asRecord, selectorMatches } from '@w7/grader';
import { API_REJECTS, fail, findApp, get, isApp, linuxPod, noFindings, ok, pssVerdict, startsPods, workloadsOf } from '../checks';
import type { Range } from '@w7/grader';
import type { LabMeta } from '../types';

const STARTER = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: production
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
      containers:
        - name: app
          image: myapp:1.0.0
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
            readOnlyRootFilesystem: true
`;

const FILE = 'deployment.yaml';
/** Everything the API server refuses except a selector that misses the template (its own objective). */
const VALIDATION = ['schema/required', 'schema/type', 'schema/unknown-field', 'schema/api-deprecated', 'schema/api-validation'];

/** The first error finding inside `range` (a Pod 템플릿), if any. */
function rejectedWithin<T extends Range & { severity: string }>(findings: readonly T[], range: Range): T | undefined {
  const before = (a: { line: number; column: number }, b: { line: number; column: number }) => a.line < b.line || (a.line === b.line && a.column <= b.column);
  return findings.find(
    (f) => f.severity === 'error' && before(range, f) && before({ line: f.endLine, column: f.endColumn }, { line: range.endLine, column: range.endColumn }),
  );
}
const REPO = 'myapp';
const SECTION = 'kubernetes-security#원본-deployment를-restricted에-맞게-고치기';

export const lab: LabMeta = {
  id: 'deployment-repair',
  title: 'Deployment: API 서버가 받아 주는 Deployment로 고치기',
  summary:
    '원본 노트의 Deployment는 spec.selector가 없어 API 서버가 거부하고, selector를 채워도 Pod가 Restricted를 통과하지 못합니다. 유효한 Deployment로 고치고 Pod가 Restricted Namespace에서 만들어지게 하세요.',
  files: [{ name: FILE, language: 'yaml', starter: STARTER }],
  objectives: [
    {
      id: 'valid',
      title: 'API 서버의 검증을 통과한다 (필수 필드, 타입, 값의 범위와 조합)',
      rules: ['schema/required', 'schema/type', 'schema/unknown-field', 'schema/api-deprecated', 'schema/api-validation'],
      section: SECTION,
      check(ctx) {
        const app = findApp(ctx, FILE, 'Deployment', REPO);
        if (!isApp(app)) return app;
        return noFindings(ctx, FILE, VALIDATION, 'API 서버의 검증을 통과합니다.');
      },
    },
    {
      id: 'selector-matches',
      title: 'spec.selector가 Pod 템플릿의 라벨을 고른다',
      rules: ['schema/selector-mismatch'],
      section: SECTION,
      check(ctx) {
        const app = findApp(ctx, FILE, 'Deployment', REPO);
        if (!isApp(app)) return app;
        const { obj } = app.w;
        const selector = asRecord(get(obj.value, 'spec', 'selector'));
        const hasTerms =
          Object.keys(asRecord(selector?.matchLabels) ?? {}).length > 0 || (Array.isArray(selector?.matchExpressions) && selector.matchExpressions.length > 0);
        if (!selector || !hasTerms) return fail('spec.selector(matchLabels)가 없습니다. apps/v1 Deployment의 필수 필드입니다.', FILE, obj.keyRange(['spec']));
        const labels = Object.fromEntries(
          Object.entries(asRecord(get(obj.value, 'spec', 'template', 'metadata', 'labels')) ?? {}).map(([k, v]) => [k, String(v)]),
        );
        if (!selectorMatches(selector, labels))
          return fail(
            'spec.selector가 spec.template.metadata.labels와 맞지 않습니다. 이 Deployment는 자기 Pod를 찾지 못합니다.',
            FILE,
            obj.keyRange(['spec', 'selector']),
          );
        const r = noFindings(ctx, FILE, ['schema/selector-mismatch'], '');
        return r.pass ? ok('selector가 템플릿의 라벨과 맞습니다.') : r;
      },
    },
    {
      id: 'runs-replicas',
      title: '같은 앱을 한 개 이상 실행한다',
      section: SECTION,
      check(ctx) {
        const app = findApp(ctx, FILE, 'Deployment', REPO);
        if (!isApp(app)) return app;
        const r = startsPods(app.w, FILE);
        if (!r.pass) return r;
        const replicas = get(app.w.obj.value, 'spec', 'replicas');
        return ok(`Deployment가 ${typeof replicas === 'number' ? replicas : 1}개의 Pod로 ${REPO}를 실행합니다.`);
      },
    },
    {
      id: 'pods-restricted',
      title: 'Pod 템플릿이 PSS Restricted를 통과한다',
      rules: ['pss/seccompProfile_restricted'],
      section: 'kubernetes-security#pod-security-standards-세-가지-레벨',
      check(ctx) {
        const app = findApp(ctx, FILE, 'Deployment', REPO);
        if (!isApp(app)) return app;
        for (const w of workloadsOf(ctx, FILE)) {
          const bad = rejectedWithin(ctx.findings(FILE, API_REJECTS), w.obj.range(w.prefix.length ? [...w.prefix] : []));
          if (bad) return fail(`API 서버가 이 Pod 템플릿을 거부합니다(${bad.ruleId}): ${bad.message}`, FILE, bad);
          const r = linuxPod(w, FILE) ?? pssVerdict(w, FILE, null, '');
          if (!r.pass) return r;
        }
        return ok('ReplicaSet이 만드는 Pod가 Restricted Namespace에서 거부되지 않습니다.');
      },
    },
  ],
  hints: [
    'apps/v1 Deployment에는 spec.selector가 필수이고, 그 selector가 spec.template.metadata.labels와 맞아야 합니다.',
    'PSA enforce는 Deployment가 아니라 Pod에 적용됩니다. Deployment는 저장되지만 ReplicaSet이 FailedCreate를 냅니다. 원인은 seccompProfile입니다.',
    'spec.selector.matchLabels: {app: myapp}, spec.template.metadata.labels: {app: myapp}를 넣고, template의 spec.securityContext에 seccompProfile: {type: RuntimeDefault}를 추가하세요.',
  ],
};
