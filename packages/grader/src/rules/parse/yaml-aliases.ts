/** parse/yaml-aliases: YAML anchors and aliases that expand too far (alias bombs). Metadata only: the parsers and the engine report it. */
import type { MetaRule } from '../../rule';

export const yamlAliases: MetaRule = {
  meta: {
    id: 'parse/yaml-aliases',
    severity: 'error',
    target: 'parse',
    title: { ko: 'YAML alias 과다 확장', en: 'Excessive YAML alias expansion' },
    why: {
      ko: '앵커(&)와 alias(*)를 겹겹이 쓰면 작은 파일이 거대한 데이터로 펼쳐집니다(billion laughs). API 서버와 도구의 자원을 고갈시키는 공격에 쓰입니다.',
      en: 'Nested anchors (&) and aliases (*) expand a small file into huge data (billion laughs), a resource exhaustion attack on API servers and tools.',
    },
    fix: { ko: 'alias를 쓰지 말고 값을 직접 적으세요.', en: 'Write the values out instead of using aliases.' },
    messages: {
      aliasBomb: {
        ko: 'YAML alias가 너무 많이 펼쳐집니다(alias bomb 의심). 앵커와 alias를 줄이세요: {{detail}}',
        en: 'Excessive YAML alias expansion (possible alias bomb): {{detail}}',
      },
    },
    examples: {
      good: [{ file: 'cm.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: x\n' }],
      bad: [
        {
          file: 'cm.yaml',
          text:
            'a: &a [x, x, x, x, x, x, x, x, x, x]\n' +
            'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
            'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n' +
            'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
          errors: [{ messageId: 'aliasBomb', line: 1, column: 1, endLine: 5, endColumn: 1 }],
        },
      ],
    },
    securitySeverity: 5.0,
  },
};
