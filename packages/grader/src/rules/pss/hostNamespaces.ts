/**
 * hostNamespaces (baseline, v1.0+): hostNetwork, hostPID and hostIPC must be unset or false.
 * Upstream: policy/check_hostNamespaces.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asBool, get, value } from '../../pss/pod';

const FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

function hostNamespaces_1_0(_meta: unknown, podSpec: unknown): CheckOutcome {
  const set: string[] = [];
  const locations: Location[] = [];
  for (const f of FIELDS) {
    if (asBool(get(podSpec, f)) === true) {
      set.push(`${f}=true`);
      locations.push(value(['spec', f]));
    }
  }
  if (set.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'host namespaces',
    forbiddenDetail: set.join(', '),
    forbiddenDetailKo: `${set.join(', ')} 설정으로 호스트 namespace를 공유할 수 없습니다`,
    locations,
  };
}

export const hostNamespaces: PssCheckModule = {
  check: { id: 'hostNamespaces', level: 'baseline', versions: [{ minimumVersion: 0, checkPod: hostNamespaces_1_0 }] },
  doc: {
    title: { ko: '호스트 namespace 공유 금지', en: 'Sharing host namespaces is forbidden' },
    why: {
      ko: 'hostNetwork/hostPID/hostIPC를 쓰면 Pod가 노드의 네트워크, 프로세스, IPC를 그대로 봅니다. 다른 Pod의 트래픽과 프로세스를 엿보거나 조작할 수 있습니다.',
      en: "hostNetwork/hostPID/hostIPC give the pod the node's network, process and IPC namespaces: it can observe and tamper with other workloads.",
    },
    fix: {
      ko: 'hostNetwork, hostPID, hostIPC를 지우거나 false로 두세요. 포트 노출은 Service를 쓰세요.',
      en: 'Remove hostNetwork, hostPID and hostIPC or set them to false. Expose ports through a Service.',
    },
    anchor: 'baseline',
    securitySeverity: 8.0,
    examples: {
      good: [{ file: 'pod.yaml', text: podYaml(restrictedSpec()) }],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(`  hostPID: true\n${restrictedSpec()}`),
          errors: [{ messageId: 'violation', line: 6, column: 12, endLine: 6, endColumn: 16 }],
        },
      ],
    },
  },
};
