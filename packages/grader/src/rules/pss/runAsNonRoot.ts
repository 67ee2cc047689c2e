/**
 * runAsNonRoot (restricted): runAsNonRoot must be true at pod level (containers may then leave it
 * unset) or on every container, and never false.
 * v1.0: all pods; v1.35: skipped for pods in a user namespace (hostUsers: false). Before 1.35 that
 * relaxation sat behind the off-by-default UserNamespacesPodSecurityStandards gate, removed in 1.35.
 * Upstream: policy/check_runAsNonRoot.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asBool, containersOf, containersPhrase, containersPhraseKo, get, inUserNamespace, missingAnchor, value } from '../../pss/pod';

function runAsNonRoot_1_0(_meta: unknown, podSpec: unknown): CheckOutcome {
  const setters: string[] = [];
  const settersKo: string[] = [];
  const explicitLocations: Location[] = [];
  const podValue = asBool(get(podSpec, 'securityContext', 'runAsNonRoot'));
  if (podValue === false) {
    setters.push('pod');
    settersKo.push('pod');
    explicitLocations.push(value(['spec', 'securityContext', 'runAsNonRoot']));
  }
  const explicitlyBad: string[] = [];
  const implicitlyBad: string[] = [];
  for (const c of containersOf(podSpec)) {
    const v = asBool(get(c.value, 'securityContext', 'runAsNonRoot'));
    if (v !== undefined) {
      if (v === false) {
        explicitlyBad.push(c.name);
        explicitLocations.push(value([...c.path, 'securityContext', 'runAsNonRoot']));
      }
    } else if (podValue !== true) {
      implicitlyBad.push(c.name);
    }
  }
  if (explicitlyBad.length > 0) {
    setters.push(containersPhrase(explicitlyBad));
    settersKo.push(containersPhraseKo(explicitlyBad));
  }
  if (setters.length > 0) {
    return {
      allowed: false,
      forbiddenReason: 'runAsNonRoot != true',
      forbiddenDetail: `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`,
      forbiddenDetailKo: `${settersKo.join(' 및 ')}의 securityContext.runAsNonRoot=false 설정은 허용되지 않습니다`,
      locations: explicitLocations,
    };
  }
  if (implicitlyBad.length > 0) {
    return {
      allowed: false,
      forbiddenReason: 'runAsNonRoot != true',
      forbiddenDetail: `pod or ${containersPhrase(implicitlyBad)} must set securityContext.runAsNonRoot=true`,
      forbiddenDetailKo: `pod 또는 ${containersPhraseKo(implicitlyBad)}의 securityContext.runAsNonRoot를 true로 설정해야 합니다`,
      locations: [missingAnchor({ spec: podSpec }, ['spec', 'securityContext', 'runAsNonRoot'])],
    };
  }
  return ALLOWED;
}

function runAsNonRoot_1_35(meta: unknown, podSpec: unknown): CheckOutcome {
  // KEP-127: in a user namespace, container root is not root on the host.
  if (inUserNamespace(podSpec)) return ALLOWED;
  return runAsNonRoot_1_0(meta, podSpec);
}

export const runAsNonRoot: PssCheckModule = {
  check: {
    id: 'runAsNonRoot',
    level: 'restricted',
    versions: [
      { minimumVersion: 0, checkPod: runAsNonRoot_1_0 },
      { minimumVersion: 35, checkPod: runAsNonRoot_1_35 },
    ],
  },
  doc: {
    title: { ko: 'runAsNonRoot: true 필수', en: 'runAsNonRoot must be true' },
    why: {
      ko: 'runAsNonRoot: true가 있어야 kubelet이 이미지가 UID 0으로 뜨는 것을 막습니다. 컨테이너 root는 탈출 시 노드 root와 같습니다. v1.35부터 hostUsers: false(user namespace) Pod는 이 검사에서 빠집니다.',
      en: 'With runAsNonRoot: true the kubelet refuses to start a container as UID 0; container root is host root after an escape. From v1.35 hostUsers: false pods are exempt.',
    },
    fix: {
      ko: 'Pod의 securityContext에 runAsNonRoot: true를 넣고(또는 모든 container에), 이미지는 숫자 UID(USER 1000:1000)로 만드세요.',
      en: 'Set runAsNonRoot: true in the pod securityContext (or on every container) and build images with a numeric USER (1000:1000).',
    },
    anchor: 'restricted',
    securitySeverity: 7.0,
    examples: {
      good: [{ file: 'pod.yaml', text: podYaml(restrictedSpec()) }],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(restrictedSpec().replace('    runAsNonRoot: true\n', '')),
          errors: [{ messageId: 'violation', line: 6, column: 3, endLine: 6, endColumn: 18 }],
        },
      ],
    },
  },
};
