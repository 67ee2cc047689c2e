/** parse/empty: files with nothing to grade. Metadata only: the parsers and the engine report it. */
import type { MetaRule } from '../../rule';

export const empty: MetaRule = {
  meta: {
    id: 'parse/empty',
    severity: 'info',
    target: 'parse',
    title: { ko: '빈 파일', en: 'Empty file' },
    why: {
      ko: '내용이 없는 파일은 검사할 것이 없습니다. 잘못된 파일을 지정했을 수 있습니다.',
      en: 'An empty file has nothing to check; the wrong file may have been given.',
    },
    fix: { ko: '검사할 Dockerfile이나 매니페스트를 지정하세요.', en: 'Point the grader at a Dockerfile or a manifest.' },
    messages: {
      empty: {
        ko: '빈 파일입니다. 검사할 내용이 없습니다.',
        en: 'The file is empty; there is nothing to check.',
      },
    },
    examples: {
      good: [{ file: 'Dockerfile', text: 'FROM alpine:3.22\nUSER 10001\n' }],
      bad: [{ file: 'pod.yaml', text: '  \n\n', errors: [{ messageId: 'empty', line: 1, column: 1, endLine: 1, endColumn: 2 }] }],
    },
    securitySeverity: 0.1,
  },
};
