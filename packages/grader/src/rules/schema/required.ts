/** schema/required: required fields that are missing. */
import { schemaRule, DEPLOYMENT_OK } from '../_shared/schema';

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
  messages: {
    apiVersionKind: {
      ko: '필수 필드 {{field}}이(가) 없습니다. 모든 Kubernetes 객체에는 apiVersion과 kind가 있어야 합니다.',
      en: 'Missing required field {{field}}: every Kubernetes object needs apiVersion and kind.',
    },
    missingField: {
      ko: '필수 필드 {{field}}이(가) 없습니다.{{hint}}',
      en: 'Missing required field {{field}}.{{hint}}',
    },
  },
  examples: {
    good: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK }],
    bad: [
      {
        file: 'deploy.yaml',
        text: DEPLOYMENT_OK.replace('  selector:\n    matchLabels:\n      app: web\n', ''),
        errors: [{ messageId: 'missingField', line: 5, column: 1, endLine: 5, endColumn: 5 }],
      },
    ],
  },
});
