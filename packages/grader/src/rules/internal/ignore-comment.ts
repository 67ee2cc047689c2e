/** internal/ignore-comment: w7-ignore comments that turn nothing off. Metadata only: the parsers and the engine report it. */
import type { MetaRule } from '../../rule';

export const ignoreComment: MetaRule = {
  meta: {
    id: 'internal/ignore-comment',
    severity: 'warning',
    target: 'parse',
    title: { ko: '잘못된 w7-ignore 주석', en: 'Invalid w7-ignore comment' },
    why: {
      ko: '규칙 id가 없거나 어떤 규칙과도 맞지 않는 무시 주석은 아무것도 끄지 못합니다. 끄려던 결과가 그대로 남습니다.',
      en: 'An ignore comment without rule ids, or with ids that match no rule, turns nothing off.',
    },
    fix: {
      ko: '`# w7-ignore docker/user-root -- 이유`처럼 실제 규칙 id(또는 `docker/*` 같은 패턴)를 적으세요.',
      en: 'Name real rule ids or patterns, e.g. `# w7-ignore docker/user-root -- reason`.',
    },
    messages: {
      noIds: {
        ko: 'w7-ignore 주석이 잘못되었습니다(규칙 id가 없습니다). 예: # w7-ignore docker/user-root -- 이유',
        en: 'Invalid w7-ignore comment: it names no rule id.',
      },
      noMatch: {
        ko: 'w7-ignore 주석이 잘못되었습니다(어떤 규칙과도 맞지 않는 패턴: {{patterns}}). 예: # w7-ignore docker/user-root -- 이유',
        en: 'Invalid w7-ignore comment: patterns that match no rule: {{patterns}}.',
      },
    },
    examples: {
      good: [
        {
          file: 'pod.yaml',
          text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n# w7-ignore pss/* -- 실습용 예제\nspec:\n  containers:\n    - name: app\n      image: nginx:1.29\n',
        },
      ],
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\n# w7-ignore docker/no-such-rule\nUSER 10001\n',
          errors: [{ messageId: 'noMatch', line: 2, column: 1, endLine: 2, endColumn: 32 }],
        },
      ],
    },
    securitySeverity: 0.1,
  },
};
