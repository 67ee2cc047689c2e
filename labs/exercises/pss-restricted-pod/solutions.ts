import type { LabSolutions } from '../types';
import { NGINX_UNPRIVILEGED_IMAGE, podNginxUnprivileged } from '../../../content/samples';

// The reference is chapter 5's corrected Pod (content/samples): one place for the image version.
const REFERENCE = podNginxUnprivileged.text;
const IMAGE = NGINX_UNPRIVILEGED_IMAGE;
const DIGEST = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

const R = (from: string | RegExp, to: string) => ({ 'secure-app.yaml': REFERENCE.replace(from, to) });
const PRIVILEGED_POD = `apiVersion: v1
kind: Pod
metadata:
  name: helper
  namespace: production
spec:
  containers:
    - name: shell
      image: busybox:1.37
      securityContext:
        privileged: true
`;

export const solutions: LabSolutions = {
  reference: { 'secure-app.yaml': REFERENCE },
  alternatives: [
    {
      // Keeps the user namespace (for nodes that support it), sets seccomp on the container, pins the Alpine release too
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
      image: nginxinc/nginx-unprivileged:1.30-alpine3.23
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
      // A digest instead of a tag, a memory-backed /tmp with a size limit
      'secure-app.yaml': REFERENCE.replace(IMAGE, `docker.io/nginxinc/nginx-unprivileged@${DIGEST}`).replace(
        '      emptyDir: {}',
        '      emptyDir:\n        medium: Memory\n        sizeLimit: 16Mi',
      ),
    },
    {
      // YAML anchors and a merge key for the hardened securityContext, flow style, a version tag with its digest
      'secure-app.yaml': `apiVersion: v1
kind: Pod
metadata: {name: secure-app, namespace: production}
spec:
  securityContext: &pod
    runAsNonRoot: true
    runAsUser: 101
    runAsGroup: 101
    seccompProfile: {type: RuntimeDefault}
  containers:
    - name: app
      image: "${IMAGE}@${DIGEST}"
      ports: [{containerPort: 8080, protocol: TCP}]
      securityContext:
        <<: *pod
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities: {drop: [ALL]}
      volumeMounts: [{name: tmp, mountPath: /tmp/}]
  volumes: [{name: tmp, emptyDir: {}}]
`,
    },
    {
      // The Pod inside a kind: List, a Localhost seccomp profile with its file, the namespace's own Namespace object
      'secure-app.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: production
  labels:
    pod-security.kubernetes.io/enforce: restricted
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: secure-app
      namespace: production
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: Localhost
          localhostProfile: profiles/nginx.json
      containers:
        - name: app
          image: nginxinc/nginx-unprivileged:1.31-alpine
          ports:
            - containerPort: 8080
          securityContext:
            runAsUser: 101
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {}
`,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'secure-app.yaml': '' } },
    { name: 'Pod를 다른 이름으로 바꾼다', files: R('name: secure-app\n  namespace', 'name: other\n  namespace') },
    { name: '일반 nginx로 되돌린다', files: R(IMAGE, 'nginx:1.30-alpine') },
    { name: 'latest 태그', files: R(IMAGE, 'nginxinc/nginx-unprivileged:latest') },
    {
      name: 'init container에 privileged를 숨긴다',
      files: R(
        '  containers:\n',
        '  initContainers:\n    - name: setup\n      image: busybox:1.37\n      securityContext:\n        privileged: true\n  containers:\n',
      ),
    },
    { name: '포트 80', files: R('containerPort: 8080', 'containerPort: 80') },
    { name: '/tmp volume을 지운다', files: R(/ {6}volumeMounts:\n[\s\S]*$/, '') },
    // YAML as kubectl reads it
    {
      name: '같은 키를 뒤에 다시 써서 seccomp를 Unconfined로',
      files: R('      type: RuntimeDefault\n', '      type: RuntimeDefault\n      type: Unconfined\n'),
    },
    {
      name: 'merge 키 뒤에서 권한 상승을 켠다',
      files: R('        allowPrivilegeEscalation: false\n', '        <<: {allowPrivilegeEscalation: false}\n        allowPrivilegeEscalation: true\n'),
    },
    { name: '두 번째 문서에 privileged Pod', files: { 'secure-app.yaml': `${REFERENCE}---\n${PRIVILEGED_POD}` } },
    {
      name: 'kind: List 안에 privileged Pod',
      files: {
        'secure-app.yaml': `${REFERENCE}---\napiVersion: v1\nkind: List\nitems:\n${PRIVILEGED_POD.replace(/^/gm, '    ').replace(/^ {4}apiVersion/, '  - apiVersion')}`,
      },
    },
    {
      name: '같은 파일에서 Namespace를 privileged로 바꾸고 seccomp를 뺀다',
      files: {
        'secure-app.yaml': `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: production\n  labels:\n    pod-security.kubernetes.io/enforce: privileged\n---\n${REFERENCE.replace('    seccompProfile:\n      type: RuntimeDefault\n', '')}`,
      },
    },
    // what the API server rejects
    { name: 'localhostProfile 없는 seccomp Localhost', files: R('      type: RuntimeDefault\n', '      type: Localhost\n') },
    {
      // Pod Security skips the Linux checks for Windows pods, and the API forbids Linux fields there: drop them all
      name: 'os.name: windows로 Linux 검사를 건너뛴다',
      files: {
        'secure-app.yaml': REFERENCE.replace(
          / {2}securityContext:\n[\s\S]*? {2}containers:\n/,
          '  os:\n    name: windows\n  securityContext:\n    runAsNonRoot: true\n  containers:\n',
        ).replace(/ {6}securityContext:\n {8}allowPrivilegeEscalation: false\n {8}readOnlyRootFilesystem: true\n {8}capabilities:\n {10}drop: \["ALL"\]\n/, ''),
      },
    },
    { name: '음수 UID', files: R('    runAsUser: 101\n', '    runAsUser: -1\n') },
    { name: '없는 volume을 마운트한다', files: R('        - name: tmp\n          mountPath: /tmp', '        - name: scratch\n          mountPath: /tmp') },
    {
      name: '같은 이름의 컨테이너를 하나 더 둔다',
      files: R('  volumes:\n', '    - name: app\n      image: busybox:1.37\n      securityContext:\n        privileged: true\n  volumes:\n'),
    },
    // images
    { name: 'stable-alpine 태그', files: R(IMAGE, 'nginxinc/nginx-unprivileged:stable-alpine') },
    { name: 'alpine 태그', files: R(IMAGE, 'nginxinc/nginx-unprivileged:alpine') },
    { name: '지원이 끝난 nginx 1.29', files: R(IMAGE, 'nginxinc/nginx-unprivileged:1.29-alpine') },
    { name: '지원이 끝난 Alpine 3.21 위의 1.30', files: R(IMAGE, 'nginxinc/nginx-unprivileged:1.30-alpine3.21') },
    { name: '같은 키를 뒤에 다시 써서 이미지를 바꾼다', files: R(`      image: ${IMAGE}\n`, `      image: ${IMAGE}\n      image: nginx:1.25-alpine\n`) },
    // the other restricted checks
    {
      name: '컨테이너에서 runAsUser: 0으로 덮는다',
      files: R('        allowPrivilegeEscalation: false\n', '        runAsUser: 0\n        allowPrivilegeEscalation: false\n'),
    },
    { name: 'SYS_ADMIN capability를 더한다', files: R('          drop: ["ALL"]\n', '          drop: ["ALL"]\n          add: ["SYS_ADMIN"]\n') },
    { name: 'hostNetwork', files: R('  automountServiceAccountToken: false\n', '  automountServiceAccountToken: false\n  hostNetwork: true\n') },
    {
      name: '컨테이너 seccomp를 Unconfined로 덮는다',
      files: R('        readOnlyRootFilesystem: true\n', '        readOnlyRootFilesystem: true\n        seccompProfile:\n          type: Unconfined\n'),
    },
    // runs
    { name: '/tmp를 읽기 전용으로 마운트한다', files: R('          mountPath: /tmp\n', '          mountPath: /tmp\n          readOnly: true\n') },
    { name: '다른 명령을 실행한다', files: R('      ports:\n', '      command: ["sleep", "infinity"]\n      ports:\n') },
  ],
};
