import type { LabSolutions } from '../types';
import { auditPolicy } from '../../../content/samples';

const REFERENCE = auditPolicy.text;

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
    { name: '쓰기 전체 규칙을 Secret 규칙 위에', files: { 'audit-policy.yaml': REFERENCE.replace('rules:\n', 'rules:\n  - level: RequestResponse\n    verbs: ["create", "update", "patch"]\n') } },
    { name: 'deployments를 core group에', files: { 'audit-policy.yaml': REFERENCE.replace('        resources: ["pods"]\n      - group: "apps"\n        resources: ["deployments", "daemonsets", "statefulsets"]', '        resources: ["pods", "deployments", "daemonsets", "statefulsets"]') } },
    { name: 'users wildcard', files: { 'audit-policy.yaml': REFERENCE.replace('userGroups: ["system:serviceaccounts"]', 'users: ["system:serviceaccount:*:*"]') } },
  ],
};
