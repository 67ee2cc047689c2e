import type { LabSolutions } from '../types';
import { lab } from './lab';

const STARTER = lab.files[0]!.starter;
const RULES = `rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "list", "create", "update", "patch"]
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list"]
`;
const REFERENCE = STARTER.replace(/rules:\n[\s\S]*?(?=---)/, RULES);

export const solutions: LabSolutions = {
  reference: { 'rbac.yaml': REFERENCE },
  alternatives: [
    {
      // A reusable ClusterRole bound in one namespace by a RoleBinding, for the developers group
      'rbac.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: app-developer
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"]
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "list", "watch"]
  - apiGroups: [""]
    resources: ["pods/log"]
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: developers
  namespace: production
subjects:
  - kind: Group
    name: developers
    apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: ClusterRole
  name: app-developer
  apiGroup: rbac.authorization.k8s.io
`,
    },
    {
      // One rule per verb group, the deployment status and scale subresources as well
      'rbac.yaml': STARTER.replace(
        /rules:\n[\s\S]*?(?=---)/,
        'rules:\n  - apiGroups: ["apps"]\n    resources: ["deployments", "deployments/scale", "replicasets"]\n    verbs: ["get", "list", "watch"]\n  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["create", "update", "patch"]\n  - apiGroups: [""]\n    resources: ["pods", "pods/log", "events"]\n    verbs: ["get", "list"]\n',
      ),
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'rbac.yaml': '' } },
    { name: 'Secret을 resourceNames로 남긴다', files: { 'rbac.yaml': REFERENCE.replace(RULES, `${RULES}  - apiGroups: [""]\n    resources: ["secrets"]\n    resourceNames: ["db-secret"]\n    verbs: ["get"]\n`) } },
    { name: 'pods/exec을 더한다', files: { 'rbac.yaml': REFERENCE.replace('resources: ["pods", "pods/log"]', 'resources: ["pods", "pods/log", "pods/exec"]').replace('verbs: ["get", "list"]\n', 'verbs: ["get", "list", "create"]\n') } },
    {
      name: 'ClusterRoleBinding으로 모든 Namespace에 준다',
      files: { 'rbac.yaml': REFERENCE.replace('kind: Role\nmetadata:\n  name: developer\n  namespace: production', 'kind: ClusterRole\nmetadata:\n  name: developer').replace('kind: RoleBinding\nmetadata:\n  name: developer-binding\n  namespace: production', 'kind: ClusterRoleBinding\nmetadata:\n  name: developer-binding').replace('  kind: Role\n', '  kind: ClusterRole\n') },
    },
    { name: '모든 인증 사용자에게 준다', files: { 'rbac.yaml': REFERENCE.replace('  - kind: User\n    name: developer-user', '  - kind: Group\n    name: system:authenticated') } },
    { name: 'Deployment 권한을 빠뜨린다', files: { 'rbac.yaml': REFERENCE.replace('verbs: ["get", "list", "create", "update", "patch"]', 'verbs: ["get", "list"]') } },
  ],
};
