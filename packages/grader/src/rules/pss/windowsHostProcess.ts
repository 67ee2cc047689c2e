/**
 * windowsHostProcess (baseline, v1.0+): securityContext.windowsOptions.hostProcess must not be true
 * at pod or container level. Upstream: policy/check_windowsHostProcess.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asBool, containersOf, containersPhrase, containersPhraseKo, get, value } from '../../pss/pod';

function windowsHostProcess_1_0(_meta: unknown, podSpec: unknown): CheckOutcome {
  const bad: string[] = [];
  const locations: Location[] = [];
  for (const c of containersOf(podSpec)) {
    if (asBool(get(c.value, 'securityContext', 'windowsOptions', 'hostProcess')) === true) {
      bad.push(c.name);
      locations.push(value([...c.path, 'securityContext', 'windowsOptions', 'hostProcess']));
    }
  }
  const setters: string[] = [];
  const settersKo: string[] = [];
  if (asBool(get(podSpec, 'securityContext', 'windowsOptions', 'hostProcess')) === true) {
    setters.push('pod');
    settersKo.push('pod');
    locations.unshift(value(['spec', 'securityContext', 'windowsOptions', 'hostProcess']));
  }
  if (bad.length > 0) {
    setters.push(containersPhrase(bad));
    settersKo.push(containersPhraseKo(bad));
  }
  if (setters.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'hostProcess',
    forbiddenDetail: `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`,
    forbiddenDetailKo: `${settersKo.join(' 및 ')}의 securityContext.windowsOptions.hostProcess=true 설정은 허용되지 않습니다`,
    locations,
  };
}

const WINDOWS_POD = (hostProcess: boolean): string =>
  podYaml(`  os:
    name: windows
  securityContext:
    runAsNonRoot: true
    windowsOptions:
      hostProcess: ${hostProcess}
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
`);

export const windowsHostProcess: PssCheckModule = {
  check: { id: 'windowsHostProcess', level: 'baseline', versions: [{ minimumVersion: 0, checkPod: windowsHostProcess_1_0 }] },
  doc: {
    title: { ko: 'Windows HostProcess 컨테이너 금지', en: 'Windows HostProcess containers are forbidden' },
    why: {
      ko: 'HostProcess 컨테이너는 Windows 노드에서 호스트 권한으로 실행되어 노드 전체를 제어할 수 있습니다.',
      en: 'HostProcess containers run with host privileges on a Windows node and can control the whole node.',
    },
    fix: {
      ko: 'windowsOptions.hostProcess를 지우거나 false로 두세요.',
      en: 'Remove windowsOptions.hostProcess or set it to false.',
    },
    anchor: 'baseline',
    securitySeverity: 9.0,
    examples: {
      good: [{ file: 'pod.yaml', text: WINDOWS_POD(false) }],
      bad: [{ file: 'pod.yaml', text: WINDOWS_POD(true), errors: [{ messageId: 'violation', line: 11, column: 20, endLine: 11, endColumn: 24 }] }],
    },
  },
};
