/**
 * Metadata for the findings that do not come from a rule's check: parse problems
 * (reported by the parsers and the engine) and engine diagnostics (internal/*).
 * Every rule id that can appear in a result has metadata, so formats can describe it.
 */
import type { RuleMeta } from './types';

export type ParseRuleMeta = RuleMeta & { target: 'parse' };

export const RULE_ERROR_ID = 'internal/rule-error';
export const IGNORE_COMMENT_ID = 'internal/ignore-comment';
export const EMPTY_ID = 'parse/empty';

export const parseRuleMetas: ParseRuleMeta[] = [
  {
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
    examples: {
      good: [{ file: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n' }],
      bad: [{ file: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n' }],
    },
    securitySeverity: 2.0,
  },
  {
    id: 'parse/yaml-duplicate-key',
    severity: 'error',
    target: 'parse',
    title: { ko: 'YAML 키 중복', en: 'Duplicate YAML key' },
    why: {
      ko: '같은 맵에 같은 키가 두 번 있으면 뒤의 값만 적용되어, 앞에 적은 보안 설정이 조용히 사라집니다.',
      en: 'When a key appears twice in a map only the last value applies, so an earlier security setting silently disappears.',
    },
    fix: { ko: '중복된 키 하나를 지우고 값을 하나로 합치세요.', en: 'Remove one of the keys and merge the values.' },
    examples: {
      good: [{ file: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n' }],
      bad: [{ file: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  name: api\n' }],
    },
    securitySeverity: 4.0,
  },
  {
    id: 'parse/yaml-aliases',
    severity: 'error',
    target: 'parse',
    title: { ko: 'YAML alias 과다 확장', en: 'Excessive YAML alias expansion' },
    why: {
      ko: '앵커(&)와 alias(*)를 겹겹이 쓰면 작은 파일이 거대한 데이터로 펼쳐집니다(billion laughs). API 서버와 도구의 자원을 고갈시키는 공격에 쓰입니다.',
      en: 'Nested anchors (&) and aliases (*) expand a small file into huge data (billion laughs), a resource exhaustion attack on API servers and tools.',
    },
    fix: { ko: 'alias를 쓰지 말고 값을 직접 적으세요.', en: 'Write the values out instead of using aliases.' },
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
        },
      ],
    },
    securitySeverity: 5.0,
  },
  {
    id: 'parse/yaml-too-large',
    severity: 'error',
    target: 'parse',
    title: { ko: 'YAML 파일이 너무 큼', en: 'YAML file too large' },
    why: {
      ko: 'Kubernetes는 객체 하나를 약 1.5 MB(etcd 요청 한도)까지만 저장합니다. 1 MiB를 넘는 매니페스트 파일은 사람이 검토할 수 있는 크기가 아니며, 채점기를 느리게 만드는 공격 입력일 수 있어 읽지 않습니다.',
      en: 'Kubernetes stores objects of at most about 1.5 MB (the etcd request limit). A manifest file over 1 MiB is beyond human review and may be a denial-of-service input, so it is not read.',
    },
    fix: {
      ko: '파일을 여러 매니페스트로 나누거나, 큰 데이터는 ConfigMap 대신 이미지나 볼륨으로 옮기세요.',
      en: 'Split the file into several manifests, or move large data out of ConfigMaps into the image or a volume.',
    },
    examples: {
      good: [{ file: 'cm.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: x\n' }],
      bad: [],
    },
    securitySeverity: 2.0,
  },
  {
    id: 'parse/dockerfile-syntax',
    severity: 'error',
    target: 'parse',
    title: { ko: 'Dockerfile 문법 오류', en: 'Dockerfile syntax error' },
    why: {
      ko: 'docker build가 거부하는 Dockerfile입니다. 이 줄이 고쳐질 때까지 이미지가 만들어지지 않습니다.',
      en: 'docker build rejects this Dockerfile; no image is built until the line is fixed.',
    },
    fix: {
      ko: '명령어 철자와 인자를 확인하고, 첫 명령어가 FROM(또는 ARG)인지 확인하세요.',
      en: 'Check the instruction name and its arguments, and that the first instruction is FROM (or ARG).',
    },
    examples: {
      good: [{ file: 'Dockerfile', text: 'FROM alpine:3.22\nUSER 10001\n' }],
      bad: [{ file: 'Dockerfile', text: 'RUN echo hi\n' }],
    },
    securitySeverity: 2.0,
  },
  {
    id: EMPTY_ID,
    severity: 'info',
    target: 'parse',
    title: { ko: '빈 파일', en: 'Empty file' },
    why: {
      ko: '내용이 없는 파일은 검사할 것이 없습니다. 잘못된 파일을 지정했을 수 있습니다.',
      en: 'An empty file has nothing to check; the wrong file may have been given.',
    },
    fix: { ko: '검사할 Dockerfile이나 매니페스트를 지정하세요.', en: 'Point the grader at a Dockerfile or a manifest.' },
    examples: {
      good: [{ file: 'Dockerfile', text: 'FROM alpine:3.22\nUSER 10001\n' }],
      bad: [{ file: 'pod.yaml', text: '  \n\n' }],
    },
    securitySeverity: 0.1,
  },
  {
    id: RULE_ERROR_ID,
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
    examples: { good: [{ file: 'Dockerfile', text: 'FROM alpine:3.22\nUSER 10001\n' }], bad: [] },
    securitySeverity: 0.1,
  },
  {
    id: IGNORE_COMMENT_ID,
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
    examples: {
      good: [{ file: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n# w7-ignore pss/* -- 실습용 예제\nspec:\n  containers:\n    - name: app\n      image: nginx:1.29\n' }],
      bad: [{ file: 'Dockerfile', text: 'FROM alpine:3.22\n# w7-ignore docker/no-such-rule\nUSER 10001\n' }],
    },
    securitySeverity: 0.1,
  },
];
