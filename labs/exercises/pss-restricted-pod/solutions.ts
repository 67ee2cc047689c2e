import type { LabSolutions } from '../types';
import { NGINX_UNPRIVILEGED_IMAGE, podNginxUnprivileged } from '../../../content/samples';

const REFERENCE = podNginxUnprivileged.text;

export const solutions: LabSolutions = {
  reference: { 'secure-app.yaml': REFERENCE },
  alternatives: [
    {
      // Keeps the user namespace (for nodes that support it) and sets seccomp on the container
      'secure-app.yaml': `apiVersion: v1
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
      image: nginxinc/nginx-unprivileged:1.29-alpine
      ports:
        - name: http
          containerPort: 8080
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        seccompProfile:
          type: RuntimeDefault
        capabilities:
          drop:
            - ALL
      volumeMounts:
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: tmp
      emptyDir: {}
`,
    },
    {
      'secure-app.yaml': REFERENCE.replace(NGINX_UNPRIVILEGED_IMAGE, 'docker.io/nginxinc/nginx-unprivileged@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef').replace(
        '      emptyDir: {}',
        '      emptyDir:\n        medium: Memory\n        sizeLimit: 16Mi',
      ),
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'secure-app.yaml': '' } },
    { name: 'Pod를 다른 이름으로 바꾼다', files: { 'secure-app.yaml': REFERENCE.replace('name: secure-app\n  namespace', 'name: other\n  namespace') } },
    { name: '일반 nginx로 되돌린다', files: { 'secure-app.yaml': REFERENCE.replace(NGINX_UNPRIVILEGED_IMAGE, 'nginx:1.29-alpine') } },
    { name: 'latest 태그', files: { 'secure-app.yaml': REFERENCE.replace(NGINX_UNPRIVILEGED_IMAGE, 'nginxinc/nginx-unprivileged:latest') } },
    {
      name: 'init container에 privileged를 숨긴다',
      files: { 'secure-app.yaml': REFERENCE.replace('  containers:\n', '  initContainers:\n    - name: setup\n      image: busybox:1.37\n      securityContext:\n        privileged: true\n  containers:\n') },
    },
    { name: '포트 80', files: { 'secure-app.yaml': REFERENCE.replace('containerPort: 8080', 'containerPort: 80') } },
    { name: '/tmp volume을 지운다', files: { 'secure-app.yaml': REFERENCE.replace(/ {6}volumeMounts:\n[\s\S]*$/, '') } },
  ],
};
