/**
 * schema/* rules: structural validation of Kubernetes objects (run before the course rules).
 * One analysis per object (validate.ts); each rule reports its own kind of issue.
 */
import type { YamlRule } from '../rule';
import type { RuleMeta } from '../types';
import { apiValidationRule } from './api-validation';
import { analyze, type SchemaRuleId } from './validate';

type Meta = RuleMeta & { target: 'kubernetes'; id: SchemaRuleId };

function schemaRule(meta: Meta): YamlRule {
  return {
    meta,
    check(obj, ctx) {
      for (const issue of analyze(obj)) {
        if (issue.ruleId !== meta.id) continue;
        ctx.report({ message: issue.message, messageEn: issue.messageEn, range: issue.range, ...(issue.severity ? { severity: issue.severity } : {}) });
      }
    },
  };
}

const DEPLOYMENT_OK = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: app
          image: registry.example.com/app:1.0.0
`;

const POD = (containerExtra: string, podExtra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
${podExtra}  containers:
    - name: app
      image: registry.example.com/app:1.0.0
${containerExtra}`;

export const unknownFieldRule = schemaRule({
  id: 'schema/unknown-field',
  severity: 'error',
  target: 'kubernetes',
  title: { ko: '스키마에 없는 필드', en: 'Field not in the schema' },
  why: {
    ko: '오타(securityContxt)나 잘못된 위치(Pod 수준 capabilities)의 필드는 kubectl이 거부하거나(strict field validation) 조용히 버립니다. 보안 설정이 적용된 줄 알았는데 실제로는 빠져 있게 됩니다.',
    en: 'A misspelt (securityContxt) or misplaced (pod-level capabilities) field is rejected by strict field validation or silently dropped: the security setting you think you have is not there.',
  },
  fix: { ko: '제안된 필드 이름으로 고치거나 올바른 위치로 옮기세요.', en: 'Use the suggested field name or move the field to where it belongs.' },
  refs: { url: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation' },
  examples: {
    good: [{ file: 'pod.yaml', text: POD('      securityContext:\n        readOnlyRootFilesystem: true\n') }],
    bad: [
      { file: 'pod.yaml', text: POD('      securityContxt:\n        readOnlyRootFilesystem: true\n') },
      { file: 'pod.yaml', text: POD('', '  securityContext:\n    capabilities:\n      drop: ["ALL"]\n') },
    ],
  },
});

export const typeRule = schemaRule({
  id: 'schema/type',
  severity: 'error',
  target: 'kubernetes',
  title: { ko: '필드 타입이나 값이 틀림', en: 'Wrong field type or value' },
  why: {
    ko: 'API 서버는 타입이 맞지 않는 객체를 거부합니다. YAML은 따옴표 없는 true, 8080, 1.0을 문자열이 아닌 값으로 읽으므로 자주 틀립니다.',
    en: 'The API server rejects objects with wrongly typed fields. YAML reads unquoted true, 8080 or 1.0 as non-strings, a frequent source of mistakes.',
  },
  fix: { ko: '스키마가 요구하는 타입으로 쓰세요(정수는 따옴표 없이, 문자열 값은 따옴표로, quantity는 128Mi처럼).', en: 'Use the type the schema expects (integers unquoted, string values quoted, quantities like 128Mi).' },
  refs: { url: 'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/' },
  examples: {
    good: [{ file: 'pod.yaml', text: POD('      ports:\n        - containerPort: 8080\n') }],
    bad: [
      { file: 'pod.yaml', text: POD('      ports:\n        - containerPort: "8080"\n') },
      { file: 'pod.yaml', text: POD('      resources:\n        limits:\n          memory: 128MB\n') },
    ],
  },
});

export const requiredRule = schemaRule({
  id: 'schema/required',
  severity: 'error',
  target: 'kubernetes',
  title: { ko: '필수 필드 누락', en: 'Missing required field' },
  why: {
    ko: 'apiVersion/kind, metadata.name, Deployment의 spec.selector, 컨테이너의 image 같은 필수 필드가 없으면 API 서버가 객체를 거부합니다.',
    en: 'Without required fields such as apiVersion/kind, metadata.name, a Deployment spec.selector or a container image, the API server rejects the object.',
  },
  fix: { ko: '빠진 필드를 추가하세요.', en: 'Add the missing field.' },
  refs: { url: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector' },
  examples: {
    good: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK }],
    bad: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK.replace('  selector:\n    matchLabels:\n      app: web\n', '') }],
  },
});

export const selectorMismatchRule = schemaRule({
  id: 'schema/selector-mismatch',
  severity: 'error',
  target: 'kubernetes',
  title: { ko: 'selector와 Pod 템플릿 라벨 불일치', en: 'Selector does not match the pod template labels' },
  why: {
    ko: 'Deployment/StatefulSet/DaemonSet/ReplicaSet의 spec.selector는 spec.template.metadata.labels와 맞아야 합니다. 맞지 않으면 API 서버가 거부합니다(selector does not match template labels).',
    en: 'The spec.selector of a Deployment/StatefulSet/DaemonSet/ReplicaSet must match spec.template.metadata.labels, or the API server rejects it.',
  },
  fix: { ko: 'selector.matchLabels와 template.metadata.labels에 같은 라벨을 쓰세요.', en: 'Use the same labels in selector.matchLabels and template.metadata.labels.' },
  refs: { kubeLinter: 'mismatching-selector', kubeScore: 'deployment-pod-selector-labels-match-template-metadata-labels', url: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector' },
  examples: {
    good: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK }],
    bad: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK.replace('      app: web\n  template', '      app: api\n  template') }],
  },
});

export const apiDeprecatedRule = schemaRule({
  id: 'schema/api-deprecated',
  severity: 'error',
  target: 'kubernetes',
  title: { ko: '더 이상 제공되지 않는 apiVersion', en: 'apiVersion no longer served' },
  why: {
    ko: '제거된 apiVersion(extensions/v1beta1, batch/v1beta1 CronJob, policy/v1beta1 PodSecurityPolicy, external-secrets.io/v1beta1 등)으로 쓴 매니페스트는 적용되지 않습니다.',
    en: 'Manifests written against removed apiVersions (extensions/v1beta1, batch/v1beta1 CronJob, policy/v1beta1 PodSecurityPolicy, external-secrets.io/v1beta1, ...) cannot be applied.',
  },
  fix: { ko: '안내된 현재 apiVersion으로 바꾸세요. PodSecurityPolicy는 Pod Security Admission으로 대체합니다.', en: 'Switch to the current apiVersion given. Replace PodSecurityPolicy with Pod Security Admission.' },
  refs: { kubeLinter: 'no-extensions-v1beta', url: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/' },
  examples: {
    good: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK }],
    bad: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK.replace('apps/v1', 'extensions/v1beta1') }],
  },
});

export const unknownKindRule = schemaRule({
  id: 'schema/unknown-kind',
  severity: 'info',
  target: 'kubernetes',
  title: { ko: '스키마가 없는 kind', en: 'Kind without a bundled schema' },
  why: {
    ko: '이 도구에 스키마가 없는 kind는 구조 검사를 하지 않습니다. apiVersion과 kind 조합이 존재하지 않으면(예: v1 Deployment) API 서버가 거부합니다.',
    en: 'Kinds without a bundled schema are not checked structurally. An apiVersion/kind pair that does not exist (e.g. v1 Deployment) is rejected by the API server.',
  },
  fix: { ko: 'kind와 apiVersion 철자를 확인하세요. CRD라면 kubectl apply --dry-run=server로 검증하세요.', en: 'Check the spelling of kind and apiVersion. For CRDs, validate with kubectl apply --dry-run=server.' },
  examples: {
    good: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK }],
    bad: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK.replace('apps/v1', 'v1') }],
  },
});

/** Ordered: the missing-field and wrong-type findings come before finer ones. */
export const schemaRules: YamlRule[] = [apiDeprecatedRule, unknownKindRule, requiredRule, unknownFieldRule, typeRule, selectorMismatchRule, apiValidationRule];
