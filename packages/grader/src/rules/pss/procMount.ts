/**
 * procMount (baseline): securityContext.procMount must be unset or "Default".
 * v1.0 blocks any other value; v1.35 allows any value for pods in a user namespace (hostUsers: false).
 * Upstream: policy/check_procMount_baseline.go (was check_procMount.go).
 */
import type { PssCheckModule } from '../_shared/pss';
import { inNamespace, podYaml } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asStr, containersOf, containersPhrase, containersPhraseKo, get, inUserNamespace, joinQuote, sortedUnique, value } from '../../pss/pod';

/** Unconditional block of any procMount other than "Default" (upstream procMount_1_0). */
export function procMount_1_0(_meta: unknown, podSpec: unknown): CheckOutcome {
  const bad: string[] = [];
  const types: string[] = [];
  const locations: Location[] = [];
  for (const c of containersOf(podSpec)) {
    const pm = get(c.value, 'securityContext', 'procMount');
    if (pm === undefined || pm === null) continue;
    if (pm !== 'Default') {
      bad.push(c.name);
      types.push(asStr(pm) ?? String(pm));
      locations.push(value([...c.path, 'securityContext', 'procMount']));
    }
  }
  if (bad.length === 0) return ALLOWED;
  const list = joinQuote(sortedUnique(types));
  return {
    allowed: false,
    forbiddenReason: 'procMount',
    forbiddenDetail: `${containersPhrase(bad)} must not set securityContext.procMount to ${list}`,
    forbiddenDetailKo: `${containersPhraseKo(bad)}의 securityContext.procMount는 Default만 쓸 수 있습니다. 허용되지 않는 값: ${list}`,
    locations,
  };
}

function procMount_1_35_baseline(meta: unknown, podSpec: unknown): CheckOutcome {
  if (inUserNamespace(podSpec)) return ALLOWED;
  return procMount_1_0(meta, podSpec);
}

const UNMASKED = '      securityContext:\n        procMount: Unmasked\n';

export const procMount: PssCheckModule = {
  check: {
    id: 'procMount',
    level: 'baseline',
    versions: [
      { minimumVersion: 0, checkPod: procMount_1_0 },
      { minimumVersion: 35, checkPod: procMount_1_35_baseline },
    ],
  },
  doc: {
    title: { ko: '/proc 마스킹 해제 금지', en: 'Unmasked /proc is forbidden' },
    why: {
      ko: 'procMount: Unmasked는 /proc의 민감한 경로를 가리는 기본 마스크를 없애 커널 정보 노출과 탈출 위험을 키웁니다. v1.35부터 baseline은 user namespace(hostUsers: false) Pod에 한해 허용합니다.',
      en: 'procMount: Unmasked removes the default masks over sensitive /proc paths. From v1.35 baseline allows it only for user-namespace pods (hostUsers: false).',
    },
    fix: {
      ko: 'securityContext.procMount를 지우거나 Default로 두세요.',
      en: 'Remove securityContext.procMount or set it to Default.',
    },
    anchor: 'baseline',
    securitySeverity: 6.0,
    examples: {
      good: [
        {
          file: 'pod.yaml',
          text: inNamespace(
            'baseline',
            podYaml(`  hostUsers: false\n  containers:\n    - name: app\n      image: registry.example.com/app:1.0.0\n${UNMASKED}`),
          ),
        },
      ],
      bad: [
        {
          file: 'pod.yaml',
          text: inNamespace('baseline', podYaml(`  containers:\n    - name: app\n      image: registry.example.com/app:1.0.0\n${UNMASKED}`)),
          errors: [{ messageId: 'violation', line: 18, column: 20, endLine: 18, endColumn: 28 }],
        },
      ],
    },
  },
};
