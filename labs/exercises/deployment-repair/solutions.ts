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
    { 'deployment.yaml': REFERENCE.replace(/app: myapp/g, 'component: api').replace('replicas: 2', 'replicas: 3').replace('type: RuntimeDefault', 'type: Localhost\n          localhostProfile: profiles/app.json') },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'deployment.yaml': '' } },
    { name: 'Deployment를 Pod로 바꾼다', files: { 'deployment.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: myapp:1.0.0\n' } },
    { name: 'selector가 다른 라벨을 고른다', files: { 'deployment.yaml': REFERENCE.replace('    matchLabels:\n      app: myapp', '    matchLabels:\n      app: other') } },
    { name: 'replicas: 0', files: { 'deployment.yaml': REFERENCE.replace('replicas: 2', 'replicas: 0') } },
    { name: '이미지를 바꾼다', files: { 'deployment.yaml': REFERENCE.replace('image: myapp:1.0.0', 'image: busybox:1.37') } },
    {
      name: 'init container에 privileged를 숨긴다',
      files: { 'deployment.yaml': REFERENCE.replace('      containers:\n', '      initContainers:\n        - name: setup\n          image: busybox:1.37\n          securityContext:\n            privileged: true\n      containers:\n') },
    },
  ],
};
