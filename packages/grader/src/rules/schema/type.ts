/** schema/type: values of the wrong type or outside an enum. */
import { schemaRule, POD } from '../_shared/schema';

export const typeRule = schemaRule({
  id: 'schema/type',
  severity: 'error',
  target: 'kubernetes',
  title: { ko: '필드 타입이나 값이 틀림', en: 'Wrong field type or value' },
  why: {
    ko: 'API 서버는 타입이 맞지 않는 객체를 거부합니다. YAML은 따옴표 없는 true, 8080, 1.0을 문자열이 아닌 값으로 읽으므로 자주 틀립니다.',
    en: 'The API server rejects objects with wrongly typed fields. YAML reads unquoted true, 8080 or 1.0 as non-strings, a frequent source of mistakes.',
  },
  fix: {
    ko: '스키마가 요구하는 타입으로 쓰세요(정수는 따옴표 없이, 문자열 값은 따옴표로, quantity는 128Mi처럼).',
    en: 'Use the type the schema expects (integers unquoted, string values quoted, quantities like 128Mi).',
  },
  refs: { url: 'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/' },
  messages: {
    notMapping: {
      ko: 'Kubernetes 객체는 매핑(키: 값)이어야 하는데 {{found}}입니다.',
      en: 'A Kubernetes object must be a mapping, found {{found}}.',
    },
    wrongType: {
      ko: '{{path}}: {{want}} 값이어야 하는데 {{got}}입니다.{{hint}}',
      en: '{{path}}: expected {{want}}, found {{got}}.{{hint}}',
    },
    notAllowed: {
      ko: '{{path}}: "{{value}}"은(는) 허용되지 않는 값입니다. 허용 값: {{allowed}}.{{suggestion}}',
      en: '{{path}}: unsupported value "{{value}}"; allowed: {{allowed}}.{{suggestion}}',
    },
  },
  examples: {
    good: [{ file: 'pod.yaml', text: POD('      ports:\n        - containerPort: 8080\n') }],
    bad: [
      {
        file: 'pod.yaml',
        text: POD('      ports:\n        - containerPort: "8080"\n'),
        errors: [{ messageId: 'wrongType', line: 10, column: 26, endLine: 10, endColumn: 32 }],
      },
      {
        file: 'pod.yaml',
        text: POD('      resources:\n        limits:\n          memory: 128MB\n'),
        errors: [{ messageId: 'wrongType', line: 11, column: 19, endLine: 11, endColumn: 24 }],
      },
    ],
  },
});
