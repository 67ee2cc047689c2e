/** internal/rule-error: a rule or parser that failed; the engine reports it instead of throwing. Metadata only: the parsers and the engine report it. */
import type { MetaRule } from '../../rule';

export const ruleError: MetaRule = {
  meta: {
    id: 'internal/rule-error',
    severity: 'error',
    target: 'parse',
    title: { ko: '검사기 내부 오류', en: 'Internal grader error' },
    why: {
      ko: '검사 규칙 하나가 이 입력에서 실패했습니다. 그 규칙의 결과는 빠져 있으므로, 결과가 완전하지 않습니다.',
      en: 'A check failed on this input; its results are missing, so the report is incomplete.',
    },
    fix: {
      ko: '입력을 확인하고, 문제가 계속되면 메시지에 나온 규칙 id와 입력을 강사에게 알려 주세요.',
      en: 'Check the input; if the problem persists, report the rule id from the message together with the input.',
    },
    messages: {
      engineFailed: {
        ko: '검사 엔진 자체가 실패했습니다: {{detail}}',
        en: 'The grading engine failed: {{detail}}',
      },
      parserFailed: {
        ko: '{{parser}} 파서가 실패했습니다: {{detail}}',
        en: 'The {{parser}} parser failed: {{detail}}',
      },
      ruleFailed: {
        ko: '규칙 {{rule}} 실행 중 내부 오류가 났습니다: {{detail}}',
        en: 'Rule {{rule}} failed: {{detail}}',
      },
      undefinedMessage: {
        ko: '규칙 {{rule}}이(가) 정의되지 않은 메시지 id({{messageId}})로 보고했습니다.',
        en: 'Rule {{rule}} reported an undefined message id ({{messageId}}).',
      },
      invalidRange: {
        ko: '규칙 {{rule}}이(가) 잘못된 위치({{where}})를 보고했습니다. 원래 메시지: {{message}}',
        en: 'Rule {{rule}} reported an invalid range ({{where}}). Original message: {{message}}',
      },
    },
    examples: {
      good: [{ file: 'Dockerfile', text: 'FROM alpine:3.22\nUSER 10001\n' }],
      bad: [],
      noBadExample: {
        ko: '검사 규칙이 실패할 때만 나오는 결과라 예시 입력이 없습니다.',
        en: 'It appears only when a check itself fails, so no input shows it.',
      },
    },
    securitySeverity: 0.1,
  },
};
