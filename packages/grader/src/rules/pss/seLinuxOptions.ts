/**
 * seLinuxOptions (baseline): seLinuxOptions.type only from an allowed list, user and role unset.
 * v1.0: "", container_t, container_init_t, container_kvm_t; v1.31 adds container_engine_t.
 * Upstream: policy/check_seLinuxOptions.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckPodFn, type Location } from '../../pss/types';
import { asObj, asStr, containersOf, containersPhrase, containersPhraseKo, get, joinQuote, key, pluralize, sortedUnique } from '../../pss/pod';
import type { Path } from '../../yaml/document';

export const SELINUX_TYPES_1_0: readonly string[] = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
export const SELINUX_TYPES_1_31: readonly string[] = [...SELINUX_TYPES_1_0, 'container_engine_t'];

function seLinuxOptionsFor(allowedTypes: readonly string[]): CheckPodFn {
  const allowed = new Set(allowedTypes);
  return (_meta, podSpec) => {
    const setters: string[] = [];
    const settersKo: string[] = [];
    const badTypes: string[] = [];
    const locations: Location[] = [];
    let setUser = false;
    let setRole = false;
    const valid = (opts: Record<string, unknown>, path: Path): boolean => {
      let ok = true;
      const type = asStr(opts.type) ?? '';
      if (!allowed.has(type)) {
        ok = false;
        badTypes.push(type);
      }
      if ((asStr(opts.user) ?? '').length > 0) {
        ok = false;
        setUser = true;
      }
      if ((asStr(opts.role) ?? '').length > 0) {
        ok = false;
        setRole = true;
      }
      if (!ok) locations.push(key(path));
      return ok;
    };
    const podOpts = asObj(get(podSpec, 'securityContext', 'seLinuxOptions'));
    if (podOpts && !valid(podOpts, ['spec', 'securityContext', 'seLinuxOptions'])) {
      setters.push('pod');
      settersKo.push('pod');
    }
    const bad: string[] = [];
    for (const c of containersOf(podSpec)) {
      const opts = asObj(get(c.value, 'securityContext', 'seLinuxOptions'));
      if (opts && !valid(opts, [...c.path, 'securityContext', 'seLinuxOptions'])) bad.push(c.name);
    }
    if (bad.length > 0) {
      setters.push(containersPhrase(bad));
      settersKo.push(containersPhraseKo(bad));
    }
    if (setters.length === 0) return ALLOWED;
    const types = sortedUnique(badTypes);
    const data: string[] = [];
    const dataKo: string[] = [];
    if (types.length > 0) {
      data.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`);
      dataKo.push(`type ${joinQuote(types)}`);
    }
    if (setUser) {
      data.push('user may not be set');
      dataKo.push('user는 설정할 수 없음');
    }
    if (setRole) {
      data.push('role may not be set');
      dataKo.push('role은 설정할 수 없음');
    }
    return {
      allowed: false,
      forbiddenReason: 'seLinuxOptions',
      forbiddenDetail: `${setters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`,
      forbiddenDetailKo: `${settersKo.join(' 및 ')}의 securityContext.seLinuxOptions에 허용되지 않는 값이 있습니다: ${dataKo.join('; ')}`,
      locations,
    };
  };
}

export const seLinuxOptions: PssCheckModule = {
  check: {
    id: 'seLinuxOptions',
    level: 'baseline',
    versions: [
      { minimumVersion: 0, checkPod: seLinuxOptionsFor(SELINUX_TYPES_1_0) },
      { minimumVersion: 31, checkPod: seLinuxOptionsFor(SELINUX_TYPES_1_31) },
    ],
  },
  doc: {
    title: { ko: 'SELinux type 제한, user/role 지정 금지', en: 'SELinux type restricted, custom user/role forbidden' },
    why: {
      ko: 'spc_t 같은 SELinux type이나 임의의 user/role을 지정하면 SELinux가 컨테이너를 가두지 못합니다.',
      en: 'Types such as spc_t or a custom SELinux user/role let the container escape SELinux confinement.',
    },
    fix: {
      ko: 'seLinuxOptions.type은 비우거나 container_t, container_init_t, container_kvm_t(v1.31부터 container_engine_t 포함) 중 하나로 두고, user와 role은 지우세요.',
      en: 'Leave seLinuxOptions.type empty or use container_t, container_init_t, container_kvm_t (container_engine_t from v1.31); remove user and role.',
    },
    anchor: 'baseline',
    securitySeverity: 6.0,
    examples: {
      good: [{ file: 'pod.yaml', text: podYaml(restrictedSpec({ podExtra: '    seLinuxOptions:\n      type: container_t\n' })) }],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(restrictedSpec({ podExtra: '    seLinuxOptions:\n      type: spc_t\n' })),
          errors: [{ messageId: 'violation', line: 10, column: 5, endLine: 10, endColumn: 19 }],
        },
      ],
    },
  },
};
