import type { LabSolutions } from '../types';
import { auditPolicy } from '../../../content/samples';

const REFERENCE = auditPolicy.text;
/** The comment line above the reference's catch-all rule (its last `- level: Metadata`), for bypasses that edit around it. */
const CATCH_ALL_COMMENT = (() => {
  const lines = REFERENCE.split('\n');
  const comment = lines[lines.lastIndexOf('  - level: Metadata') - 1];
  if (!comment?.startsWith('  #')) throw new Error('audit-policy: the reference has no comment above its catch-all rule');
  return `${comment}\n`;
})();

export const solutions: LabSolutions = {
  reference: { 'audit-policy.yaml': REFERENCE },
  alternatives: [
    {
      // Health checks dropped first, every apps resource, and a Request-level catch-all for writes
      'audit-policy.yaml': `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: ["RequestReceived"]
rules:
  - level: None
    nonResourceURLs: ["/healthz*", "/readyz*", "/livez*"]
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets"]
  - level: RequestResponse
    userGroups: ["system:serviceaccounts"]
    verbs: ["create", "update", "patch", "delete", "deletecollection"]
    resources:
      - group: ""
        resources: ["pods", "pods/exec"]
      - group: "apps"
  - level: Request
    verbs: ["create", "update", "patch", "delete"]
  - level: Metadata
`,
    },
    {
      // Anchors for the shared group list, flow style, and subresources of pods at RequestResponse too
      'audit-policy.yaml': `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: [RequestReceived]
rules:
  - {level: Metadata, resources: [{group: "", resources: [secrets]}]}
  - level: RequestResponse
    userGroups: &sa [system:serviceaccounts]
    verbs: &writes [create, update, patch, delete]
    resources: [{group: "", resources: [pods, pods/*]}, {group: apps, resources: [deployments, daemonsets]}]
  - {level: Request, userGroups: *sa, verbs: *writes}
  - {level: Metadata}
`,
    },
    {
      // Workload rule first but with the Secret rule still ahead of any broad rule
      'audit-policy.yaml': `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets"]
  - level: RequestResponse
    userGroups: ["system:serviceaccounts"]
    verbs: ["create", "update", "patch", "delete"]
    resources:
      - group: ""
        resources: ["pods"]
      - group: "apps"
        resources: ["*"]
  - level: Metadata
    omitStages: ["RequestReceived"]
`,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'audit-policy.yaml': '' } },
    { name: '아무것도 기록하지 않는다', files: { 'audit-policy.yaml': 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n' } },
    { name: '모든 것을 RequestResponse로', files: { 'audit-policy.yaml': 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: RequestResponse\n' } },
    {
      name: '쓰기 전체 규칙을 Secret 규칙 위에',
      files: { 'audit-policy.yaml': REFERENCE.replace('rules:\n', 'rules:\n  - level: RequestResponse\n    verbs: ["create", "update", "patch"]\n') },
    },
    {
      name: 'deployments를 core group에',
      files: {
        'audit-policy.yaml': REFERENCE.replace(
          '        resources: ["pods"]\n      - group: "apps"\n        resources: ["deployments", "daemonsets", "statefulsets"]',
          '        resources: ["pods", "deployments", "daemonsets", "statefulsets"]',
        ),
      },
    },
    {
      name: 'users wildcard',
      files: { 'audit-policy.yaml': REFERENCE.replace('userGroups: ["system:serviceaccounts"]', 'users: ["system:serviceaccount:*:*"]') },
    },
    {
      name: 'ServiceAccount 하나만 적는다',
      files: { 'audit-policy.yaml': REFERENCE.replace('userGroups: ["system:serviceaccounts"]', 'users: ["system:serviceaccount:ci:deployer"]') },
    },
    {
      name: '한 Namespace의 ServiceAccount 그룹만',
      files: { 'audit-policy.yaml': REFERENCE.replace('userGroups: ["system:serviceaccounts"]', 'userGroups: ["system:serviceaccounts:ci"]') },
    },
    {
      name: 'Secret 규칙을 get과 list에만',
      files: {
        'audit-policy.yaml': REFERENCE.replace(
          '  - level: Metadata\n    resources:',
          '  - level: Metadata\n    verbs: ["get", "list"]\n    resources:',
        ).replace(`${CATCH_ALL_COMMENT}  - level: Metadata\n`, '  - level: Request\n'),
      },
    },
    {
      name: '이름을 지정한 Secret만 Metadata로',
      files: {
        'audit-policy.yaml': REFERENCE.replace(
          '        resources: ["secrets", "configmaps", "serviceaccounts/token"]',
          '        resources: ["secrets"]\n        resourceNames: ["db-secret"]',
        ).replace(`${CATCH_ALL_COMMENT}  - level: Metadata\n`, '  - level: RequestResponse\n'),
      },
    },
    {
      name: '워크로드 규칙에서 ResponseComplete를 뺀다',
      files: {
        'audit-policy.yaml': REFERENCE.replace(
          '    verbs: ["create", "update", "patch", "delete"]\n',
          '    verbs: ["create", "update", "patch", "delete"]\n    omitStages: ["ResponseStarted", "ResponseComplete"]\n',
        ),
      },
    },
    {
      name: '모든 단계를 뺀다',
      files: {
        'audit-policy.yaml': REFERENCE.replace('omitStages: ["RequestReceived"]', 'omitStages: ["RequestReceived", "ResponseStarted", "ResponseComplete"]'),
      },
    },
    {
      name: '배포 ServiceAccount를 기록에서 뺀다',
      files: { 'audit-policy.yaml': REFERENCE.replace('rules:\n', 'rules:\n  - level: None\n    users: ["system:serviceaccount:ci:deployer"]\n') },
    },
    {
      name: '관리자 그룹을 기록에서 뺀다',
      files: { 'audit-policy.yaml': REFERENCE.replace('rules:\n', 'rules:\n  - level: None\n    userGroups: ["system:masters"]\n') },
    },
    {
      name: 'kube-system을 기록에서 뺀다',
      files: { 'audit-policy.yaml': REFERENCE.replace(CATCH_ALL_COMMENT, `  - level: None\n    namespaces: ["kube-system"]\n${CATCH_ALL_COMMENT}`) },
    },
    {
      name: '중복 키: 뒤의 level이 이긴다',
      files: {
        'audit-policy.yaml': REFERENCE.replace('  - level: Metadata\n    resources:', '  - level: Metadata\n    level: RequestResponse\n    resources:'),
      },
    },
    { name: 'Policy를 두 개 둔다', files: { 'audit-policy.yaml': `${REFERENCE}---\napiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n` } },
    { name: 'v1beta1 Policy', files: { 'audit-policy.yaml': REFERENCE.replace('audit.k8s.io/v1', 'audit.k8s.io/v1beta1') } },
    {
      name: 'nonResourceURLs와 resources를 한 규칙에 (API 서버가 거부)',
      files: {
        'audit-policy.yaml': REFERENCE.replace(
          CATCH_ALL_COMMENT,
          `  - level: None\n    nonResourceURLs: ["/healthz"]\n    resources: [{group: ""}]\n${CATCH_ALL_COMMENT}`,
        ),
      },
    },
  ],
};
