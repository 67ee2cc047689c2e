/** The seed's developer Role and RoleBinding, still valid as written (chapter kubernetes-security). */
import type { CourseSample } from './types';

export const rbacDeveloper: CourseSample = {
  id: 'rbac-developer',
  lang: 'yaml',
  file: 'rbac-developer.yaml',
  text: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: developer
  namespace: production
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "list", "create", "update", "patch"]
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "list"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: developer-binding
  namespace: production
subjects:
  - kind: User
    name: developer-user
    apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: Role
  name: developer
  apiGroup: rbac.authorization.k8s.io
`,
};
