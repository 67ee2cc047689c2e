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

const R = (from: string | RegExp, to: string) => ({ 'pod.yaml': REFERENCE.replace(from, to) });

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
    {
      // One anchored securityContext merged into the container, flow style, inside a kind: List
      'pod.yaml': `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: app, namespace: production}
    spec:
      securityContext: {runAsNonRoot: true, runAsUser: 1000, seccompProfile: {type: RuntimeDefault}}
      containers:
        - name: app
          image: registry.example.com/myapp:1.0.0
          ports: [{containerPort: 8080}]
          securityContext:
            <<: &hardened {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true}
            capabilities: {drop: [ALL]}
          volumeMounts: [{name: tmp, mountPath: /tmp}]
      volumes: [{name: tmp, emptyDir: {}}]
`,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'pod.yaml': '' } },
    { name: '컨테이너를 지운다', files: { 'pod.yaml': REFERENCE.replace(/ {2}containers:[\s\S]*?(?= {2}volumes:)/, '  containers: []\n') } },
    { name: '이미지를 바꾼다', files: { 'pod.yaml': REFERENCE.replace('registry.example.com/myapp:1.0.0', 'busybox:1.37') } },
    {
      name: 'init container에 privileged를 숨긴다',
      files: {
        'pod.yaml': REFERENCE.replace(
          '  containers:\n',
          '  initContainers:\n    - name: setup\n      image: busybox:1.37\n      securityContext:\n        privileged: true\n  containers:\n',
        ),
      },
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
    // YAML as kubectl reads it
    {
      name: '같은 키를 뒤에 다시 써서 읽기 전용을 끈다',
      files: R('        readOnlyRootFilesystem: true\n', '        readOnlyRootFilesystem: true\n        readOnlyRootFilesystem: false\n'),
    },
    {
      name: 'merge 키 뒤에서 권한 상승을 켠다',
      files: R('        allowPrivilegeEscalation: false\n', '        <<: {allowPrivilegeEscalation: false}\n        allowPrivilegeEscalation: true\n'),
    },
    {
      name: '두 번째 문서에 root Pod',
      files: {
        'pod.yaml': `${REFERENCE}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\n  namespace: production\nspec:\n  containers:\n    - name: shell\n      image: busybox:1.37\n      securityContext:\n        runAsUser: 0\n`,
      },
    },
    {
      name: 'kind: List 안에 hostPID Pod',
      files: {
        'pod.yaml': `${REFERENCE}---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: debug}\n    spec:\n      hostPID: true\n      containers: [{name: shell, image: "busybox:1.37"}]\n`,
      },
    },
    // what the API server rejects
    { name: 'localhostProfile 없는 seccomp Localhost', files: R('      type: RuntimeDefault\n', '      type: Localhost\n') },
    {
      name: 'os.name: windows로 Linux 검사를 건너뛴다',
      // Pod Security skips its Linux checks for Windows pods; the API forbids the Linux fields there, so they go
      files: {
        'pod.yaml': REFERENCE.replace(
          / {2}securityContext:\n[\s\S]*? {2}containers:\n/,
          '  os:\n    name: windows\n  securityContext:\n    runAsNonRoot: true\n  containers:\n',
        ).replace(/ {6}securityContext:\n[\s\S]*?(?= {6}volumeMounts)/, ''),
      },
    },
    { name: '음수 UID', files: R('    runAsUser: 1000\n', '    runAsUser: -1\n') },
    // container fields that override the Pod
    {
      name: '컨테이너에서 runAsNonRoot: false로 덮는다',
      files: R('        allowPrivilegeEscalation: false\n', '        runAsNonRoot: false\n        allowPrivilegeEscalation: false\n'),
    },
    {
      name: '컨테이너에서 runAsUser: 0으로 덮는다',
      files: R('        allowPrivilegeEscalation: false\n', '        runAsUser: 0\n        allowPrivilegeEscalation: false\n'),
    },
    { name: 'drop을 소문자 all로 쓴다', files: R('drop: ["ALL"]', 'drop: ["all"]') },
    { name: '/tmp를 읽기 전용으로 마운트한다', files: R('          mountPath: /tmp\n', '          mountPath: /tmp\n          readOnly: true\n') },
    { name: 'procMount: Unmasked', files: R('        readOnlyRootFilesystem: true\n', '        readOnlyRootFilesystem: true\n        procMount: Unmasked\n') },
  ],
};
