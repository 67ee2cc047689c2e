/**
 * privileged (baseline, v1.0+): containers must not set securityContext.privileged=true.
 * Upstream: policy/check_privileged.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asBool, containersOf, containersPhrase, containersPhraseKo, get, value } from '../../pss/pod';

function privileged_1_0(_meta: unknown, podSpec: unknown): CheckOutcome {
  const bad: string[] = [];
  const locations: Location[] = [];
  for (const c of containersOf(podSpec)) {
    if (asBool(get(c.value, 'securityContext', 'privileged')) === true) {
      bad.push(c.name);
      locations.push(value([...c.path, 'securityContext', 'privileged']));
    }
  }
  if (bad.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'privileged',
    forbiddenDetail: `${containersPhrase(bad)} must not set securityContext.privileged=true`,
    forbiddenDetailKo: `${containersPhraseKo(bad)}의 securityContext.privileged=true 설정은 허용되지 않습니다`,
    locations,
  };
}

export const privileged: PssCheckModule = {
  check: { id: 'privileged', level: 'baseline', versions: [{ minimumVersion: 0, checkPod: privileged_1_0 }] },
  doc: {
    title: { ko: 'privileged 컨테이너 금지', en: 'Privileged containers are forbidden' },
    why: {
      ko: 'privileged 컨테이너는 호스트의 모든 device와 capability를 가지며 seccomp/AppArmor 보호도 꺼집니다. 컨테이너 탈출이 사실상 열려 있는 상태입니다.',
      en: 'A privileged container gets every host device and capability and runs without seccomp/AppArmor confinement: escaping to the node is trivial.',
    },
    fix: {
      ko: 'securityContext.privileged를 지우거나 false로 두고, 꼭 필요한 capability만 add 하세요. 모니터링 agent처럼 정말 필요한 경우는 privileged namespace에 격리하세요.',
      en: 'Remove securityContext.privileged or set it to false and add only the capabilities you need. Isolate agents that truly need it in a privileged namespace.',
    },
    anchor: 'baseline',
    securitySeverity: 9.0,
    examples: {
      good: [{ file: 'pod.yaml', text: podYaml(restrictedSpec()) }],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(`  containers:
    - name: app
      image: registry.example.com/app:1.0.0
      securityContext:
        privileged: true
`),
          errors: [{ messageId: 'violation', line: 10, column: 21, endLine: 10, endColumn: 25 }],
        },
      ],
    },
  },
};
