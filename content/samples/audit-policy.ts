/** ERRATA §2.7: the audit policy with the Secret rule first and a catch-all (chapter kubernetes-security, lab audit-policy). */
import type { CourseSample } from './types';

export const auditPolicy: CourseSample = {
  id: 'audit-policy',
  lang: 'yaml',
  file: 'audit-policy.yaml',
  text: `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: ["RequestReceived"]
rules:
  # 처음 맞는 규칙 하나만 적용됩니다: Secret, ConfigMap, 토큰의 내용은 클러스터 어디서든 로그에 남기지 않습니다
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets", "configmaps", "serviceaccounts/token"]
  # ServiceAccount가 워크로드를 바꾸는 요청은 요청과 응답 본문까지 기록합니다
  - level: RequestResponse
    userGroups: ["system:serviceaccounts"]
    verbs: ["create", "update", "patch", "delete"]
    resources:
      - group: ""
        resources: ["pods"]
      - group: "apps"
        resources: ["deployments", "daemonsets", "statefulsets"]
  # 나머지 전부: 이 규칙이 없으면 기본 레벨은 None(기록 안 함)입니다
  - level: Metadata
`,
};
