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
