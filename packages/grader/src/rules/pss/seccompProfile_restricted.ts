/**
 * seccompProfile_restricted (restricted): seccompProfile.type must be RuntimeDefault or Localhost,
 * set at pod level (containers may then leave it unset) or on every container.
 * v1.19: all pods; v1.25: Windows pods are exempt. Overrides seccompProfile_baseline.
 * Upstream: policy/check_seccompProfile_restricted.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import {
  asObj,
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
import { validSeccomp } from './seccompProfile_baseline';

function seccompProfileRestricted_1_19(_meta: unknown, podSpec: unknown): CheckOutcome {
  const setters: string[] = [];
  const settersKo: string[] = [];
  const badValues: string[] = [];
  const explicitLocations: Location[] = [];
  let podSet = false;
  const podProfile = asObj(get(podSpec, 'securityContext', 'seccompProfile'));
  if (podProfile) {
    if (!validSeccomp(podProfile.type)) {
      setters.push('pod');
      settersKo.push('pod');
      badValues.push(asStr(podProfile.type) ?? '');
      explicitLocations.push(value(['spec', 'securityContext', 'seccompProfile', 'type']));
    } else {
      podSet = true;
    }
  }
  const explicitlyBad: string[] = [];
  const implicitlyBad: string[] = [];
  for (const c of containersOf(podSpec)) {
    const profile = asObj(get(c.value, 'securityContext', 'seccompProfile'));
    if (profile) {
      if (!validSeccomp(profile.type)) {
        explicitlyBad.push(c.name);
        badValues.push(asStr(profile.type) ?? '');
        explicitLocations.push(value([...c.path, 'securityContext', 'seccompProfile', 'type']));
      }
    } else if (!podSet) {
      implicitlyBad.push(c.name);
    }
  }
  if (explicitlyBad.length > 0) {
    setters.push(containersPhrase(explicitlyBad));
    settersKo.push(containersPhraseKo(explicitlyBad));
  }
  if (setters.length > 0) {
    const list = joinQuote(sortedUnique(badValues));
    return {
      allowed: false,
      forbiddenReason: 'seccompProfile',
      forbiddenDetail: `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${list}`,
      forbiddenDetailKo: `${settersKo.join(' 및 ')}의 securityContext.seccompProfile.type은 RuntimeDefault 또는 Localhost만 쓸 수 있습니다. 허용되지 않는 값: ${list}`,
      locations: explicitLocations,
    };
  }
  if (implicitlyBad.length > 0) {
    return {
      allowed: false,
      forbiddenReason: 'seccompProfile',
      forbiddenDetail: `pod or ${containersPhrase(implicitlyBad)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
      forbiddenDetailKo: `pod 또는 ${containersPhraseKo(implicitlyBad)}의 securityContext.seccompProfile.type을 "RuntimeDefault" 또는 "Localhost"로 설정해야 합니다`,
      locations: [missingAnchor({ spec: podSpec }, ['spec', 'securityContext', 'seccompProfile'])],
    };
  }
  return ALLOWED;
}

function seccompProfileRestricted_1_25(meta: unknown, podSpec: unknown): CheckOutcome {
  // Windows pods cannot set seccompProfile (API validation forbids it), so they are admitted.
  if (isWindowsPod(podSpec)) return ALLOWED;
  return seccompProfileRestricted_1_19(meta, podSpec);
}

export const seccompProfile_restricted: PssCheckModule = {
  check: {
    id: 'seccompProfile_restricted',
    level: 'restricted',
    versions: [
      { minimumVersion: 19, checkPod: seccompProfileRestricted_1_19, overrideCheckIds: ['seccompProfile_baseline'] },
      { minimumVersion: 25, checkPod: seccompProfileRestricted_1_25, overrideCheckIds: ['seccompProfile_baseline'] },
    ],
  },
  doc: {
    title: { ko: 'seccompProfile RuntimeDefault/Localhost 필수', en: 'seccompProfile must be RuntimeDefault or Localhost' },
    why: {
      ko: 'seccompProfile을 지정하지 않으면 노드 설정에 따라 syscall 필터 없이(Unconfined) 실행될 수 있습니다. restricted는 명시적인 RuntimeDefault나 Localhost를 요구합니다.',
      en: 'Without a seccompProfile the container may run Unconfined depending on node settings; restricted requires an explicit RuntimeDefault or Localhost.',
    },
    fix: {
      ko: 'Pod의 securityContext에 seccompProfile: {type: RuntimeDefault}를 넣으세요(container마다 넣어도 됩니다). Windows Pod는 v1.25부터 예외입니다.',
      en: 'Add seccompProfile: {type: RuntimeDefault} to the pod securityContext (or to every container). Windows pods are exempt from v1.25.',
    },
    anchor: 'restricted',
    securitySeverity: 6.0,
    examples: {
      good: [{ file: 'pod.yaml', text: podYaml(restrictedSpec()) }],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(restrictedSpec().replace('    seccompProfile:\n      type: RuntimeDefault\n', '')),
          errors: [{ messageId: 'violation', line: 6, column: 3, endLine: 6, endColumn: 18 }],
        },
      ],
    },
  },
};
