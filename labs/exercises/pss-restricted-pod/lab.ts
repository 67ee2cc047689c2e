import { asArray, asRecord } from '@w7/grader';
import { apiAccepts, emptyDirAt, fail, findApp, get, isApp, linuxPod, ok, pssVerdict, unreadable, workloadsOf } from '../checks';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';

const STARTER = `apiVersion: v1
kind: Pod
metadata:
  name: secure-app
  namespace: production
spec:
  hostUsers: false
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
    runAsGroup: 1000
    fsGroup: 1000
  containers:
    - name: app
      image: nginx:1.25-alpine
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop:
            - ALL
      volumeMounts:
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: tmp
      emptyDir: {}
`;

const FILE = 'secure-app.yaml';
const REPO = 'nginxinc/nginx-unprivileged';
const SECTION = 'hands-on#실습-3-보안-강화-pod-배포';

/** The Pod named secure-app with its container "app", whatever image it runs. */
function securePod(ctx: LabContext): ObjectiveResult {
  const bad = unreadable(ctx, FILE);
  if (bad) return bad;
  const w = workloadsOf(ctx, FILE, 'Pod').find((x) => x.obj.name === 'secure-app');
  if (!w) return fail(`${FILE}에 secure-app Pod가 없습니다. 지우지 말고 고쳐야 합니다.`, FILE);
  const c = w.containers.find((x) => x.list === 'containers' && x.name === 'app');
  return c ? ok('secure-app Pod와 app 컨테이너가 있습니다.') : fail('secure-app Pod에 app 컨테이너가 없습니다.', FILE, w.obj.keyRange([...w.prefix, 'spec']));
}

export const lab: LabMeta = {
  id: 'pss-restricted-pod',
  title: 'Pod Security Standards: secure-app을 Restricted에 들이기',
  summary:
    '원본 노트의 secure-app Pod는 Restricted Namespace에서 seccompProfile이 없어 거부되고, 거부되지 않아도 일반 nginx 이미지가 비루트와 읽기 전용 루트 파일시스템에서 CrashLoop에 빠집니다. Restricted를 통과하고 실제로 8080에서 뜨는 Pod로 고치세요.',
  files: [{ name: FILE, language: 'yaml', starter: STARTER }],
  objectives: [
    {
      id: 'pod-exists',
      title: 'secure-app Pod와 app 컨테이너가 남아 있다',
      section: SECTION,
      check: securePod,
    },
    {
      id: 'restricted',
      title: 'API 서버가 받아들이고, 파일의 모든 Pod가 PSS Restricted(latest)의 모든 검사를 통과한다',
      rules: ['pss/seccompProfile_restricted', 'schema/api-validation', 'k8s/windows-linux-image'],
      section: 'hands-on#실습-4-일부러-거부되는-pod로-정책-확인',
      check(ctx) {
        const p = securePod(ctx);
        if (!p.pass) return p;
        const api = apiAccepts(ctx, FILE);
        if (!api.pass) return api;
        for (const w of workloadsOf(ctx, FILE)) {
          const r = linuxPod(w, FILE) ?? pssVerdict(w, FILE, null, '');
          if (!r.pass) return r;
        }
        return ok('API 서버가 받아들이고, Restricted Namespace에 들어갈 수 있습니다.');
      },
    },
    {
      id: 'unprivileged-image',
      title: '비루트 실행용 nginx-unprivileged 이미지를 지원 중인 버전 태그(또는 digest)로 쓴다',
      rules: ['k8s/image-tag', 'k8s/eol-image'],
      section: SECTION,
      check(ctx) {
        const app = findApp(ctx, FILE, 'Pod', REPO);
        if (!isApp(app)) return fail(`app 컨테이너의 이미지를 ${REPO}로 바꾸세요. 일반 nginx 이미지는 root로 시작한다고 가정합니다.`, FILE);
        const range = app.w.obj.range([...app.c.path, 'image']);
        const image = String(app.c.container.image);
        const f = ctx.findings(FILE, ['k8s/image-tag', 'k8s/eol-image']).find((x) => x.line === range?.line && x.column === range?.column);
        return f ? fail(f.message, FILE, f) : ok(`${image}: 버전이 고정되어 있고 지원 기간 안에 있습니다.`);
      },
    },
    {
      id: 'runnable',
      title: '실제로 뜬다: 포트 8080, 읽기 전용 루트 파일시스템에서 /tmp는 쓸 수 있는 emptyDir',
      rules: ['k8s/readonly-rootfs'],
      section: SECTION,
      check(ctx) {
        const app = findApp(ctx, FILE, 'Pod', REPO);
        if (!isApp(app)) return fail(`${REPO} 이미지를 실행하는 컨테이너가 없습니다.`, FILE);
        const { w, c } = app;
        const ports = asArray(c.container.ports).map((p) => asRecord(p)?.containerPort);
        const wrong = ports.find((p) => p !== 8080);
        if (ports.length === 0 || wrong !== undefined)
          return fail(`nginx-unprivileged는 8080에서 listen합니다. containerPort ${wrong ?? '(없음)'} 대신 8080을 여세요.`, FILE, w.obj.keyRange(c.path));
        if (get(c.container, 'securityContext', 'readOnlyRootFilesystem') !== true)
          return fail('readOnlyRootFilesystem: true를 유지하세요.', FILE, w.obj.keyRange(c.path));
        if (!emptyDirAt(w, c, '/tmp'))
          return fail(
            'nginx-unprivileged는 pid와 임시 파일을 /tmp에 씁니다. /tmp에 쓸 수 있는 emptyDir를 마운트하세요(readOnly 마운트는 안 됩니다).',
            FILE,
            w.obj.keyRange(c.path),
          );
        if (c.container.command !== undefined || c.container.args !== undefined) {
          return fail(
            'command/args를 바꾸면 nginx가 아닌 다른 프로그램이 실행됩니다. 이미지의 기본 명령을 그대로 두세요.',
            FILE,
            w.obj.keyRange([...c.path, c.container.command !== undefined ? 'command' : 'args']),
          );
        }
        return ok('8080에서 listen하고, 읽기 전용 루트 파일시스템에서도 /tmp에 쓸 수 있습니다.');
      },
    },
  ],
  hints: [
    'Restricted가 거부하는 이유는 kubectl의 오류 메시지에 그대로 나옵니다: seccompProfile.',
    '일반 nginx 이미지는 root로 시작해 /var/cache/nginx와 /var/run/nginx.pid에 씁니다. 읽기 전용 루트 파일시스템에서 비루트로는 이 쓰기가 실패해 CrashLoop에 빠집니다. nginxinc/nginx-unprivileged는 UID 101로 시작하고 /tmp에 쓰며 8080에서 listen합니다.',
    'spec.securityContext에 seccompProfile: {type: RuntimeDefault}를 넣고, 이미지를 nginxinc/nginx-unprivileged:1.30-alpine으로(stable-alpine 같은 움직이는 태그 말고 버전), runAsUser/runAsGroup/fsGroup을 101로, ports에 containerPort: 8080을 넣으세요.',
  ],
};
