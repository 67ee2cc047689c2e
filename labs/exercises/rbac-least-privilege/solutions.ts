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
/** The reference plus more documents. */
const plus = (...docs: string[]) => [REFERENCE, ...docs].join('---\n');
/** The reference with one more rule in the Role. */
const withRule = (rule: string) => REFERENCE.replace(RULES, `${RULES}${rule}`);
const clusterGrant = (name: string, rules: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: ${name}
rules:
${rules}---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ${name}
subjects:
  - kind: User
    name: developer-user
    apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: ClusterRole
  name: ${name}
  apiGroup: rbac.authorization.k8s.io
`;
const roleBinding = (
  name: string,
  namespace: string,
  roleKind: string,
  role: string,
  subject = '  - kind: User\n    name: developer-user\n    apiGroup: rbac.authorization.k8s.io\n',
) => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ${name}
  namespace: ${namespace}
subjects:
${subject}roleRef:
  kind: ${roleKind}
  name: ${role}
  apiGroup: rbac.authorization.k8s.io
`;

export const solutions: LabSolutions = {
  reference: { 'rbac.yaml': REFERENCE },
  alternatives: [
    {
      // A reusable ClusterRole granted in one namespace only (RoleBinding), one rule per verb group, flow style
      'rbac.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: app-developer
rules:
  - {apiGroups: [apps], resources: [deployments], verbs: [get, list]}
  - {apiGroups: [apps], resources: [deployments], verbs: [create, update, patch]}
  - {apiGroups: [""], resources: [pods], verbs: [list, get]}
  - {apiGroups: [""], resources: [pods/log], verbs: [get]}
---
${roleBinding('app-developer', 'production', 'ClusterRole', 'app-developer')}`,
    },
    {
      // A List of two Roles and two RoleBindings that share their metadata through anchors and merge keys
      'rbac.yaml': `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: Role
    metadata: &deploy {name: deploy, namespace: production}
    rules:
      - apiGroups: ["apps"]
        resources: ["deployments"]
        verbs: ["get", "list", "create", "update", "patch"]
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: Role
    metadata: &read {name: read-pods, namespace: production}
    rules:
      - apiGroups: [""]
        resources: ["pods"]
        verbs: ["get", "list"]
      - apiGroups: [""]
        resources: ["pods/log"]
        verbs: ["get"]
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: RoleBinding
    metadata: *deploy
    subjects: &dev
      - {kind: User, name: developer-user, apiGroup: rbac.authorization.k8s.io}
    roleRef: {kind: Role, name: deploy, apiGroup: rbac.authorization.k8s.io}
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: RoleBinding
    metadata:
      <<: *read
    subjects: *dev
    roleRef: {kind: Role, name: read-pods, apiGroup: rbac.authorization.k8s.io}
`,
    },
    {
      // Groups and resources combined in one rule: pods in apps and deployments in core do not exist, so they add nothing
      'rbac.yaml': STARTER.replace(
        /rules:\n[\s\S]*?(?=---)/,
        'rules:\n  # get/list on both; "pods" in apps and "deployments" in core name nothing\n  - apiGroups: ["", "apps"]\n    resources: ["deployments", "pods"]\n    verbs: ["get", "list"]\n  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["create", "update", "patch"]\n  - apiGroups: [""]\n    resources: ["pods/log"]\n    verbs: ["get"]\n',
      ),
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'rbac.yaml': '' } },
    {
      name: 'Secret을 resourceNames로 남긴다',
      files: { 'rbac.yaml': withRule('  - apiGroups: [""]\n    resources: ["secrets"]\n    resourceNames: ["db-secret"]\n    verbs: ["get"]\n') },
    },
    {
      name: 'pods/exec을 더한다',
      files: {
        'rbac.yaml': REFERENCE.replace('resources: ["pods", "pods/log"]', 'resources: ["pods", "pods/log", "pods/exec"]').replace(
          'verbs: ["get", "list"]\n',
          'verbs: ["get", "list", "create"]\n',
        ),
      },
    },
    {
      name: 'ClusterRoleBinding으로 모든 Namespace에 준다',
      files: {
        'rbac.yaml': REFERENCE.replace('kind: Role\nmetadata:\n  name: developer\n  namespace: production', 'kind: ClusterRole\nmetadata:\n  name: developer')
          .replace(
            'kind: RoleBinding\nmetadata:\n  name: developer-binding\n  namespace: production',
            'kind: ClusterRoleBinding\nmetadata:\n  name: developer-binding',
          )
          .replace('  kind: Role\n', '  kind: ClusterRole\n'),
      },
    },
    {
      name: '모든 인증 사용자에게 준다',
      files: { 'rbac.yaml': REFERENCE.replace('  - kind: User\n    name: developer-user', '  - kind: Group\n    name: system:authenticated') },
    },
    {
      name: 'developers 그룹 전체에 준다',
      files: { 'rbac.yaml': REFERENCE.replace('  - kind: User\n    name: developer-user', '  - kind: Group\n    name: developers') },
    },
    {
      name: 'ServiceAccount에도 준다',
      files: { 'rbac.yaml': REFERENCE.replace('roleRef:', '  - kind: ServiceAccount\n    name: ci\n    namespace: production\nroleRef:') },
    },
    {
      name: 'Deployment 권한을 빠뜨린다',
      files: { 'rbac.yaml': REFERENCE.replace('verbs: ["get", "list", "create", "update", "patch"]', 'verbs: ["get", "list"]') },
    },
    {
      name: 'impersonate를 더한다',
      files: { 'rbac.yaml': plus(clusterGrant('impersonator', '  - apiGroups: [""]\n    resources: ["users", "groups"]\n    verbs: ["impersonate"]\n')) },
    },
    {
      name: 'pods/ephemeralcontainers로 디버그 컨테이너를 넣는다',
      files: { 'rbac.yaml': withRule('  - apiGroups: [""]\n    resources: ["pods/ephemeralcontainers"]\n    verbs: ["patch", "update"]\n') },
    },
    { name: 'pods/proxy를 더한다', files: { 'rbac.yaml': withRule('  - apiGroups: [""]\n    resources: ["pods/proxy"]\n    verbs: ["get", "create"]\n') } },
    {
      name: 'pods/portforward를 더한다',
      files: { 'rbac.yaml': withRule('  - apiGroups: [""]\n    resources: ["pods/portforward"]\n    verbs: ["create"]\n') },
    },
    {
      name: 'Role과 RoleBinding을 고칠 수 있게 한다',
      files: {
        'rbac.yaml': withRule('  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["roles", "rolebindings"]\n    verbs: ["update", "patch"]\n'),
      },
    },
    {
      name: 'escalate와 bind',
      files: { 'rbac.yaml': withRule('  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["roles"]\n    verbs: ["escalate", "bind"]\n') },
    },
    {
      name: '두 번째 Role에 *를 주고 따로 바인딩한다',
      files: {
        'rbac.yaml': plus(
          'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: helper\n  namespace: production\nrules:\n  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n',
          roleBinding('helper', 'production', 'Role', 'helper'),
        ),
      },
    },
    {
      name: '같은 이름의 Role을 뒤에 다시 써서 *로 덮는다',
      files: {
        'rbac.yaml': plus(
          'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: developer\n  namespace: production\nrules:\n  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n',
        ),
      },
    },
    { name: '기본 ClusterRole edit를 바인딩한다', files: { 'rbac.yaml': plus(roleBinding('dev-edit', 'production', 'ClusterRole', 'edit')) } },
    {
      name: 'aggregate-to-edit 라벨로 기본 역할에 합친다',
      files: {
        'rbac.yaml': plus(
          'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: extra-edit\n  labels:\n    rbac.authorization.k8s.io/aggregate-to-edit: "true"\nrules:\n  - apiGroups: [""]\n    resources: ["nodes"]\n    verbs: ["get"]\n',
        ),
      },
    },
    { name: 'kube-system에도 같은 Role을 준다', files: { 'rbac.yaml': plus(REFERENCE.replace(/namespace: production/g, 'namespace: kube-system')) } },
    {
      name: 'watch와 delete를 더한다',
      files: {
        'rbac.yaml': REFERENCE.replace(
          'verbs: ["get", "list", "create", "update", "patch"]',
          'verbs: ["get", "list", "watch", "create", "update", "patch", "delete"]',
        ),
      },
    },
    {
      name: 'deployments/scale을 더한다',
      files: { 'rbac.yaml': REFERENCE.replace('resources: ["deployments"]', 'resources: ["deployments", "deployments/scale"]') },
    },
    {
      name: 'non-resource URL을 더한다',
      files: { 'rbac.yaml': plus(clusterGrant('metrics', '  - nonResourceURLs: ["/metrics", "/debug/*"]\n    verbs: ["get"]\n')) },
    },
    {
      // go-yaml (kubectl) lets a merge key override the keys written before it: pods get the deployment verbs
      name: 'merge 키 앞에 쓴 verbs가 덮인다',
      files: {
        'rbac.yaml': REFERENCE.replace(
          RULES,
          'rules:\n  - &deploy\n    apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list", "create", "update", "patch"]\n  - verbs: ["get", "list"]\n    <<: *deploy\n    apiGroups: [""]\n    resources: ["pods", "pods/log"]\n',
        ),
      },
    },
    {
      name: 'List 안에 추가 Role을 숨긴다',
      files: {
        'rbac.yaml': plus(
          `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: rbac.authorization.k8s.io/v1\n    kind: Role\n    metadata: {name: hidden, namespace: production}\n    rules: [{apiGroups: [""], resources: [secrets], verbs: [list]}]\n  - apiVersion: rbac.authorization.k8s.io/v1\n    kind: RoleBinding\n    metadata: {name: hidden, namespace: production}\n    subjects: [{kind: User, name: developer-user, apiGroup: rbac.authorization.k8s.io}]\n    roleRef: {kind: Role, name: hidden, apiGroup: rbac.authorization.k8s.io}\n`,
        ),
      },
    },
  ],
};
