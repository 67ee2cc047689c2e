/** parse/yaml-syntax: YAML that does not parse (reported by yaml/document.ts and the engine). Metadata only: the parsers and the engine report it. */
import type { MetaRule } from '../../rule';

export const yamlSyntax: MetaRule = {
  meta: {
    id: 'parse/yaml-syntax',
    severity: 'error',
    target: 'parse',
    title: { ko: 'YAML 문법 오류', en: 'YAML syntax error' },
    why: {
      ko: 'YAML로 읽을 수 없는 파일은 kubectl도 거부합니다. 나머지 검사도 이 파일에는 실행되지 않습니다.',
      en: 'kubectl rejects a file that is not valid YAML, and no other check can run on it.',
    },
    fix: {
      ko: '표시된 위치의 들여쓰기(스페이스만 사용), 콜론 뒤 공백, 따옴표와 괄호 짝을 확인하세요.',
      en: 'Check indentation (spaces only), the space after each colon, and matching quotes and brackets at the marked position.',
    },
    messages: {
      binary: {
        ko: '바이너리 데이터(NUL 문자)가 들어 있어 YAML로 읽을 수 없습니다.',
        en: 'The file contains binary data (a NUL character) and cannot be read as YAML.',
      },
      unreadable: {
        ko: 'YAML을 읽지 못했습니다: {{detail}}',
        en: 'Could not parse YAML: {{detail}}',
      },
      tab: {
        ko: 'YAML 들여쓰기에 탭 문자를 쓸 수 없습니다. 스페이스로 바꾸세요.',
        en: 'Tabs cannot be used for YAML indentation.',
      },
      nestedTooDeep: {
        ko: 'YAML 중첩이 너무 깊어 읽을 수 없습니다. 매니페스트는 이렇게 깊게 중첩되지 않습니다.',
        en: 'The YAML is nested too deeply to be read.',
      },
      depthLimit: {
        ko: 'YAML 중첩이 너무 깊습니다({{limit}}단계 초과). 매니페스트는 이렇게 깊게 중첩되지 않으므로 읽지 않습니다.',
        en: 'The YAML is nested more than {{limit}} levels deep and is not read.',
      },
      syntax: {
        ko: 'YAML 문법 오류: {{detail}}',
        en: 'YAML syntax error: {{detail}}',
      },
      mergeKey: {
        ko: 'YAML merge 키(<<)에는 맵이나 맵의 목록만 쓸 수 있습니다: {{detail}}',
        en: 'YAML merge key (<<): {{detail}}',
      },
    },
    examples: {
      good: [{ file: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n' }],
      bad: [
        {
          file: 'pod.yaml',
          text: 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n',
          errors: [{ messageId: 'tab', line: 4, column: 1, endLine: 4, endColumn: 2 }],
        },
      ],
    },
    securitySeverity: 2.0,
  },
};
