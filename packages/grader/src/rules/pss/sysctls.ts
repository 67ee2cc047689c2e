/**
 * sysctls (baseline): pod securityContext.sysctls only from the "safe" list, which grows by version.
 * v1.0: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies,
 *       net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start
 * v1.27: + net.ipv4.ip_local_reserved_ports
 * v1.29: + net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl,
 *        net.ipv4.tcp_keepalive_probes
 * v1.32: + net.ipv4.tcp_rmem, net.ipv4.tcp_wmem
 * v1.37: + net.ipv4.tcp_slow_start_after_idle, net.ipv4.tcp_notsent_lowat
 * Upstream: policy/check_sysctls.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckPodFn, type Location } from '../../pss/types';
import { asArr, asStr, get, value } from '../../pss/pod';

export const SYSCTLS_1_0: readonly string[] = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
export const SYSCTLS_1_27: readonly string[] = [...SYSCTLS_1_0, 'net.ipv4.ip_local_reserved_ports'];
export const SYSCTLS_1_29: readonly string[] = [
  ...SYSCTLS_1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];
export const SYSCTLS_1_32: readonly string[] = [...SYSCTLS_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
export const SYSCTLS_1_37: readonly string[] = [...SYSCTLS_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];

function sysctlsFor(allowedNames: readonly string[]): CheckPodFn {
  const allowed = new Set(allowedNames);
  return (_meta, podSpec) => {
    const forbidden: string[] = [];
    const locations: Location[] = [];
    asArr(get(podSpec, 'securityContext', 'sysctls')).forEach((s, i) => {
      const raw = get(s, 'name');
      const name = asStr(raw) ?? (raw === undefined ? '' : String(raw));
      if (!allowed.has(name)) {
        forbidden.push(name);
        locations.push(value(['spec', 'securityContext', 'sysctls', i, 'name']));
      }
    });
    if (forbidden.length === 0) return ALLOWED;
    return {
      allowed: false,
      forbiddenReason: 'forbidden sysctls',
      forbiddenDetail: forbidden.join(', '),
      forbiddenDetailKo: `안전 목록에 없는 sysctl은 쓸 수 없습니다: ${forbidden.join(', ')}`,
      locations,
    };
  };
}

export const sysctls: PssCheckModule = {
  check: {
    id: 'sysctls',
    level: 'baseline',
    versions: [
      { minimumVersion: 0, checkPod: sysctlsFor(SYSCTLS_1_0) },
      { minimumVersion: 27, checkPod: sysctlsFor(SYSCTLS_1_27) },
      { minimumVersion: 29, checkPod: sysctlsFor(SYSCTLS_1_29) },
      { minimumVersion: 32, checkPod: sysctlsFor(SYSCTLS_1_32) },
      { minimumVersion: 37, checkPod: sysctlsFor(SYSCTLS_1_37) },
    ],
  },
  doc: {
    title: { ko: '안전 목록 밖의 sysctl 금지', en: 'Only safe sysctls are allowed' },
    why: {
      ko: 'namespace로 격리되지 않는 sysctl은 노드 전체와 다른 Pod에 영향을 주거나 보안 기능을 끌 수 있습니다. 안전 목록은 정책 버전마다 늘어납니다(v1.27, v1.29, v1.32, v1.37).',
      en: 'Sysctls that are not namespaced affect the whole node or disable protections. The safe list grows with the policy version (v1.27, v1.29, v1.32, v1.37).',
    },
    fix: {
      ko: 'securityContext.sysctls에서 안전 목록(kernel.shm_rmid_forced, net.ipv4.ip_local_port_range 등) 밖의 항목을 빼세요.',
      en: 'Remove sysctls outside the safe list (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, ...).',
    },
    anchor: 'baseline',
    securitySeverity: 6.0,
    examples: {
      good: [
        {
          file: 'pod.yaml',
          text: podYaml(restrictedSpec({ podExtra: '    sysctls:\n      - name: net.ipv4.ip_local_port_range\n        value: "1024 65535"\n' })),
        },
      ],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(restrictedSpec({ podExtra: '    sysctls:\n      - name: kernel.msgmax\n        value: "65536"\n' })),
          errors: [{ messageId: 'violation', line: 11, column: 15, endLine: 11, endColumn: 28 }],
        },
      ],
    },
  },
};
