/**
 * appArmorProfile (baseline, v1.0+): AppArmor must not be Unconfined, through the fields
 * (securityContext.appArmorProfile.type at pod and container level) or the deprecated
 * container.apparmor.security.beta.kubernetes.io/* annotations. Upstream amended its single v1.0
 * revision in place when the fields arrived (1.30), so both channels apply at every policy version.
 * Upstream: policy/check_appArmorProfile.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import {
  asObj,
  asStr,
  byCodeUnit,
  containersOf,
  containersPhrase,
  containersPhraseKo,
  get,
  goQuote,
  joinQuote,
  pluralize,
  sortedUnique,
  value,
} from '../../pss/pod';

export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

function allowedAnnotationValue(v: string): boolean {
  return v.length === 0 || v === 'runtime/default' || v.startsWith('localhost/');
}

function allowedProfileType(t: unknown): boolean {
  return t === 'RuntimeDefault' || t === 'Localhost';
}

function appArmorProfile_1_0(podMeta: unknown, podSpec: unknown): CheckOutcome {
  const setters: string[] = [];
  const settersKo: string[] = [];
  const badValues: string[] = [];
  const locations: Location[] = [];

  const podProfile = asObj(get(podSpec, 'securityContext', 'appArmorProfile'));
  if (podProfile && !allowedProfileType(podProfile.type)) {
    setters.push('pod');
    settersKo.push('pod');
    badValues.push(asStr(podProfile.type) ?? '');
    locations.push(value(['spec', 'securityContext', 'appArmorProfile', 'type']));
  }
  const badContainers: string[] = [];
  for (const c of containersOf(podSpec)) {
    const profile = asObj(get(c.value, 'securityContext', 'appArmorProfile'));
    if (profile && !allowedProfileType(profile.type)) {
      badContainers.push(c.name);
      badValues.push(asStr(profile.type) ?? '');
      locations.push(value([...c.path, 'securityContext', 'appArmorProfile', 'type']));
    }
  }
  if (badContainers.length > 0) {
    setters.push(containersPhrase(badContainers));
    settersKo.push(containersPhraseKo(badContainers));
  }

  const annotations = asObj(get(podMeta, 'annotations')) ?? {};
  const forbiddenAnnotations: string[] = [];
  for (const [k, v] of Object.entries(annotations)) {
    const text = asStr(v) ?? String(v);
    if (k.startsWith(APPARMOR_ANNOTATION_PREFIX) && !allowedAnnotationValue(text)) {
      forbiddenAnnotations.push(`${k}=${goQuote(text)}`);
      locations.push(value(['metadata', 'annotations', k]));
    }
  }
  const valueList = sortedUnique(badValues);
  if (forbiddenAnnotations.length > 0) {
    forbiddenAnnotations.sort(byCodeUnit);
    valueList.push(...forbiddenAnnotations);
    setters.push(pluralize('annotation', 'annotations', forbiddenAnnotations.length));
    settersKo.push('annotation');
  }
  if (setters.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', valueList.length),
    forbiddenDetail: `${setters.join(' and ')} must not set AppArmor profile type to ${joinQuote(valueList)}`,
    forbiddenDetailKo: `${settersKo.join(' 및 ')}의 AppArmor profile은 RuntimeDefault 또는 Localhost만 쓸 수 있습니다. 허용되지 않는 값: ${joinQuote(valueList)}`,
    locations,
  };
}

export const appArmorProfile: PssCheckModule = {
  check: { id: 'appArmorProfile', level: 'baseline', versions: [{ minimumVersion: 0, checkPod: appArmorProfile_1_0 }] },
  doc: {
    title: { ko: 'AppArmor Unconfined 금지', en: 'AppArmor must not be Unconfined' },
    why: {
      ko: 'AppArmor profile을 Unconfined로 두면 런타임 기본 profile이 막아 주던 파일·마운트·ptrace 접근이 모두 열립니다.',
      en: 'An Unconfined AppArmor profile removes the runtime default profile that blocks risky file, mount and ptrace access.',
    },
    fix: {
      ko: 'securityContext.appArmorProfile.type을 지우거나 RuntimeDefault / Localhost로 두세요. 옛 annotation(container.apparmor.security.beta.kubernetes.io/*)은 field로 옮기세요.',
      en: 'Remove securityContext.appArmorProfile.type or use RuntimeDefault / Localhost; move the deprecated annotations to the field.',
    },
    anchor: 'baseline',
    securitySeverity: 6.0,
    examples: {
      good: [{ file: 'pod.yaml', text: podYaml(restrictedSpec({ podExtra: '    appArmorProfile:\n      type: RuntimeDefault\n' })) }],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(restrictedSpec({ podExtra: '    appArmorProfile:\n      type: Unconfined\n' })),
          errors: [{ messageId: 'violation', line: 11, column: 13, endLine: 11, endColumn: 23 }],
        },
      ],
    },
  },
};
