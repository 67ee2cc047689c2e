/**
 * hostPorts (baseline, v1.0+): containers must not use hostPort (0 or unset only).
 * Upstream: policy/check_hostPorts.go.
 */
import type { PssCheckModule } from '../_shared/pss';
import { podYaml, restrictedSpec } from '../_shared/pss';
import { ALLOWED, type CheckOutcome, type Location } from '../../pss/types';
import { asArr, containersOf, containersPhrase, containersPhraseKo, get, pluralize, sortedUnique, value } from '../../pss/pod';

function hostPorts_1_0(_meta: unknown, podSpec: unknown): CheckOutcome {
  const bad: string[] = [];
  const ports: string[] = [];
  const locations: Location[] = [];
  for (const c of containersOf(podSpec)) {
    let valid = true;
    asArr(c.value.ports).forEach((p, i) => {
      const hp = get(p, 'hostPort');
      if (typeof hp === 'number' && hp !== 0) {
        valid = false;
        ports.push(String(hp));
        locations.push(value([...c.path, 'ports', i, 'hostPort']));
      }
    });
    if (!valid) bad.push(c.name);
  }
  if (bad.length === 0) return ALLOWED;
  const list = sortedUnique(ports);
  return {
    allowed: false,
    forbiddenReason: 'hostPort',
    forbiddenDetail: `${containersPhrase(bad)} ${pluralize('uses', 'use', bad.length)} ${pluralize('hostPort', 'hostPorts', list.length)} ${list.join(', ')}`,
    forbiddenDetailKo: `${containersPhraseKo(bad)}의 hostPort 사용은 허용되지 않습니다: ${list.join(', ')}`,
    locations,
  };
}

export const hostPorts: PssCheckModule = {
  check: { id: 'hostPorts', level: 'baseline', versions: [{ minimumVersion: 0, checkPod: hostPorts_1_0 }] },
  doc: {
    title: { ko: 'hostPort 사용 금지', en: 'hostPort is forbidden' },
    why: {
      ko: 'hostPort는 노드의 네트워크 인터페이스에 포트를 직접 엽니다. NetworkPolicy를 우회하는 경로가 되고 노드마다 포트 충돌이 생깁니다.',
      en: "hostPort opens the port directly on the node's interfaces, bypassing NetworkPolicy and colliding across pods on a node.",
    },
    fix: {
      ko: 'ports[].hostPort를 지우고 containerPort만 두세요. 외부 노출은 Service(NodePort/LoadBalancer)나 Ingress로 하세요.',
      en: 'Remove ports[].hostPort and keep containerPort; expose through a Service or an Ingress.',
    },
    anchor: 'baseline',
    securitySeverity: 5.0,
    examples: {
      good: [{ file: 'pod.yaml', text: podYaml(restrictedSpec({ containerExtra: '      ports:\n        - containerPort: 8080\n' })) }],
      bad: [
        {
          file: 'pod.yaml',
          text: podYaml(restrictedSpec({ containerExtra: '      ports:\n        - containerPort: 8080\n          hostPort: 8080\n' })),
          errors: [{ messageId: 'violation', line: 15, column: 21, endLine: 15, endColumn: 25 }],
        },
      ],
    },
  },
};
