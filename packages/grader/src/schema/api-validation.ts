/** schema/api-validation: what kube-apiserver validation rejects beyond the schema (see apiserver.ts). */
import type { YamlRule } from '../rule';
import { apiProblems } from './apiserver';

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
      ko: '스키마 타입은 맞아도 API 서버의 검증이 거부하는 값이 있습니다: 음수 replicas, values가 있는 Exists selector, localhostProfile 없는 seccomp Localhost, Windows Pod의 Linux 전용 필드, limits보다 큰 requests, 잘못된 NetworkPolicy 포트와 peer, audit policy의 잘못된 level. 이런 매니페스트는 적용되지 않으므로, 그 안의 보안 설정도 실제로는 없습니다.',
      en: 'Some values have the right type but fail API server validation: negative replicas, an Exists selector with values, seccomp Localhost without localhostProfile, Linux-only fields on a Windows pod, requests above limits, invalid NetworkPolicy ports and peers, invalid audit levels. Such manifests are never applied, so their security settings do not exist either.',
    },
    fix: {
      ko: '메시지가 말하는 필드를 고치세요. 확인은 kubectl apply --dry-run=server -f 파일로 합니다.',
      en: 'Fix the field the message names. Check with kubectl apply --dry-run=server -f <file>.',
    },
    refs: { url: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#dry-run' },
    securitySeverity: 5.0,
    examples: {
      good: [{ file: 'pod.yaml', text: POD('    seccompProfile:\n      type: Localhost\n      localhostProfile: profiles/app.json\n') }],
      bad: [{ file: 'pod.yaml', text: POD('    seccompProfile:\n      type: Localhost\n') }],
    },
  },
  check(obj, ctx) {
    for (const p of apiProblems(obj)) {
      ctx.report({ message: p.message, messageEn: p.messageEn, range: p.at === 'key' ? obj.keyRange(p.path) : obj.range(p.path) });
    }
  },
};
