/**
 * hostPathVolumes (baseline, v1.0+): no hostPath volumes. Overridden at restricted by restrictedVolumes.
 * Upstream: policy/check_hostPathVolumes.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { inNamespace, podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asArr, asObj, asStr, joinQuote, key, pluralize } from '../../pss/pod';

function hostPathVolumes_1_0(_meta: unknown, podSpec: unknown): CheckOutcome {
  const names: string[] = [];
  const locations: Location[] = [];
  asArr(asObj(podSpec)?.volumes).forEach((v, i) => {
    const vol = asObj(v);
    if (vol && vol.hostPath !== undefined && vol.hostPath !== null) {
      names.push(asStr(vol.name) ?? '');
      locations.push(key(['spec', 'volumes', i, 'hostPath']));
    }
  });
  if (names.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'hostPath volumes',
    forbiddenDetail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)}`,
    forbiddenDetailKo: `hostPath volume은 허용되지 않습니다: ${joinQuote(names)}`,
    locations,
  };
}

export const hostPathVolumes: PssCheckModule = {
  check: { id: 'hostPathVolumes', level: 'baseline', versions: [{ minimumVersion: 0, checkPod: hostPathVolumes_1_0 }] },
  doc: {
    title: { ko: 'hostPath volume 금지', en: 'hostPath volumes are forbidden' },
    why: {
      ko: 'hostPath는 노드의 파일시스템을 Pod에 마운트합니다. /proc, /var/run/containerd.sock 같은 경로는 곧 노드 장악으로 이어집니다.',
      en: "hostPath mounts the node's filesystem into the pod; paths such as /proc or the container runtime socket lead to node takeover.",
    },
    fix: {
      ko: 'emptyDir, configMap, secret, PVC 같은 volume을 쓰세요. 노드 접근이 꼭 필요한 agent는 privileged namespace로 분리하세요.',
      en: 'Use emptyDir, configMap, secret or PVC volumes. Move agents that need node access to a privileged namespace.',
    },
    anchor: 'baseline',
    securitySeverity: 8.0,
    examples: {
      good: [{ file: 'pod.yaml', text: inNamespace('baseline', podYaml(restrictedSpec({ tail: '  volumes:\n    - name: tmp\n      emptyDir: {}\n' }))) }],
      bad: [
        {
          file: 'pod.yaml',
          text: inNamespace('baseline', podYaml(restrictedSpec({ tail: '  volumes:\n    - name: host\n      hostPath:\n        path: /proc\n' }))),
          errors: [{ messageId: 'violation', line: 27, column: 7, endLine: 27, endColumn: 15 }],
        },
      ],
    },
  },
};
