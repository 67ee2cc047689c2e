/**
 * procMount_restricted (restricted, v1.35+): keeps the unconditional procMount block at restricted
 * and overrides the baseline procMount check, which relaxes for user-namespace pods from v1.35.
 * Upstream: policy/check_procMount_restricted.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { procMount_1_0 } from './procMount';

export const procMount_restricted: PssCheckModule = {
  check: {
    id: 'procMount_restricted',
    level: 'restricted',
    versions: [{ minimumVersion: 35, checkPod: procMount_1_0, overrideCheckIds: ['procMount'] }],
  },
  doc: {
    title: { ko: 'restricted: /proc 마스킹 해제 금지(user namespace 포함)', en: 'Restricted: unmasked /proc is forbidden, even in a user namespace' },
    why: {
      ko: 'restricted는 hostUsers: false인 Pod에도 procMount: Unmasked를 허용하지 않습니다. v1.35부터 baseline의 procMount 체크를 이 체크가 대신합니다.',
      en: "Restricted never allows procMount: Unmasked, not even for hostUsers: false pods. From v1.35 this check replaces baseline's procMount check.",
    },
    fix: {
      ko: 'securityContext.procMount를 지우거나 Default로 두세요.',
      en: 'Remove securityContext.procMount or set it to Default.',
    },
    anchor: 'restricted',
    securitySeverity: 6.0,
    examples: {
      good: [{ file: 'pod.yaml', text: podYaml(`  hostUsers: false\n${restrictedSpec({ scExtra: '        procMount: Default\n' })}`) }],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(`  hostUsers: false\n${restrictedSpec({ scExtra: '        procMount: Unmasked\n' })}`),
          errors: [{ messageId: 'violation', line: 18, column: 20, endLine: 18, endColumn: 28 }],
        },
      ],
    },
  },
};
