/** parse/yaml-duplicate-key: a key written twice in one YAML map. Metadata only: the parsers and the engine report it. */
import type { MetaRule } from '../../rule';

export const yamlDuplicateKey: MetaRule = {
  meta: {
    id: 'parse/yaml-duplicate-key',
    severity: 'error',
    target: 'parse',
    title: { ko: 'YAML 키 중복', en: 'Duplicate YAML key' },
    why: {
      ko: '같은 맵에 같은 키가 두 번 있으면 뒤의 값만 적용되어, 앞에 적은 보안 설정이 조용히 사라집니다.',
      en: 'When a key appears twice in a map only the last value applies, so an earlier security setting silently disappears.',
    },
    fix: { ko: '중복된 키 하나를 지우고 값을 하나로 합치세요.', en: 'Remove one of the keys and merge the values.' },
    messages: {
      duplicateKey: {
        ko: '같은 키가 두 번 나옵니다. Kubernetes는 뒤의 값만 쓰므로 앞의 설정이 조용히 사라집니다.',
        en: 'Duplicate key: only the last value would be used.',
      },
    },
    examples: {
      good: [{ file: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n' }],
      bad: [
        {
          file: 'pod.yaml',
          text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  name: api\n',
          errors: [{ messageId: 'duplicateKey', line: 5, column: 3, endLine: 5, endColumn: 7 }],
        },
      ],
    },
    securitySeverity: 4.0,
  },
};
