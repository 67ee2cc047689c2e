/** YAML builders for the rbac/* rule examples. */
export function role(rules: string, kind: 'Role' | 'ClusterRole' = 'Role'): string {
  return `apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata:
  name: demo
${kind === 'Role' ? '  namespace: production\n' : ''}rules:
${rules}`;
}

export function binding(roleKind: string, roleName: string, kind: 'RoleBinding' | 'ClusterRoleBinding' = 'ClusterRoleBinding'): string {
  return `apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata:
  name: demo-binding
${kind === 'RoleBinding' ? '  namespace: production\n' : ''}subjects:
  - kind: ServiceAccount
    name: app
    namespace: production
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ${roleKind}
  name: ${roleName}
`;
}

/** The seed's developer Role and RoleBinding (chapter 4), indentation restored. */
export const SEED_RBAC = `apiVersion: rbac.authorization.k8s.io/v1
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
`;
