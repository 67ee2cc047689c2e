/** schema/unknown-kind: kinds without a bundled schema, or not in the given apiVersion. */
import { schemaRule, DEPLOYMENT_OK } from '../_shared/schema';

export const unknownKindRule = schemaRule({
  id: 'schema/unknown-kind',
  severity: 'info',
  target: 'kubernetes',
  title: { ko: '스키마가 없는 kind', en: 'Kind without a bundled schema' },
  why: {
    ko: '이 도구에 스키마가 없는 kind는 구조 검사를 하지 않습니다. apiVersion과 kind 조합이 존재하지 않으면(예: v1 Deployment) API 서버가 거부합니다.',
    en: 'Kinds without a bundled schema are not checked structurally. An apiVersion/kind pair that does not exist (e.g. v1 Deployment) is rejected by the API server.',
  },
  fix: {
    ko: 'kind와 apiVersion 철자를 확인하세요. CRD라면 kubectl apply --dry-run=server로 검증하세요.',
    en: 'Check the spelling of kind and apiVersion. For CRDs, validate with kubectl apply --dry-run=server.',
  },
  messages: {
    kindTypo: {
      ko: 'apiVersion {{apiVersion}}에는 kind {{kind}}이(가) 없습니다. 혹시 "{{close}}"인가요? kind는 대소문자를 구분합니다.',
      en: 'There is no kind {{kind}} in apiVersion {{apiVersion}}. Did you mean "{{close}}"? Kinds are case-sensitive.',
    },
    wrongApiVersion: {
      ko: 'apiVersion {{apiVersion}}에는 {{kind}}이(가) 없습니다. apiVersion: {{others}}을(를) 쓰세요.',
      en: 'There is no {{kind}} in apiVersion {{apiVersion}}: use apiVersion: {{others}}.',
    },
    noSchema: {
      ko: '{{apiVersion}} {{kind}}에 대한 스키마가 없어 구조(필드, 타입) 검사를 건너뜁니다.',
      en: 'No schema for {{apiVersion}} {{kind}}: its structure (fields, types) is not checked.',
    },
  },
  examples: {
    good: [{ file: 'deploy.yaml', text: DEPLOYMENT_OK }],
    bad: [
      {
        file: 'deploy.yaml',
        text: DEPLOYMENT_OK.replace('apps/v1', 'v1'),
        errors: [{ messageId: 'wrongApiVersion', line: 1, column: 13, endLine: 1, endColumn: 15 }],
      },
    ],
  },
});
