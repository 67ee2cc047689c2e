/**
 * allowPrivilegeEscalation (restricted): every container must set allowPrivilegeEscalation=false.
 * v1.8: all pods; v1.25: Windows pods (spec.os.name: windows) are exempt.
 * Upstream: policy/check_allowPrivilegeEscalation.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asBool, containersOf, containersPhrase, containersPhraseKo, get, isWindowsPod, missingAnchor, value } from '../../pss/pod';

function allowPrivilegeEscalation_1_8(_meta: unknown, podSpec: unknown): CheckOutcome {
  const bad: string[] = [];
  const locations: Location[] = [];
  for (const c of containersOf(podSpec)) {
    const path = [...c.path, 'securityContext', 'allowPrivilegeEscalation'];
    const v = asBool(get(c.value, 'securityContext', 'allowPrivilegeEscalation'));
    if (v === false) continue;
    bad.push(c.name);
    locations.push(v === true ? value(path) : missingAnchor({ spec: podSpec }, path));
  }
  if (bad.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'allowPrivilegeEscalation != false',
    forbiddenDetail: `${containersPhrase(bad)} must set securityContext.allowPrivilegeEscalation=false`,
    forbiddenDetailKo: `${containersPhraseKo(bad)}의 securityContext.allowPrivilegeEscalation을 false로 설정해야 합니다`,
    locations,
  };
}

function allowPrivilegeEscalation_1_25(meta: unknown, podSpec: unknown): CheckOutcome {
  // Windows pods cannot set the field (API validation forbids it), so they are admitted.
  if (isWindowsPod(podSpec)) return ALLOWED;
  return allowPrivilegeEscalation_1_8(meta, podSpec);
}

const pod = (sc: string): string =>
  podYaml(`  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
      securityContext:
${sc}        capabilities:
          drop: ["ALL"]
`);

export const allowPrivilegeEscalation: PssCheckModule = {
  check: {
    id: 'allowPrivilegeEscalation',
    level: 'restricted',
    versions: [
      { minimumVersion: 8, checkPod: allowPrivilegeEscalation_1_8 },
      { minimumVersion: 25, checkPod: allowPrivilegeEscalation_1_25 },
    ],
  },
  doc: {
    title: { ko: 'allowPrivilegeEscalation: false 필수', en: 'allowPrivilegeEscalation must be false' },
    why: {
      ko: '설정하지 않으면 기본값이 true라서 setuid 바이너리 등으로 프로세스가 부모보다 높은 권한을 얻을 수 있습니다(no_new_privs가 꺼짐).',
      en: 'The default is true: setuid binaries can gain more privileges than the parent process (no_new_privs is off).',
    },
    fix: {
      ko: '모든 container(init, ephemeral 포함)의 securityContext에 allowPrivilegeEscalation: false를 넣으세요. Windows Pod는 v1.25부터 예외입니다.',
      en: "Set allowPrivilegeEscalation: false in every container's securityContext (init and ephemeral too). Windows pods are exempt from v1.25.",
    },
    anchor: 'restricted',
    securitySeverity: 7.0,
    examples: {
      good: [{ file: 'pod.yaml', text: pod('        allowPrivilegeEscalation: false\n') }],
      bad: [{ file: 'pod.yaml', text: pod(''), errors: [{ messageId: 'violation', line: 13, column: 7, endLine: 13, endColumn: 22 }] }],
    },
  },
};
