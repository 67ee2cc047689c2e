/**
 * capabilities_restricted (restricted): containers must drop ALL and may add only NET_BIND_SERVICE.
 * v1.22: all pods; v1.25: Windows pods are exempt. Overrides capabilities_baseline.
 * Upstream: policy/check_capabilities_restricted.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import {
  asArr,
  asStr,
  containersOf,
  containersPhrase,
  containersPhraseKo,
  get,
  isWindowsPod,
  joinQuote,
  missingAnchor,
  sortedUnique,
  value,
} from '../../pss/pod';

function capabilitiesRestricted_1_22(_meta: unknown, podSpec: unknown): CheckOutcome {
  const missingDropAll: string[] = [];
  const addingForbidden: string[] = [];
  const forbiddenCaps: string[] = [];
  const dropLocations: Location[] = [];
  const addLocations: Location[] = [];
  for (const c of containersOf(podSpec)) {
    const capsPath = [...c.path, 'securityContext', 'capabilities'];
    const caps = get(c.value, 'securityContext', 'capabilities');
    if (caps === undefined || caps === null) {
      missingDropAll.push(c.name);
      dropLocations.push(missingAnchor({ spec: podSpec }, [...capsPath, 'drop']));
      continue;
    }
    if (!asArr(get(caps, 'drop')).some((d) => d === 'ALL')) {
      missingDropAll.push(c.name);
      dropLocations.push(missingAnchor({ spec: podSpec }, [...capsPath, 'drop']));
    }
    let added = false;
    asArr(get(caps, 'add')).forEach((a, i) => {
      if (a !== 'NET_BIND_SERVICE') {
        added = true;
        forbiddenCaps.push(asStr(a) ?? String(a));
        addLocations.push(value([...capsPath, 'add', i]));
      }
    });
    if (added) addingForbidden.push(c.name);
  }
  const details: string[] = [];
  const detailsKo: string[] = [];
  if (missingDropAll.length > 0) {
    details.push(`${containersPhrase(missingDropAll)} must set securityContext.capabilities.drop=["ALL"]`);
    detailsKo.push(`${containersPhraseKo(missingDropAll)}의 securityContext.capabilities.drop에 "ALL"을 넣어야 합니다`);
  }
  if (addingForbidden.length > 0) {
    const list = joinQuote(sortedUnique(forbiddenCaps));
    details.push(`${containersPhrase(addingForbidden)} must not include ${list} in securityContext.capabilities.add`);
    detailsKo.push(
      `${containersPhraseKo(addingForbidden)}의 securityContext.capabilities.add에는 NET_BIND_SERVICE만 넣을 수 있습니다. 허용되지 않는 값: ${list}`,
    );
  }
  if (details.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'unrestricted capabilities',
    forbiddenDetail: details.join('; '),
    forbiddenDetailKo: detailsKo.join('; '),
    locations: [...dropLocations, ...addLocations],
  };
}

function capabilitiesRestricted_1_25(meta: unknown, podSpec: unknown): CheckOutcome {
  // Windows pods cannot set capabilities (API validation forbids it), so they are admitted.
  if (isWindowsPod(podSpec)) return ALLOWED;
  return capabilitiesRestricted_1_22(meta, podSpec);
}

export const capabilities_restricted: PssCheckModule = {
  check: {
    id: 'capabilities_restricted',
    level: 'restricted',
    versions: [
      { minimumVersion: 22, checkPod: capabilitiesRestricted_1_22, overrideCheckIds: ['capabilities_baseline'] },
      { minimumVersion: 25, checkPod: capabilitiesRestricted_1_25, overrideCheckIds: ['capabilities_baseline'] },
    ],
  },
  doc: {
    title: { ko: 'capability: drop ALL, add는 NET_BIND_SERVICE만', en: 'Capabilities: drop ALL, add only NET_BIND_SERVICE' },
    why: {
      ko: '런타임 기본 capability(CHOWN, SETUID, NET_RAW 등)도 공격에 쓰입니다. 모두 버리고 꼭 필요한 NET_BIND_SERVICE만 다시 추가하는 것이 최소 권한입니다.',
      en: 'Even the runtime default capabilities (CHOWN, SETUID, NET_RAW...) help attackers; drop them all and add back only NET_BIND_SERVICE if needed.',
    },
    fix: {
      ko: '모든 container의 securityContext.capabilities에 drop: ["ALL"]을 넣고, add에는 NET_BIND_SERVICE 외의 값을 빼세요. Windows Pod는 v1.25부터 예외입니다.',
      en: 'Add capabilities.drop: ["ALL"] to every container and remove anything but NET_BIND_SERVICE from add. Windows pods are exempt from v1.25.',
    },
    anchor: 'restricted',
    securitySeverity: 7.0,
    examples: {
      good: [{ file: 'pod.yaml', text: podYaml(restrictedSpec()) }],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(`  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
      securityContext:
        allowPrivilegeEscalation: false
`),
          errors: [{ messageId: 'violation', line: 13, column: 7, endLine: 13, endColumn: 22 }],
        },
      ],
    },
  },
};
