/** schema/selector-mismatch: workload selectors that do not select their own pod template. */
import { schemaRule, DEPLOYMENT_OK } from '../_shared/schema';

export const selectorMismatchRule = schemaRule({
  id: 'schema/selector-mismatch',
  severity: 'error',
  target: 'kubernetes',
  title: { ko: 'selector와 Pod 템플릿 라벨 불일치', en: 'Selector does not match the pod template labels' },
  why: {
    ko: 'Deployment/StatefulSet/DaemonSet/ReplicaSet의 spec.selector는 spec.template.metadata.labels와 맞아야 합니다. 맞지 않으면 API 서버가 거부합니다(selector does not match template labels).',
    en: 'The spec.selector of a Deployment/StatefulSet/DaemonSet/ReplicaSet must match spec.template.metadata.labels, or the API server rejects it.',
  },
  fix: {
    ko: 'selector.matchLabels와 template.metadata.labels에 같은 라벨을 쓰세요.',
    en: 'Use the same labels in selector.matchLabels and template.metadata.labels.',
  },
  refs: {
    kubeLinter: 'mismatching-selector',
    kubeScore: 'deployment-pod-selector-labels-match-template-metadata-labels',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector',
  },
  messages: {
    emptySelector: {
      ko: 'spec.selector가 비어 있습니다. {{kind}}은(는) 빈 selector를 허용하지 않습니다(empty selector is invalid). matchLabels를 지정하세요.',
      en: 'spec.selector is empty; {{kind}} rejects an empty selector. Set matchLabels.',
    },
    labelValue: {
      ko: 'selector는 {{key}}={{value}}을(를) 찾는데 spec.template.metadata.labels의 {{key}} 값은 {{actual}}입니다. API 서버가 거부합니다(selector does not match template labels).',
      en: 'The selector wants {{key}}={{value}} but the template label {{key}} is {{actual}}; the API server rejects it.',
    },
    labelMissing: {
      ko: 'selector의 {{key}}={{value}} 라벨이 spec.template.metadata.labels에 없습니다. API 서버가 거부합니다(selector does not match template labels).',
      en: 'The selector label {{key}}={{value}} is missing from spec.template.metadata.labels; the API server rejects it.',
    },
    expression: {
      ko: 'selector.matchExpressions[{{index}}] ({{key}} {{operator}})가 spec.template.metadata.labels와 맞지 않습니다.',
      en: 'selector.matchExpressions[{{index}}] ({{key}} {{operator}}) does not match spec.template.metadata.labels.',
    },
  },
  examples: {
    good: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK }],
    bad: [
      {
        file: 'deploy.yaml',
        text: DEPLOYMENT_OK.replace('      app: web\n  template', '      app: api\n  template'),
        errors: [{ messageId: 'labelValue', line: 8, column: 7, endLine: 8, endColumn: 10 }],
      },
    ],
  },
});
