/** schema/api-validation: what kube-apiserver validation rejects beyond the schema (the checks are in schema/apiserver.ts). */
import type { YamlRule } from '../../rule';
import { apiProblems } from '../../schema/apiserver';

const POD = (securityContext: string) => `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  securityContext:
${securityContext}  containers:
    - name: app
      image: registry.example.com/app:1.0.0
`;

export const apiValidationRule: YamlRule = {
  meta: {
    id: 'schema/api-validation',
    severity: 'error',
    target: 'kubernetes',
    title: { ko: 'API 서버가 거부하는 값', en: 'Value the API server rejects' },
    why: {
      ko: '스키마 타입은 맞아도 API 서버의 검증이 거부하는 값이 있습니다: 음수 replicas, values가 있는 Exists selector, localhostProfile 없는 seccomp Localhost, Windows Pod의 Linux 전용 필드, limits보다 큰 requests, 잘못된 NetworkPolicy 포트와 peer, audit policy에서 한 규칙에 섞인 URL과 리소스. 이런 매니페스트는 적용되지 않으므로, 그 안의 보안 설정도 실제로는 없습니다.',
      en: 'Some values have the right type but fail API server validation: negative replicas, an Exists selector with values, seccomp Localhost without localhostProfile, Linux-only fields on a Windows pod, requests above limits, invalid NetworkPolicy ports and peers, audit rules mixing URLs and resources. Such manifests are never applied, so their security settings do not exist either.',
    },
    fix: {
      ko: '메시지가 말하는 필드를 고치세요. 확인은 kubectl apply --dry-run=server -f 파일로 합니다.',
      en: 'Fix the field the message names. Check with kubectl apply --dry-run=server -f <file>.',
    },
    refs: { url: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#dry-run' },
    securitySeverity: 5.0,
    messages: {
      labelKey: { ko: '라벨 키 "{{key}}"가 올바르지 않습니다.', en: 'invalid label key "{{key}}"' },
      labelValue: { ko: '라벨 값 {{value}}가 올바르지 않습니다(문자열, 63자 이하, 영숫자로 시작과 끝).', en: 'invalid label value {{value}}' },
      expressionKey: { ko: 'matchExpressions의 key {{key}}가 올바르지 않습니다.', en: 'invalid matchExpressions key {{key}}' },
      valuesRequired: {
        ko: 'operator {{operator}}에는 values가 하나 이상 있어야 합니다(API 서버가 거부합니다).',
        en: 'values: Required value: must be specified when operator is {{operator}}',
      },
      valuesForbidden: {
        ko: 'operator {{operator}}에는 values를 쓸 수 없습니다(API 서버가 거부합니다).',
        en: 'values: Forbidden: may not be specified when operator is {{operator}}',
      },
      badOperator: { ko: 'operator {{operator}}는 In, NotIn, Exists, DoesNotExist 중 하나여야 합니다.', en: 'operator: Unsupported value {{operator}}' },
      localhostProfileRequired: {
        ko: '{{profile}} type: Localhost에는 localhostProfile(노드의 프로필 파일 경로)이 있어야 합니다. 없으면 API 서버가 Pod를 거부합니다.',
        en: '{{field}}.localhostProfile: Required value: must be set when {{profile}} type is Localhost',
      },
      localhostProfileForbidden: {
        ko: 'localhostProfile은 type이 Localhost일 때만 쓸 수 있습니다.',
        en: '{{field}}.localhostProfile: Invalid value: can only be set if type is Localhost',
      },
      negativeQuantity: { ko: '{{field}}는 음수일 수 없습니다.', en: '{{field}}: Invalid value: must be greater than or equal to 0' },
      requestOverLimit: {
        ko: 'requests.{{name}}({{request}})가 limits.{{name}}({{limit}})보다 큽니다. API 서버가 거부합니다.',
        en: 'requests.{{name}}: Invalid value: must be less than or equal to {{name}} limit',
      },
      osName: { ko: 'os.name은 linux 또는 windows입니다.', en: 'os.name: Unsupported value {{value}}' },
      windowsPodField: {
        ko: 'os.name: windows인 Pod에는 securityContext.{{field}}를 쓸 수 없습니다(Linux 전용 필드).',
        en: 'securityContext.{{field}}: Forbidden: may not be set for a windows pod',
      },
      windowsHostUsers: { ko: 'os.name: windows인 Pod에는 hostUsers: false를 쓸 수 없습니다.', en: 'hostUsers: Forbidden: may not be set for a windows pod' },
      windowsContainerField: {
        ko: 'os.name: windows인 Pod의 컨테이너에는 securityContext.{{field}}를 쓸 수 없습니다(Linux 전용 필드).',
        en: 'securityContext.{{field}}: Forbidden: may not be set for a windows pod',
      },
      portRange: { ko: 'port {{port}}는 1-65535 범위여야 합니다.', en: 'port: Invalid value: must be between 1 and 65535' },
      portName: { ko: '이름 포트 "{{port}}"가 올바르지 않습니다(소문자, 숫자, -, 15자 이하).', en: 'port: Invalid value: {{port}}' },
      endPortNamed: { ko: 'endPort는 숫자 port와만 쓸 수 있습니다.', en: 'endPort: Required value: may not be specified when port is not a number' },
      endPortRange: {
        ko: 'endPort {{endPort}}는 port({{port}}) 이상, 65535 이하여야 합니다.',
        en: 'endPort: Invalid value: must be greater than or equal to port',
      },
      emptyPeer: {
        ko: '{{list}}의 항목에 podSelector, namespaceSelector, ipBlock 중 하나가 있어야 합니다(빈 항목은 API 서버가 거부합니다).',
        en: 'must specify a peer',
      },
      ipBlockWithSelector: { ko: 'ipBlock은 podSelector나 namespaceSelector와 한 항목에 함께 쓸 수 없습니다.', en: 'may not specify more than 1 peer type' },
      badCidr: { ko: 'ipBlock.cidr {{cidr}}가 올바른 CIDR이 아닙니다.', en: 'cidr: Invalid value' },
      badExcept: { ko: 'except {{except}}는 cidr {{cidr}} 안의 더 작은 블록이어야 합니다.', en: 'except: Invalid value: must be a strict subset of cidr' },
      auditMixedRule: {
        ko: '한 규칙에 nonResourceURLs와 resources/namespaces를 함께 쓸 수 없습니다. kube-apiserver가 이 policy로 시작하지 않습니다.',
        en: 'rules cannot apply to both regular resources and non-resource URLs',
      },
      auditUrlSlash: { ko: 'nonResourceURLs의 {{url}}는 /로 시작해야 합니다.', en: 'nonResourceURLs: Invalid value: must start with /' },
      idRange: {
        ko: '{{field}} {{value}}: 0 이상 2147483647 이하의 정수여야 합니다. API 서버가 거부합니다.',
        en: '{{field}}: Invalid value: {{value}}: must be between 0 and 2147483647, inclusive',
      },
      duplicateName: { ko: '{{what}} 이름 "{{name}}"이 중복됩니다. API 서버가 거부합니다.', en: 'name: Duplicate value: "{{name}}"' },
      mountNotFound: { ko: 'volumeMounts의 "{{name}}"에 해당하는 volume이 없습니다. API 서버가 거부합니다.', en: 'volumeMounts.name: Not found: "{{name}}"' },
      duplicateMountPath: {
        ko: 'mountPath "{{path}}"가 한 컨테이너에 두 번 있습니다. API 서버가 거부합니다.',
        en: 'mountPath: Invalid value: "{{path}}": must be unique',
      },
      negativeReplicas: {
        ko: 'replicas {{replicas}}: 0 이상이어야 합니다. API 서버가 거부합니다.',
        en: 'spec.replicas: Invalid value: must be greater than or equal to 0',
      },
    },
    examples: {
      good: [{ file: 'pod.yaml', text: POD('    seccompProfile:\n      type: Localhost\n      localhostProfile: profiles/app.json\n') }],
      bad: [
        {
          file: 'pod.yaml',
          text: POD('    seccompProfile:\n      type: Localhost\n'),
          errors: [{ messageId: 'localhostProfileRequired', line: 8, column: 13, endLine: 8, endColumn: 22 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    for (const p of apiProblems(obj)) {
      ctx.report({ messageId: p.messageId, ...(p.data ? { data: p.data } : {}), range: p.at === 'key' ? obj.keyRange(p.path) : obj.range(p.path) });
    }
  },
};
