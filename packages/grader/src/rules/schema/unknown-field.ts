/** schema/unknown-field: fields that the schema of the kind does not have (typos, wrong level). */
import { schemaRule, POD } from '../_shared/schema';

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
  messages: {
    unknownField: {
      ko: '알 수 없는 필드 "{{key}}"입니다({{where}}).{{hint}}',
      en: 'Unknown field "{{key}}" in {{where}}.{{hint}}',
    },
  },
  examples: {
    good: [{ file: 'pod.yaml', text: POD('      securityContext:\n        readOnlyRootFilesystem: true\n') }],
    bad: [
      {
        file: 'pod.yaml',
        text: POD('      securityContxt:\n        readOnlyRootFilesystem: true\n'),
        errors: [{ messageId: 'unknownField', line: 9, column: 7, endLine: 9, endColumn: 21 }],
      },
      {
        file: 'pod.yaml',
        text: POD('', '  securityContext:\n    capabilities:\n      drop: ["ALL"]\n'),
        errors: [{ messageId: 'unknownField', line: 7, column: 5, endLine: 7, endColumn: 17 }],
      },
    ],
  },
});
