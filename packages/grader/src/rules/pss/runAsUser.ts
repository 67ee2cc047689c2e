/**
 * runAsUser (restricted): runAsUser must not be 0 at pod or container level (unset is fine).
 * v1.23: all pods; v1.35: skipped for pods in a user namespace (hostUsers: false).
 * Upstream: policy/check_runAsUser.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { containersOf, containersPhrase, containersPhraseKo, get, inUserNamespace, value } from '../../pss/pod';

function runAsUser_1_23(_meta: unknown, podSpec: unknown): CheckOutcome {
  const setters: string[] = [];
  const settersKo: string[] = [];
  const locations: Location[] = [];
  if (get(podSpec, 'securityContext', 'runAsUser') === 0) {
    setters.push('pod');
    settersKo.push('pod');
    locations.push(value(['spec', 'securityContext', 'runAsUser']));
  }
  const bad: string[] = [];
  for (const c of containersOf(podSpec)) {
    if (get(c.value, 'securityContext', 'runAsUser') === 0) {
      bad.push(c.name);
      locations.push(value([...c.path, 'securityContext', 'runAsUser']));
    }
  }
  if (bad.length > 0) {
    setters.push(containersPhrase(bad));
    settersKo.push(containersPhraseKo(bad));
  }
  if (setters.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'runAsUser=0',
    forbiddenDetail: `${setters.join(' and ')} must not set runAsUser=0`,
    forbiddenDetailKo: `${settersKo.join(' 및 ')}의 runAsUser=0(root) 설정은 허용되지 않습니다`,
    locations,
  };
}

function runAsUser_1_35(meta: unknown, podSpec: unknown): CheckOutcome {
  // KEP-127: in a user namespace, UID 0 maps to an unprivileged host UID.
  if (inUserNamespace(podSpec)) return ALLOWED;
  return runAsUser_1_23(meta, podSpec);
}

export const runAsUser: PssCheckModule = {
  check: {
    id: 'runAsUser',
    level: 'restricted',
    versions: [
      { minimumVersion: 23, checkPod: runAsUser_1_23 },
      { minimumVersion: 35, checkPod: runAsUser_1_35 },
    ],
  },
  doc: {
    title: { ko: 'runAsUser: 0 금지', en: 'runAsUser must not be 0' },
    why: {
      ko: 'runAsUser: 0은 runAsNonRoot 의도와 정면으로 충돌하는 명시적 root 실행입니다. v1.35부터 hostUsers: false Pod는 예외입니다(UID 0이 호스트의 비특권 UID로 매핑됨).',
      en: 'runAsUser: 0 explicitly runs as root. From v1.35 hostUsers: false pods are exempt (UID 0 maps to an unprivileged host UID).',
    },
    fix: {
      ko: 'runAsUser를 0이 아닌 UID(예: 1000)로 두거나 지우세요.',
      en: 'Use a non-zero UID (e.g. 1000) or remove runAsUser.',
    },
    anchor: 'restricted',
    securitySeverity: 7.0,
    examples: {
      good: [{ file: 'pod.yaml', text: podYaml(restrictedSpec({ podExtra: '    runAsUser: 1000\n' })) }],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(restrictedSpec({ podExtra: '    runAsUser: 0\n' })),
          errors: [{ messageId: 'violation', line: 10, column: 16, endLine: 10, endColumn: 17 }],
        },
      ],
    },
  },
};
