import { noFindings, runsProgram, unreadable } from '../checks';
import { leakInDockerfile, noPlaintextInManifest, passwordFromSecret } from '../secrets';
import type { LabMeta } from '../types';

const DOCKERFILE = `FROM alpine:3.22
ENV DB_PASSWORD=secret123
COPY server /app/server
USER 10001:10001
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
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        runAsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: app
          image: registry.example.com/myapp:1.0.0
          ports:
            - containerPort: 8080
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
`;

const SECTION = 'hands-on#실전-사례-2-dockerfile의-평문-secret';

export const lab: LabMeta = {
  id: 'dockerfile-secrets',
  title: 'Dockerfile: 평문 Secret을 실행 시점으로 옮기기',
  summary:
    '실전 사례 2의 Dockerfile은 DB 비밀번호를 ENV에 평문으로 넣었습니다. 이미지에서 비밀번호를 없애고, 같은 앱이 Kubernetes Secret에서 DB_PASSWORD를 실행 시점에 받도록 Deployment를 고치세요.',
  files: [
    { name: 'Dockerfile', language: 'dockerfile', starter: DOCKERFILE },
    { name: 'deployment.yaml', language: 'yaml', starter: DEPLOYMENT },
  ],
  objectives: [
    {
      id: 'no-secret-in-image',
      title: '이미지(ENV, ARG, 레이어)에 비밀번호가 없다',
      rules: ['docker/secret-in-env', 'docker/secret-file'],
      section: SECTION,
      check(ctx) {
        const r = noFindings(ctx, 'Dockerfile', ['docker/secret-in-env', 'docker/secret-file'], '이미지 설정과 레이어에 비밀번호가 없습니다.');
        return r.pass ? (leakInDockerfile(ctx, 'Dockerfile') ?? r) : r;
      },
    },
    {
      id: 'runs-app',
      title: '이미지는 여전히 비루트로 /app/server를 실행한다',
      rules: ['docker/user-root'],
      section: SECTION,
      check(ctx) {
        const r = runsProgram(ctx, 'Dockerfile', 'server', 'alpine');
        return r.pass ? noFindings(ctx, 'Dockerfile', ['docker/user-root'], r.reason) : r;
      },
    },
    {
      id: 'secret-at-runtime',
      title: 'Deployment의 앱이 DB_PASSWORD를 Secret에서 받는다',
      rules: ['k8s/env-secret-value'],
      section: SECTION,
      check: (ctx) => passwordFromSecret(ctx, 'deployment.yaml'),
    },
    {
      id: 'no-plaintext-in-manifest',
      title: '매니페스트에도 평문 비밀번호가 없다',
      rules: ['k8s/env-secret-value', 'k8s/secret-stringdata'],
      section: 'container-security#secret이-새는-세-가지-경로',
      check: (ctx) => unreadable(ctx, 'deployment.yaml') ?? noPlaintextInManifest(ctx, 'deployment.yaml'),
    },
  ],
  hints: [
    'ENV 값은 이미지 설정과 history에 남습니다. 변수 이름을 바꿔도 값이 남으면 같은 문제입니다.',
    '비밀번호는 실행할 때 넣습니다. Deployment의 컨테이너 env에서 valueFrom.secretKeyRef로 Secret의 키를 참조하세요.',
    'Dockerfile에서 ENV DB_PASSWORD 줄을 지우고, deployment.yaml의 app 컨테이너에 env: - name: DB_PASSWORD, valueFrom: secretKeyRef: {name: db-secret, key: password}를 넣으세요. 빌드 중에 값이 필요하면 RUN --mount=type=secret을 씁니다.',
  ],
};
