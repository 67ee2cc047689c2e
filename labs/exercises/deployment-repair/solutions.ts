import type { LabSolutions } from '../types';

const REFERENCE = `apiVersion: apps/v1
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
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: app
          image: myapp:1.0.0
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
            readOnlyRootFilesystem: true
`;

const R = (from: string | RegExp, to: string) => ({ 'deployment.yaml': REFERENCE.replace(from, to) });
const PRIVILEGED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: debug
  namespace: production
spec:
  selector:
    matchLabels: {app: debug}
  template:
    metadata:
      labels: {app: debug}
    spec:
      containers:
        - name: shell
          image: busybox:1.37
          securityContext:
            privileged: true
`;

export const solutions: LabSolutions = {
  reference: { 'deployment.yaml': REFERENCE },
  alternatives: [
    {
      'deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: production
spec:
  selector:
    matchExpressions:
      - key: app.kubernetes.io/name
        operator: In
        values: ["myapp"]
  template:
    metadata:
      labels:
        app.kubernetes.io/name: myapp
        tier: web
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
      containers:
        - name: app
          image: myapp:1.0.0
          securityContext:
            allowPrivilegeEscalation: false
            seccompProfile:
              type: RuntimeDefault
            capabilities:
              drop: ["ALL"]
            readOnlyRootFilesystem: true
`,
    },
    {
      'deployment.yaml': REFERENCE.replace(/app: myapp/g, 'component: api')
        .replace('replicas: 2', 'replicas: 3')
        .replace('type: RuntimeDefault', 'type: Localhost\n          localhostProfile: profiles/app.json'),
    },
    {
      // One anchored label map for the selector and the template, replicas left to the default (1), an Exists term,
      // the whole Deployment inside a kind: List
      'deployment.yaml': `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: app, namespace: production}
    spec:
      selector:
        matchLabels: &labels {app: myapp}
        matchExpressions: [{key: app, operator: Exists}]
      template:
        metadata:
          labels: *labels
        spec:
          securityContext:
            <<: {runAsNonRoot: true, runAsUser: 1000}
            seccompProfile: {type: RuntimeDefault}
          containers:
            - name: app
              image: myapp:1.0.0
              securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, readOnlyRootFilesystem: true}
`,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'deployment.yaml': '' } },
    {
      name: 'Deployment를 Pod로 바꾼다',
      files: { 'deployment.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: myapp:1.0.0\n' },
    },
    {
      name: 'selector가 다른 라벨을 고른다',
      files: { 'deployment.yaml': REFERENCE.replace('    matchLabels:\n      app: myapp', '    matchLabels:\n      app: other') },
    },
    { name: 'replicas: 0', files: { 'deployment.yaml': REFERENCE.replace('replicas: 2', 'replicas: 0') } },
    { name: '이미지를 바꾼다', files: { 'deployment.yaml': REFERENCE.replace('image: myapp:1.0.0', 'image: busybox:1.37') } },
    {
      name: 'init container에 privileged를 숨긴다',
      files: {
        'deployment.yaml': REFERENCE.replace(
          '      containers:\n',
          '      initContainers:\n        - name: setup\n          image: busybox:1.37\n          securityContext:\n            privileged: true\n      containers:\n',
        ),
      },
    },
    // YAML as kubectl reads it
    { name: '같은 키를 뒤에 다시 써서 replicas: 0', files: R('  replicas: 2\n', '  replicas: 2\n  replicas: 0\n') },
    {
      name: 'merge 키 뒤에서 권한 상승을 켠다',
      files: R(
        '            allowPrivilegeEscalation: false\n',
        '            <<: {allowPrivilegeEscalation: false}\n            allowPrivilegeEscalation: true\n',
      ),
    },
    { name: '두 번째 문서에 privileged Deployment', files: { 'deployment.yaml': `${REFERENCE}---\n${PRIVILEGED}` } },
    {
      name: 'kind: List 안에 privileged Deployment',
      files: {
        'deployment.yaml': `${REFERENCE}---\napiVersion: v1\nkind: List\nitems:\n${PRIVILEGED.replace(/^/gm, '    ')
          .replace(/^ {4}apiVersion/, '  - apiVersion')
          .replace(/ +$/, '')}`,
      },
    },
    // what the API server rejects
    { name: '음수 replicas', files: R('replicas: 2', 'replicas: -1') },
    {
      name: 'Exists에 values를 쓴다',
      files: R(
        '    matchLabels:\n      app: myapp\n',
        '    matchLabels:\n      app: myapp\n    matchExpressions:\n      - {key: app, operator: Exists, values: [myapp]}\n',
      ),
    },
    { name: 'In에 values가 없다', files: R('    matchLabels:\n      app: myapp\n', '    matchExpressions:\n      - {key: app, operator: In, values: []}\n') },
    { name: 'localhostProfile 없는 seccomp Localhost', files: R('          type: RuntimeDefault\n', '          type: Localhost\n') },
    { name: 'replicas를 문자열로', files: R('replicas: 2', 'replicas: "2"') },
    {
      name: 'os.name: windows로 Linux 검사를 건너뛴다',
      files: R(
        / {6}securityContext:\n[\s\S]*$/,
        '      os:\n        name: windows\n      securityContext:\n        runAsNonRoot: true\n      containers:\n        - name: app\n          image: myapp:1.0.0\n',
      ),
    },
    { name: '빈 selector', files: R('  selector:\n    matchLabels:\n      app: myapp\n', '  selector: {}\n') },
    // runs
    { name: 'paused: true로 만든다', files: R('  replicas: 2\n', '  replicas: 2\n  paused: true\n') },
  ],
};
