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

export const solutions: LabSolutions = {
  reference: { Dockerfile: DOCKERFILE, 'deployment.yaml': DEPLOYMENT },
  alternatives: [
    {
      // nobody user, digest-pinned image, seccomp on the container, envFrom a Secret, token off on the ServiceAccount's Pod
      Dockerfile: 'FROM alpine:3.22\nCOPY server /app/server\nUSER 65534:65534\nENTRYPOINT ["/app/server"]\n',
      'deployment.yaml': DEPLOYMENT.replace('registry.example.com/myapp:1.0.0', 'registry.example.com/myapp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')
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
      'deployment.yaml': DEPLOYMENT.replace('              memory: 256Mi', '              cpu: 500m\n              memory: 256Mi').replace('drop: ["ALL"]', 'drop: ["ALL"]\n              add: ["NET_BIND_SERVICE"]'),
    },
  ],
  bypasses: [
    { name: 'Deployment를 지운다', files: { Dockerfile: DOCKERFILE, 'deployment.yaml': '' } },
    { name: 'Dockerfile을 비운다', files: { Dockerfile: '', 'deployment.yaml': DEPLOYMENT } },
    { name: '이미지를 바꾼다', files: { Dockerfile: DOCKERFILE, 'deployment.yaml': DEPLOYMENT.replace('registry.example.com/myapp:1.0.0', 'nginxinc/nginx-unprivileged:1.29-alpine') } },
    {
      name: 'init container에 privileged를 숨긴다',
      files: {
        Dockerfile: DOCKERFILE,
        'deployment.yaml': DEPLOYMENT.replace('      containers:\n', '      initContainers:\n        - name: setup\n          image: busybox:1.37\n          securityContext:\n            privileged: true\n      containers:\n'),
      },
    },
    { name: '비밀번호를 env value로 옮긴다', files: { Dockerfile: DOCKERFILE, 'deployment.yaml': DEPLOYMENT.replace(/valueFrom:\n[\s\S]*?key: password\n/, 'value: secret123\n') } },
    { name: 'replicas: 0', files: { Dockerfile: DOCKERFILE, 'deployment.yaml': DEPLOYMENT.replace('replicas: 2', 'replicas: 0') } },
  ],
};
