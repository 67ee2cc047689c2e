/** A read-only operator Role: logs yes, exec no (chapter kubernetes-security). */
import type { CourseSample } from './types';

export const rbacOperator: CourseSample = {
  id: 'rbac-operator',
  lang: 'yaml',
  file: 'rbac-operator.yaml',
  text: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: operator-readonly
  namespace: production
rules:
  # pods/log는 따로 적어야 로그를 볼 수 있습니다. pods/exec는 넣지 않습니다
  - apiGroups: [""]
    resources: ["pods", "pods/log", "services", "events"]
    verbs: ["get", "list", "watch"]
  - apiGroups: ["apps"]
    resources: ["deployments", "replicasets"]
    verbs: ["get", "list", "watch"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: operator-readonly-binding
  namespace: production
subjects:
  - kind: Group
    name: ops-team
    apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: Role
  name: operator-readonly
  apiGroup: rbac.authorization.k8s.io
`,
};
