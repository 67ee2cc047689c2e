/**
 * seccompProfile_baseline (baseline): seccomp must not be Unconfined.
 * v1.0-v1.18: the alpha annotations (seccomp.security.alpha.kubernetes.io/pod and
 * container.seccomp.security.alpha.kubernetes.io/<name>) may only be runtime/default, docker/default
 * or localhost/*. v1.19+: securityContext.seccompProfile.type may only be RuntimeDefault or Localhost.
 * Overridden at restricted by seccompProfile_restricted (v1.19+). Upstream: policy/check_seccompProfile_baseline.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { inNamespace, podYaml } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asObj, asStr, containersOf, containersPhrase, containersPhraseKo, get, goQuote, joinQuote, pluralize, sortedUnique, value } from '../../pss/pod';

export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';

export function validSeccomp(t: unknown): boolean {
  return t === 'Localhost' || t === 'RuntimeDefault';
}

function validSeccompAnnotationValue(v: string): boolean {
  return v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/');
}

function seccompProfileBaseline_1_0(podMeta: unknown, podSpec: unknown): CheckOutcome {
  const annotations = asObj(get(podMeta, 'annotations')) ?? {};
  const forbidden = new Map<string, Location>();
  const inspect = (k: string): void => {
    if (!Object.hasOwn(annotations, k)) return;
    const raw = annotations[k];
    const v = asStr(raw) ?? String(raw);
    if (!validSeccompAnnotationValue(v)) forbidden.set(`${k}=${goQuote(v)}`, value(['metadata', 'annotations', k]));
  };
  inspect(SECCOMP_POD_ANNOTATION);
  for (const c of containersOf(podSpec)) inspect(SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name);
  if (forbidden.size === 0) return ALLOWED;
  const list = sortedUnique(forbidden.keys());
  return {
    allowed: false,
    forbiddenReason: 'seccompProfile',
    forbiddenDetail: `forbidden ${pluralize('annotation', 'annotations', list.length)} ${list.join(', ')}`,
    forbiddenDetailKo: `허용되지 않는 seccomp annotation: ${list.join(', ')} (runtime/default, docker/default, localhost/*만 허용)`,
    locations: list.map((k) => forbidden.get(k)!),
  };
}

function seccompProfileBaseline_1_19(_meta: unknown, podSpec: unknown): CheckOutcome {
  const setters: string[] = [];
  const settersKo: string[] = [];
  const badValues: string[] = [];
  const locations: Location[] = [];
  const podProfile = asObj(get(podSpec, 'securityContext', 'seccompProfile'));
  if (podProfile && !validSeccomp(podProfile.type)) {
    setters.push('pod');
    settersKo.push('pod');
    badValues.push(asStr(podProfile.type) ?? '');
    locations.push(value(['spec', 'securityContext', 'seccompProfile', 'type']));
  }
  const bad: string[] = [];
  for (const c of containersOf(podSpec)) {
    const profile = asObj(get(c.value, 'securityContext', 'seccompProfile'));
    if (profile && !validSeccomp(profile.type)) {
      bad.push(c.name);
      badValues.push(asStr(profile.type) ?? '');
      locations.push(value([...c.path, 'securityContext', 'seccompProfile', 'type']));
    }
  }
  if (bad.length > 0) {
    setters.push(containersPhrase(bad));
    settersKo.push(containersPhraseKo(bad));
  }
  if (setters.length === 0) return ALLOWED;
  const list = joinQuote(sortedUnique(badValues));
  return {
    allowed: false,
    forbiddenReason: 'seccompProfile',
    forbiddenDetail: `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${list}`,
    forbiddenDetailKo: `${settersKo.join(' 및 ')}의 securityContext.seccompProfile.type은 RuntimeDefault 또는 Localhost만 쓸 수 있습니다. 허용되지 않는 값: ${list}`,
    locations,
  };
}

export const seccompProfile_baseline: PssCheckModule = {
  check: {
    id: 'seccompProfile_baseline',
    level: 'baseline',
    versions: [
      { minimumVersion: 0, checkPod: seccompProfileBaseline_1_0 },
      { minimumVersion: 19, checkPod: seccompProfileBaseline_1_19 },
    ],
  },
  doc: {
    title: { ko: 'seccomp Unconfined 금지', en: 'seccomp must not be Unconfined' },
    why: {
      ko: 'seccomp Unconfined는 커널 syscall 필터를 끕니다. 런타임 기본 profile이 막아 주던 위험한 syscall이 모두 열립니다.',
      en: 'An Unconfined seccomp profile turns off syscall filtering that the runtime default profile provides.',
    },
    fix: {
      ko: 'seccompProfile.type을 RuntimeDefault나 Localhost로 두세요(v1.19 이전 정책에서는 annotation을 runtime/default로).',
      en: 'Set seccompProfile.type to RuntimeDefault or Localhost (for policies before v1.19, the annotation to runtime/default).',
    },
    anchor: 'baseline',
    securitySeverity: 6.0,
    examples: {
      good: [
        {
          file: 'pod.yaml',
          text: inNamespace(
            'baseline',
            podYaml(
              '  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: app\n      image: registry.example.com/app:1.0.0\n',
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
              '  securityContext:\n    seccompProfile:\n      type: Unconfined\n  containers:\n    - name: app\n      image: registry.example.com/app:1.0.0\n',
            ),
          ),
          errors: [{ messageId: 'violation', line: 16, column: 13, endLine: 16, endColumn: 23 }],
        },
      ],
    },
  },
};
