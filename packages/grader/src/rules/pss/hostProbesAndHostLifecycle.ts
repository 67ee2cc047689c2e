/**
 * hostProbesAndHostLifecycle (baseline, v1.34+): probes (liveness/readiness/startup) and lifecycle
 * handlers (postStart/preStop) must not set httpGet.host or tcpSocket.host.
 * Upstream: policy/check_hostProbesAndhostLifecycle.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asStr, containersOf, containersPhrase, containersPhraseKo, get, joinQuote, pluralize, sortedUnique, value } from '../../pss/pod';
import type { Path } from '../../yaml/document';

const HANDLERS: readonly Path[] = [['livenessProbe'], ['readinessProbe'], ['startupProbe'], ['lifecycle', 'postStart'], ['lifecycle', 'preStop']];

function hostProbesAndHostLifecycle_1_34(_meta: unknown, podSpec: unknown): CheckOutcome {
  const bad = new Set<string>();
  const hosts: string[] = [];
  const locations: Location[] = [];
  for (const c of containersOf(podSpec)) {
    for (const h of HANDLERS) {
      for (const kind of ['httpGet', 'tcpSocket']) {
        const host = asStr(get(c.value, ...h, kind, 'host'));
        if (host !== undefined && host !== '') {
          bad.add(c.name);
          hosts.push(host);
          locations.push(value([...c.path, ...h, kind, 'host']));
        }
      }
    }
  }
  if (bad.size === 0) return ALLOWED;
  const names = sortedUnique(bad);
  const list = sortedUnique(hosts);
  return {
    allowed: false,
    forbiddenReason: 'probe or lifecycle host',
    forbiddenDetail: `${containersPhrase(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', list.length)} ${joinQuote(list)}`,
    forbiddenDetailKo: `${containersPhraseKo(names)}의 probe/lifecycle handler에는 host를 지정할 수 없습니다: ${joinQuote(list)}`,
    locations,
  };
}

export const hostProbesAndHostLifecycle: PssCheckModule = {
  check: { id: 'hostProbesAndHostLifecycle', level: 'baseline', versions: [{ minimumVersion: 34, checkPod: hostProbesAndHostLifecycle_1_34 }] },
  doc: {
    title: { ko: 'probe/lifecycle의 host 지정 금지', en: 'Probe and lifecycle hosts are forbidden' },
    why: {
      ko: 'httpGet/tcpSocket의 host를 지정하면 kubelet이 노드에서 임의의 주소로 요청을 보냅니다. 노드 네트워크에서만 닿는 내부 서비스를 찌르는 SSRF 통로가 됩니다(v1.34부터 검사).',
      en: 'A host on httpGet/tcpSocket makes the kubelet send requests from the node to any address: an SSRF path into node-only networks (checked from v1.34).',
    },
    fix: {
      ko: 'probe와 lifecycle handler의 host를 지우세요. kubelet은 기본으로 Pod IP에 요청합니다.',
      en: 'Remove host from probes and lifecycle handlers; the kubelet then targets the pod IP.',
    },
    anchor: 'baseline',
    securitySeverity: 5.0,
    examples: {
      good: [
        {
          file: 'pod.yaml',
          text: podYaml(restrictedSpec({ containerExtra: '      livenessProbe:\n        httpGet:\n          path: /healthz\n          port: 8080\n' })),
        },
      ],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(
            restrictedSpec({
              containerExtra:
                '      livenessProbe:\n        httpGet:\n          host: 169.254.169.254\n          path: /latest/meta-data\n          port: 80\n',
            }),
          ),
          errors: [{ messageId: 'violation', line: 15, column: 17, endLine: 15, endColumn: 32 }],
        },
      ],
    },
  },
};
