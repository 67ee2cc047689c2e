/**
 * capabilities_baseline (baseline, v1.0+): capabilities.add only from the default set.
 * Overridden at restricted by capabilities_restricted (v1.22+). Upstream: policy/check_capabilities_baseline.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { inNamespace, podYaml } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asArr, asStr, containersOf, containersPhrase, containersPhraseKo, get, joinQuote, sortedUnique, value } from '../../pss/pod';

/** Capabilities a container may add at baseline (unchanged since v1.0; NET_RAW is not among them). */
export const CAPABILITIES_ALLOWED_1_0: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

function capabilitiesBaseline_1_0(_meta: unknown, podSpec: unknown): CheckOutcome {
  const bad: string[] = [];
  const caps: string[] = [];
  const locations: Location[] = [];
  for (const c of containersOf(podSpec)) {
    let valid = true;
    asArr(get(c.value, 'securityContext', 'capabilities', 'add')).forEach((cap, i) => {
      const name = asStr(cap) ?? String(cap);
      if (!CAPABILITIES_ALLOWED_1_0.has(name)) {
        valid = false;
        caps.push(name);
        locations.push(value([...c.path, 'securityContext', 'capabilities', 'add', i]));
      }
    });
    if (!valid) bad.push(c.name);
  }
  if (bad.length === 0) return ALLOWED;
  const list = joinQuote(sortedUnique(caps));
  return {
    allowed: false,
    forbiddenReason: 'non-default capabilities',
    forbiddenDetail: `${containersPhrase(bad)} must not include ${list} in securityContext.capabilities.add`,
    forbiddenDetailKo: `${containersPhraseKo(bad)}의 securityContext.capabilities.add에는 기본 목록 밖의 capability를 넣을 수 없습니다: ${list}`,
    locations,
  };
}

export const capabilities_baseline: PssCheckModule = {
  check: { id: 'capabilities_baseline', level: 'baseline', versions: [{ minimumVersion: 0, checkPod: capabilitiesBaseline_1_0 }] },
  doc: {
    title: { ko: '기본 목록 밖의 capability 추가 금지', en: 'Adding non-default capabilities is forbidden' },
    why: {
      ko: 'SYS_ADMIN, NET_RAW, SYS_PTRACE 같은 capability는 커널 공격 표면을 넓히고 컨테이너 탈출이나 네트워크 스푸핑에 쓰입니다.',
      en: 'Capabilities such as SYS_ADMIN, NET_RAW or SYS_PTRACE widen the kernel attack surface and enable escapes or spoofing.',
    },
    fix: {
      ko: 'capabilities.add에서 기본 목록(AUDIT_WRITE, CHOWN, ..., NET_BIND_SERVICE 등) 밖의 항목을 빼세요. restricted에서는 drop: ["ALL"] 후 NET_BIND_SERVICE만 add 할 수 있습니다.',
      en: 'Remove capabilities outside the default set from capabilities.add. Restricted requires drop: ["ALL"] and allows adding only NET_BIND_SERVICE.',
    },
    anchor: 'baseline',
    securitySeverity: 7.0,
    examples: {
      good: [
        {
          file: 'pod.yaml',
          text: inNamespace(
            'baseline',
            podYaml(
              '  containers:\n    - name: app\n      image: registry.example.com/app:1.0.0\n      securityContext:\n        capabilities:\n          add: ["CHOWN"]\n',
            ),
          ),
        },
      ],
      bad: [
        {
          file: 'pod.yaml',
          text: inNamespace(
            'baseline',
            podYaml(
              '  containers:\n    - name: app\n      image: registry.example.com/app:1.0.0\n      securityContext:\n        capabilities:\n          add: ["NET_RAW"]\n',
            ),
          ),
          errors: [{ messageId: 'violation', line: 19, column: 17, endLine: 19, endColumn: 26 }],
        },
      ],
    },
  },
};
