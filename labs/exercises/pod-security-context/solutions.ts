import type { LabSolutions } from '../types';

const REFERENCE = `apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: production
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
    runAsGroup: 1000
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
      volumeMounts:
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: tmp
      emptyDir: {}
`;

export const solutions: LabSolutions = {
  reference: { 'pod.yaml': REFERENCE },
  alternatives: [
    {
      // Everything on the container, including seccomp; NET_BIND_SERVICE added back
      'pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: production
spec:
  automountServiceAccountToken: false
  containers:
    - name: app
      image: registry.example.com/myapp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
      ports:
        - containerPort: 8080
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        seccompProfile:
          type: RuntimeDefault
        capabilities:
          drop: ["ALL"]
          add: ["NET_BIND_SERVICE"]
      volumeMounts:
        - name: scratch
          mountPath: /tmp/
  volumes:
    - name: scratch
      emptyDir:
        medium: Memory
        sizeLimit: 32Mi
`,
    },
    {
      // A Localhost seccomp profile, and an init container hardened the same way
      'pod.yaml': REFERENCE.replace('      type: RuntimeDefault', '      type: Localhost\n      localhostProfile: profiles/app.json').replace(
        '  containers:\n',
        '  initContainers:\n    - name: wait\n      image: registry.example.com/tools:2.1.0\n      command: ["sh", "-c", "true"]\n      securityContext:\n        allowPrivilegeEscalation: false\n        readOnlyRootFilesystem: true\n        capabilities:\n          drop: ["ALL"]\n  containers:\n',
      ),
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'pod.yaml': '' } },
    { name: '컨테이너를 지운다', files: { 'pod.yaml': REFERENCE.replace(/ {2}containers:[\s\S]*?(?= {2}volumes:)/, '  containers: []\n') } },
    { name: '이미지를 바꾼다', files: { 'pod.yaml': REFERENCE.replace('registry.example.com/myapp:1.0.0', 'busybox:1.37') } },
    {
      name: 'init container에 privileged를 숨긴다',
      files: { 'pod.yaml': REFERENCE.replace('  containers:\n', '  initContainers:\n    - name: setup\n      image: busybox:1.37\n      securityContext:\n        privileged: true\n  containers:\n') },
    },
    { name: '/tmp를 hostPath로 연다', files: { 'pod.yaml': REFERENCE.replace('      emptyDir: {}', '      hostPath:\n        path: /tmp') } },
    { name: 'SYS_ADMIN을 다시 추가한다', files: { 'pod.yaml': REFERENCE.replace('drop: ["ALL"]', 'drop: ["ALL"]\n          add: ["SYS_ADMIN"]') } },
    { name: 'seccomp를 Unconfined로', files: { 'pod.yaml': REFERENCE.replace('type: RuntimeDefault', 'type: Unconfined') } },
    {
      name: 'Namespace를 privileged로 바꿔 검사를 피한다',
      files: {
        'pod.yaml': `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: production\n  labels:\n    pod-security.kubernetes.io/enforce: privileged\n---\n${REFERENCE.replace('    seccompProfile:\n      type: RuntimeDefault\n', '')}`,
      },
    },
  ],
};
