import { effectiveUserOf } from '@w7/grader';
import { apiAccepts, appPss, emptyDirAt, fail, finalStage, findApp, get, isApp, isStage, noFindings, ok, runsProgram, startsPods } from '../checks';
import { leakInDockerfile, noPlaintextInManifest, passwordFromSecret } from '../secrets';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';

const DOCKERFILE = `FROM alpine:3.22
ENV DB_PASSWORD=secret123
COPY server /app/server
USER root
CMD ["/app/server"]
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: production
spec:
  replicas: 2
  selector:
    matchLabels:
      app: myapp
  template:
    metadata:
      labels:
        app: myapp
    spec:
      containers:
        - name: app
          image: registry.example.com/myapp:latest
          ports:
            - containerPort: 8080
`;

const DF = 'Dockerfile';
const DEPLOY = 'deployment.yaml';
const REPO = 'registry.example.com/myapp';
const SECTION = 'hands-on#8건-전체-정리';

const pss = (ids: string[] | null, passReason: string) => (ctx: LabContext) => appPss(ctx, DEPLOY, 'Deployment', REPO, ids, passReason);
const k8sRule = (id: string, passReason: string) => (ctx: LabContext) => {
  const app = findApp(ctx, DEPLOY, 'Deployment', REPO);
  return isApp(app) ? noFindings(ctx, DEPLOY, [id], passReason) : app;
};
const all =
  (...checks: ((ctx: LabContext) => ObjectiveResult)[]) =>
  (ctx: LabContext) => {
    let last = ok('');
    for (const c of checks) {
      last = c(ctx);
      if (!last.pass) return last;
    }
    return last;
  };

/**
 * runAsNonRoot makes the kubelet check the image's user before it starts the container. A named USER (appuser)
 * cannot be checked, so with runAsNonRoot: true and no runAsUser the Pod never starts
 * (CreateContainerConfigError: "image has non-numeric user ..., cannot verify user is non-root").
 */
function kubeletCanVerify(ctx: LabContext): ObjectiveResult {
  const df = ctx.dockerfile(DF);
  const stage = finalStage(ctx, DF);
  if (!df || !isStage(stage)) return ok('');
  const eff = effectiveUserOf(df, stage);
  const user = eff.user;
  if (user === null || user === '' || /^\d+$/.test(user)) return ok('');
  const app = findApp(ctx, DEPLOY, 'Deployment', REPO);
  if (!isApp(app)) return ok('');
  const podSc = get(app.w.spec, 'securityContext');
  const sc = get(app.c.container, 'securityContext');
  const runAsUser = get(sc, 'runAsUser') ?? get(podSc, 'runAsUser');
  const nonRoot = get(sc, 'runAsNonRoot') ?? get(podSc, 'runAsNonRoot');
  if (nonRoot === true && runAsUser === undefined) {
    return fail(
      `이미지의 USER가 이름("${user}")이고 Deployment에는 runAsNonRoot: true만 있고 runAsUser가 없습니다. kubelet은 이름으로는 비루트인지 확인할 수 없어 컨테이너를 시작하지 않습니다(CreateContainerConfigError). Dockerfile에 숫자 UID(USER 10001:10001)를 쓰거나 runAsUser를 지정하세요.`,
      DF,
      eff.ins?.valueRange,
    );
  }
  return ok('');
}

export const lab: LabMeta = {
  id: 'capstone',
  title: '종합: High 8건 모두 고치기',
  summary:
    '출시 직전 점검에서 High 8건이 나온 서비스의 Dockerfile과 deployment.yaml입니다. 앱이 그대로 실행되게 두고, 8건(root 실행, 평문 Secret, capability, :latest, 쓰기 가능한 루트 파일시스템, seccomp, 리소스 제한, ServiceAccount 토큰)을 모두 고치세요.',
  files: [
    { name: DF, language: 'dockerfile', starter: DOCKERFILE },
    { name: DEPLOY, language: 'yaml', starter: DEPLOYMENT },
  ],
  objectives: [
    {
      id: 'app-runs',
      title: '같은 앱이 그대로 실행된다 (이미지와 Deployment)',
      section: SECTION,
      check: all(
        (ctx) => runsProgram(ctx, DF, 'server', 'alpine'),
        (ctx) => {
          const app = findApp(ctx, DEPLOY, 'Deployment', REPO);
          if (!isApp(app)) return app;
          const api = apiAccepts(ctx, DEPLOY);
          if (!api.pass) return api;
          const r = startsPods(app.w, DEPLOY);
          if (!r.pass) return r;
          return ok('이미지는 /app/server를 실행하고, Deployment는 그 이미지를 실행합니다.');
        },
      ),
    },
    {
      id: 'non-root',
      title: '1. 이미지가 root가 아닌 사용자로 실행된다',
      rules: ['docker/user-root', 'docker/user-in-run', 'docker/root-escalation', 'docker/user-non-numeric'],
      section: 'hands-on#실전-사례-1-루트-사용자로-실행되는-이미지',
      check: all(
        (ctx) => noFindings(ctx, DF, ['docker/user-root', 'docker/user-in-run', 'docker/root-escalation'], ''),
        kubeletCanVerify,
        () => ok('최종 이미지가 비루트로 실행되고, root로 돌아갈 길이 없습니다.'),
      ),
    },
    {
      id: 'no-plaintext-secret',
      title: '2. 비밀번호가 이미지와 매니페스트에 없고 Secret에서 들어온다',
      rules: ['docker/secret-in-env', 'docker/secret-file', 'k8s/env-secret-value', 'k8s/secret-stringdata'],
      section: 'hands-on#실전-사례-2-dockerfile의-평문-secret',
      check: all(
        (ctx) => noFindings(ctx, DF, ['docker/secret-in-env', 'docker/secret-file'], ''),
        (ctx) => leakInDockerfile(ctx, DF) ?? ok(''),
        (ctx) => noPlaintextInManifest(ctx, DEPLOY),
        (ctx) => passwordFromSecret(ctx, DEPLOY),
      ),
    },
    {
      id: 'drop-capabilities',
      title: '3. capabilities: drop ALL',
      rules: ['pss/capabilities_restricted'],
      section: 'hands-on#실전-사례-3-제거하지-않은-capabilities',
      check: pss(['capabilities_baseline', 'capabilities_restricted'], '모든 컨테이너가 capability를 전부 뺐습니다.'),
    },
    {
      id: 'image-tag',
      title: '4. 이미지를 :latest가 아닌 버전이나 digest로 고정한다 (베이스 이미지도, 지원 기간 안의 버전으로)',
      rules: ['k8s/image-tag', 'k8s/eol-image', 'docker/image-tag', 'docker/eol-base-image'],
      section: SECTION,
      check: all(k8sRule('k8s/image-tag', ''), k8sRule('k8s/eol-image', ''), (ctx) =>
        noFindings(ctx, DF, ['docker/image-tag', 'docker/eol-base-image'], '모든 이미지가 지원 중인 버전으로 고정되어 있습니다.'),
      ),
    },
    {
      id: 'read-only-rootfs',
      title: '5. 읽기 전용 루트 파일시스템, /tmp는 emptyDir',
      rules: ['k8s/readonly-rootfs'],
      section: SECTION,
      check: all(k8sRule('k8s/readonly-rootfs', ''), (ctx) => {
        const app = findApp(ctx, DEPLOY, 'Deployment', REPO);
        if (!isApp(app)) return app;
        return emptyDirAt(app.w, app.c, '/tmp')
          ? ok('루트 파일시스템은 읽기 전용이고 /tmp만 emptyDir입니다.')
          : fail('/tmp에 emptyDir 볼륨을 마운트하세요. 앱이 임시 파일을 쓸 곳이 필요합니다.', DEPLOY, app.w.obj.keyRange(app.c.path));
      }),
    },
    {
      id: 'seccomp',
      title: '6. seccompProfile: RuntimeDefault',
      rules: ['pss/seccompProfile_restricted'],
      section: SECTION,
      check: pss(['seccompProfile_baseline', 'seccompProfile_restricted'], '런타임 기본 seccomp 프로필이 적용됩니다.'),
    },
    {
      id: 'resources',
      title: '7. 리소스 requests와 메모리 limit',
      rules: ['k8s/resources'],
      section: SECTION,
      check: k8sRule('k8s/resources', '모든 컨테이너에 requests와 메모리 limit이 있습니다.'),
    },
    {
      id: 'automount-token',
      title: '8. ServiceAccount 토큰을 자동 마운트하지 않는다',
      rules: ['k8s/automount-sa-token'],
      section: SECTION,
      check: k8sRule('k8s/automount-sa-token', 'Pod에 API 토큰이 마운트되지 않습니다.'),
    },
    {
      id: 'restricted',
      title: 'Pod 전체가 PSS Restricted를 통과한다',
      section: 'kubernetes-security#pod-security-standards-세-가지-레벨',
      check: pss(null, 'Pod가 PSS Restricted의 모든 검사를 통과합니다.'),
    },
  ],
  hints: [
    '8건 정리 표의 "이 코스 검사기의 규칙 id" 열이 각 목표와 짝을 이룹니다. 편집기의 표시를 하나씩 따라가세요.',
    'Dockerfile은 실전 사례 1, 2의 수정을 합친 것입니다. deployment.yaml은 실전 사례 2의 "deployment.yaml"과 같은 모양이 되면 됩니다.',
    'Dockerfile: ENV 줄을 지우고 RUN adduser -D -u 10001 appuser와 USER 10001:10001. deployment.yaml: 이미지 태그 1.0.0, automountServiceAccountToken: false, Pod securityContext(runAsNonRoot, runAsUser, seccompProfile RuntimeDefault), 컨테이너 securityContext(allowPrivilegeEscalation false, readOnlyRootFilesystem true, drop ALL), resources, /tmp emptyDir, DB_PASSWORD는 secretKeyRef.',
  ],
};
