import type { LabSolutions } from '../types';
import { dockerfileNonroot } from '../../../content/samples';

const DOCKERFILE = dockerfileNonroot.text;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: production
  labels:
    app: myapp
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
        fsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: app
          image: registry.example.com/myapp:1.0.0
          ports:
            - containerPort: 8080
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db-secret
                  key: password
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
`;

const D = (from: string | RegExp, to: string) => ({ Dockerfile: DOCKERFILE, 'deployment.yaml': DEPLOYMENT.replace(from, to) });
const F = (from: string | RegExp, to: string) => ({ Dockerfile: DOCKERFILE.replace(from, to), 'deployment.yaml': DEPLOYMENT });

export const solutions: LabSolutions = {
  reference: { Dockerfile: DOCKERFILE, 'deployment.yaml': DEPLOYMENT },
  alternatives: [
    {
      // nobody user, digest-pinned image, seccomp on the container, envFrom a Secret, token off on the ServiceAccount's Pod
      Dockerfile: 'FROM alpine:3.22\nCOPY server /app/server\nUSER 65534:65534\nENTRYPOINT ["/app/server"]\n',
      'deployment.yaml': DEPLOYMENT.replace(
        'registry.example.com/myapp:1.0.0',
        'registry.example.com/myapp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      )
        .replace('        seccompProfile:\n          type: RuntimeDefault\n', '')
        .replace('            capabilities:\n', '            seccompProfile:\n              type: RuntimeDefault\n            capabilities:\n')
        .replace(/ {10}env:\n[\s\S]*?(?= {10}securityContext:)/, '          envFrom:\n            - secretRef:\n                name: app-env\n'),
    },
    {
      // Two-stage Dockerfile with a build-time secret mount; limits for cpu too; NET_BIND_SERVICE added back
      Dockerfile: `# syntax=docker/dockerfile:1
FROM alpine:3.22 AS fetch
RUN --mount=type=secret,id=registry_token,env=TOKEN echo "fetch with a token that never lands in a layer"
FROM alpine:3.22
RUN addgroup -S -g 2000 app && adduser -S -D -u 2000 -G app app
COPY server /app/server
USER 2000:2000
CMD ["/app/server", "--port", "8080"]
`,
      'deployment.yaml': DEPLOYMENT.replace('              memory: 256Mi', '              cpu: 500m\n              memory: 256Mi').replace(
        'drop: ["ALL"]',
        'drop: ["ALL"]\n              add: ["NET_BIND_SERVICE"]',
      ),
    },
    {
      // A named USER is fine when the Deployment says which UID to run as (the kubelet can then check it);
      // the base image pinned with its Alpine patch release and digest; the hardened securityContext merged from an anchor
      Dockerfile:
        'FROM alpine:3.22.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nRUN adduser -D -u 10001 appuser\nCOPY server /app/server\nUSER appuser\nCMD ["/app/server"]\n',
      'deployment.yaml': DEPLOYMENT.replace(
        '          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: ["ALL"]\n',
        '          securityContext:\n            <<: &locked {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true}\n            capabilities: {drop: [ALL]}\n',
      ),
    },
  ],
  bypasses: [
    { name: 'Deployment를 지운다', files: { Dockerfile: DOCKERFILE, 'deployment.yaml': '' } },
    { name: 'Dockerfile을 비운다', files: { Dockerfile: '', 'deployment.yaml': DEPLOYMENT } },
    {
      name: '이미지를 바꾼다',
      files: { Dockerfile: DOCKERFILE, 'deployment.yaml': DEPLOYMENT.replace('registry.example.com/myapp:1.0.0', 'nginxinc/nginx-unprivileged:1.30-alpine') },
    },
    {
      name: 'init container에 privileged를 숨긴다',
      files: {
        Dockerfile: DOCKERFILE,
        'deployment.yaml': DEPLOYMENT.replace(
          '      containers:\n',
          '      initContainers:\n        - name: setup\n          image: busybox:1.37\n          securityContext:\n            privileged: true\n      containers:\n',
        ),
      },
    },
    {
      name: '비밀번호를 env value로 옮긴다',
      files: { Dockerfile: DOCKERFILE, 'deployment.yaml': DEPLOYMENT.replace(/valueFrom:\n[\s\S]*?key: password\n/, 'value: secret123\n') },
    },
    { name: 'replicas: 0', files: { Dockerfile: DOCKERFILE, 'deployment.yaml': DEPLOYMENT.replace('replicas: 2', 'replicas: 0') } },
    // who the process runs as
    {
      name: '이름 USER에 runAsNonRoot만 두고 runAsUser를 뺀다',
      files: { Dockerfile: DOCKERFILE.replace('USER 10001:10001', 'USER appuser'), 'deployment.yaml': DEPLOYMENT.replace('        runAsUser: 10001\n', '') },
    },
    { name: 'ARG 기본값으로 USER root', files: F('USER 10001:10001', 'ARG RUNTIME_USER=root\nUSER ${RUNTIME_USER}') },
    { name: 'setuid root 셸을 남긴다', files: F('USER 10001:10001', 'RUN chmod u+s /bin/busybox\nUSER 10001:10001') },
    {
      name: '비밀번호 없는 sudo',
      files: F('USER 10001:10001', 'RUN apk add --no-cache sudo && echo "appuser ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\nUSER 10001:10001'),
    },
    // images
    { name: '베이스를 alpine:latest로', files: F('FROM alpine:3.22', 'FROM alpine:latest') },
    { name: '지원이 끝난 alpine:3.20', files: F('FROM alpine:3.22', 'FROM alpine:3.20') },
    { name: '움직이는 태그 stable', files: D('registry.example.com/myapp:1.0.0', 'registry.example.com/myapp:stable') },
    {
      name: '같은 키를 뒤에 다시 써서 :latest',
      files: D(
        '          image: registry.example.com/myapp:1.0.0\n',
        '          image: registry.example.com/myapp:1.0.0\n          image: registry.example.com/myapp:latest\n',
      ),
    },
    // limits and the token
    { name: 'limit을 0으로', files: D('              memory: 256Mi', '              memory: "0"') },
    {
      name: 'projected volume으로 토큰을 마운트한다',
      files: {
        Dockerfile: DOCKERFILE,
        'deployment.yaml': DEPLOYMENT.replace(
          '        - name: tmp\n          emptyDir:',
          '        - name: token\n          projected:\n            sources:\n              - serviceAccountToken: {path: token}\n        - name: tmp\n          emptyDir:',
        ).replace(
          '            - name: tmp\n              mountPath: /tmp\n',
          '            - name: tmp\n              mountPath: /tmp\n            - name: token\n              mountPath: /var/run/secrets/tokens\n',
        ),
      },
    },
    {
      name: '같은 키를 뒤에 다시 써서 토큰을 켠다',
      files: D('      automountServiceAccountToken: false\n', '      automountServiceAccountToken: false\n      automountServiceAccountToken: true\n'),
    },
    // YAML and the API server
    {
      name: 'merge 키 뒤에서 capability를 더한다',
      files: D('              drop: ["ALL"]\n', '              <<: {drop: ["ALL"]}\n              add: ["SYS_ADMIN"]\n'),
    },
    { name: '음수 replicas', files: D('replicas: 2', 'replicas: -2') },
    { name: 'paused: true로 만든다', files: D('  replicas: 2\n', '  replicas: 2\n  paused: true\n') },
    { name: 'localhostProfile 없는 seccomp Localhost', files: D('          type: RuntimeDefault\n', '          type: Localhost\n') },
    {
      name: '두 번째 문서에 privileged Deployment',
      files: {
        Dockerfile: DOCKERFILE,
        'deployment.yaml': `${DEPLOYMENT}---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: debug}\nspec:\n  selector: {matchLabels: {app: debug}}\n  template:\n    metadata: {labels: {app: debug}}\n    spec:\n      containers: [{name: shell, image: "busybox:1.37", securityContext: {privileged: true}}]\n`,
      },
    },
  ],
};
