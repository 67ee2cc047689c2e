import { appPss, emptyDirAt, fail, findApp, isApp, noFindings, ok } from '../checks';
import type { LabMeta } from '../types';

const STARTER = `apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: production
spec:
  securityContext:
    runAsUser: 1000
  containers:
    - name: app
      image: registry.example.com/myapp:1.0.0
      ports:
        - containerPort: 8080
`;

const FILE = 'pod.yaml';
const REPO = 'registry.example.com/myapp';
const SECTION = 'container-security#보안-강화-pod-수정-전과-후';

export const lab: LabMeta = {
  id: 'pod-security-context',
  title: 'Pod: securityContext 강화하기',
  summary:
    '실전 사례 3의 Pod에는 securityContext가 거의 없습니다. 같은 앱 컨테이너를 runAsNonRoot, allowPrivilegeEscalation: false, 읽기 전용 루트 파일시스템(/tmp는 emptyDir), capabilities drop ALL, seccomp RuntimeDefault로 실행하도록 고치세요.',
  files: [{ name: FILE, language: 'yaml', starter: STARTER }],
  objectives: [
    {
      id: 'app-container',
      title: 'Pod는 여전히 같은 앱 이미지를 실행한다',
      section: SECTION,
      check(ctx) {
        const app = findApp(ctx, FILE, 'Pod', REPO);
        return isApp(app) ? ok(`containers의 "${app.c.name ?? ''}"가 ${REPO}를 실행합니다.`) : app;
      },
    },
    {
      id: 'run-as-non-root',
      title: 'runAsNonRoot: true로 root 실행을 막는다',
      rules: ['pss/runAsNonRoot', 'pss/runAsUser'],
      section: 'container-security#비루트-실행과-securitycontext',
      check: (ctx) => appPss(ctx, FILE, 'Pod', REPO, ['runAsNonRoot', 'runAsUser'], '모든 컨테이너가 비루트 실행을 강제합니다.'),
    },
    {
      id: 'no-privilege-escalation',
      title: 'allowPrivilegeEscalation: false (privileged 없이)',
      rules: ['pss/allowPrivilegeEscalation', 'pss/privileged'],
      section: SECTION,
      check: (ctx) => appPss(ctx, FILE, 'Pod', REPO, ['privileged', 'allowPrivilegeEscalation'], '어느 컨테이너도 권한을 더 얻을 수 없습니다.'),
    },
    {
      id: 'read-only-rootfs',
      title: '읽기 전용 루트 파일시스템, /tmp는 emptyDir',
      rules: ['k8s/readonly-rootfs'],
      section: SECTION,
      check(ctx) {
        const app = findApp(ctx, FILE, 'Pod', REPO);
        if (!isApp(app)) return app;
        const r = noFindings(ctx, FILE, ['k8s/readonly-rootfs'], '');
        if (!r.pass) return r;
        if (!emptyDirAt(app.w, app.c, '/tmp'))
          return fail(
            '루트 파일시스템이 읽기 전용이면 앱이 임시 파일을 쓸 곳이 없습니다. /tmp에 emptyDir 볼륨을 마운트하세요.',
            FILE,
            app.w.obj.keyRange(app.c.path),
          );
        return ok('루트 파일시스템은 읽기 전용이고 /tmp만 emptyDir로 쓸 수 있습니다.');
      },
    },
    {
      id: 'drop-all',
      title: 'capabilities: drop ALL',
      rules: ['pss/capabilities_restricted', 'pss/capabilities_baseline'],
      section: 'hands-on#실전-사례-3-제거하지-않은-capabilities',
      check: (ctx) => appPss(ctx, FILE, 'Pod', REPO, ['capabilities_baseline', 'capabilities_restricted'], '모든 컨테이너가 capability를 전부 뺐습니다.'),
    },
    {
      id: 'seccomp',
      title: 'seccompProfile: RuntimeDefault',
      rules: ['pss/seccompProfile_restricted', 'pss/seccompProfile_baseline'],
      section: SECTION,
      check: (ctx) => appPss(ctx, FILE, 'Pod', REPO, ['seccompProfile_baseline', 'seccompProfile_restricted'], '런타임 기본 seccomp 프로필이 적용됩니다.'),
    },
    {
      id: 'restricted',
      title: 'Pod 전체가 PSS Restricted를 통과한다',
      section: 'kubernetes-security#pod-security-standards-세-가지-레벨',
      check: (ctx) => appPss(ctx, FILE, 'Pod', REPO, null, 'Pod가 PSS Restricted의 모든 검사를 통과합니다.'),
    },
  ],
  hints: [
    'Pod 단위 securityContext(spec.securityContext)와 컨테이너 단위 securityContext(containers[].securityContext)가 따로 있습니다. runAsNonRoot와 seccompProfile은 Pod 단위에 두면 모든 컨테이너에 적용됩니다.',
    'readOnlyRootFilesystem, allowPrivilegeEscalation, capabilities는 컨테이너 단위 필드입니다. /tmp는 volumes에 emptyDir를 만들고 volumeMounts로 연결합니다.',
    'spec.securityContext: {runAsNonRoot: true, runAsUser: 1000, seccompProfile: {type: RuntimeDefault}}, 컨테이너 securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: ["ALL"]}}, 그리고 tmp emptyDir를 /tmp에 마운트하세요.',
  ],
};
