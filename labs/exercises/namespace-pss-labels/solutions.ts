import type { LabSolutions } from '../types';

const REFERENCE = `apiVersion: v1
kind: Namespace
metadata:
  name: production
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: v1.36
    pod-security.kubernetes.io/audit: restricted
    pod-security.kubernetes.io/warn: restricted
`;

export const solutions: LabSolutions = {
  reference: { 'namespace.yaml': REFERENCE },
  alternatives: [
    // the oldest version whose restricted has every control of today's (it also works with a YAML anchor)
    {
      'namespace.yaml': `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: production\n  labels:\n    pod-security.kubernetes.io/enforce: &level restricted\n    pod-security.kubernetes.io/enforce-version: v1.34\n    pod-security.kubernetes.io/audit: *level\n    pod-security.kubernetes.io/warn: *level\n`,
    },
    {
      'namespace.yaml': `${REFERENCE.replace('v1.36', 'v1.37')}    pod-security.kubernetes.io/audit-version: latest\n    pod-security.kubernetes.io/warn-version: latest\n`,
    },
    {
      'namespace.yaml': `apiVersion: v1
kind: Namespace
metadata:
  labels: {"pod-security.kubernetes.io/warn": restricted, "pod-security.kubernetes.io/audit": restricted, "pod-security.kubernetes.io/enforce-version": "v1.35", "pod-security.kubernetes.io/enforce": restricted, team: payments}
  name: production
`,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'namespace.yaml': '' } },
    { name: 'Namespace 이름을 바꾼다', files: { 'namespace.yaml': REFERENCE.replace('name: production', 'name: staging') } },
    { name: 'enforce는 privileged, warn만 restricted', files: { 'namespace.yaml': REFERENCE.replace('enforce: restricted', 'enforce: privileged') } },
    { name: 'enforce-version: latest', files: { 'namespace.yaml': REFERENCE.replace('v1.36', 'latest') } },
    { name: '라벨 이름 오타', files: { 'namespace.yaml': REFERENCE.replace('enforce-version', 'enforce-verison') } },
    { name: 'warn을 빠뜨린다', files: { 'namespace.yaml': REFERENCE.replace('    pod-security.kubernetes.io/warn: restricted\n', '') } },
    { name: 'enforce-version: v1.0', files: { 'namespace.yaml': REFERENCE.replace('v1.36', 'v1.0') } },
    { name: 'enforce-version: v1.21', files: { 'namespace.yaml': REFERENCE.replace('v1.36', 'v1.21') } },
    { name: 'enforce-version: v1.22', files: { 'namespace.yaml': REFERENCE.replace('v1.36', 'v1.22') } },
    { name: 'enforce-version: v1.33', files: { 'namespace.yaml': REFERENCE.replace('v1.36', 'v1.33') } },
    { name: 'audit-version을 v1.18로 낮춘다', files: { 'namespace.yaml': `${REFERENCE}    pod-security.kubernetes.io/audit-version: v1.18\n` } },
    { name: '같은 라벨을 두 번 써서 뒤의 baseline이 이긴다', files: { 'namespace.yaml': `${REFERENCE}    pod-security.kubernetes.io/enforce: baseline\n` } },
    {
      name: 'Namespace를 두 번 적고 뒤의 것이 baseline',
      files: { 'namespace.yaml': `${REFERENCE}---\n${REFERENCE.replace('enforce: restricted', 'enforce: baseline')}` },
    },
  ],
};
