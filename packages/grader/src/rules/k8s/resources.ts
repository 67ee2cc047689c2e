import type { YamlRule } from '../../rule';
import { asRecord, containerAnchor, containerLabel, containersOf, podSpecOf } from '../../k8s';
import { parseQuantity } from '../../schema/apiserver';

const pod = (resources: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: registry.example.com/app:1.0.0
${resources}`;

/** Set to something other than zero: a zero request reserves nothing and a zero limit is no limit. */
const has = (m: Record<string, unknown> | undefined, k: string) => {
  if (m === undefined || m[k] === undefined || m[k] === null || m[k] === '') return false;
  return parseQuantity(m[k]) !== 0;
};

export const resources: YamlRule = {
  meta: {
    id: 'k8s/resources',
    // info, not warning: sizing is an availability concern that depends on the workload, and the course's
    // minimal lab Pod (ERRATA §2.4) is presented as good without resources.
    severity: 'info',
    target: 'kubernetes',
    title: { ko: '리소스 requests/메모리 limit 누락', en: 'Missing resource requests or memory limit' },
    why: {
      ko: 'requests가 없으면 스케줄러가 자원을 보장하지 못하고, 메모리 limit이 없으면 컨테이너 하나가 노드 메모리를 다 써서 다른 Pod까지 죽일 수 있습니다(자원 고갈 DoS).',
      en: 'Without requests the scheduler cannot reserve capacity; without a memory limit one container can exhaust node memory and take other pods down (resource-exhaustion DoS).',
    },
    fix: {
      ko: 'resources.requests에 cpu와 memory, resources.limits에 memory를 지정하세요. CPU limit은 스로틀링 때문에 선택 사항으로 둡니다.',
      en: 'Set resources.requests.cpu and .memory and resources.limits.memory. A CPU limit is optional (throttling).',
    },
    refs: { kubeScore: 'container-resources', kubeLinter: 'unset-cpu-requirements, unset-memory-requirements', trivy: 'KSV015, KSV016, KSV018' },
    securitySeverity: 3.0,
    messages: {
      resources: {
        ko: '{{containerLabel}}: resources의 {{missing}}이(가) 없거나 0입니다(0은 예약 없음, limit 0은 제한 없음). 메모리 limit이 없으면 한 컨테이너가 노드 메모리를 고갈시킬 수 있습니다.',
        en: '{{containerLabel}}: missing or zero resources {{missing}}.',
      },
    },
    examples: {
      good: [{ file: 'pod.yaml', text: pod('      resources:\n        requests: {cpu: 100m, memory: 128Mi}\n        limits: {memory: 256Mi}\n') }],
      bad: [
        { file: 'pod.yaml', text: pod(''), errors: [{ messageId: 'resources', line: 7, column: 13, endLine: 7, endColumn: 16 }] },
        {
          file: 'pod.yaml',
          text: pod('      resources:\n        requests: {cpu: 100m, memory: 128Mi}\n'),
          errors: [{ messageId: 'resources', line: 7, column: 13, endLine: 7, endColumn: 16 }],
        },
        {
          file: 'pod.yaml',
          text: pod('      resources:\n        requests: {cpu: "0", memory: 0Mi}\n        limits: {memory: 0}\n'),
          errors: [{ messageId: 'resources', line: 7, column: 13, endLine: 7, endColumn: 16 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    const ps = podSpecOf(obj);
    if (!ps) return;
    for (const c of containersOf(ps.spec, ps.path)) {
      if (c.list === 'ephemeralContainers') continue;
      const res = asRecord(c.container.resources);
      const requests = asRecord(res?.requests);
      const limits = asRecord(res?.limits);
      const missing: string[] = [];
      if (!has(requests, 'cpu')) missing.push('requests.cpu');
      if (!has(requests, 'memory')) missing.push('requests.memory');
      if (!has(limits, 'memory')) missing.push('limits.memory');
      if (!missing.length) continue;
      ctx.report({
        messageId: 'resources',
        data: { containerLabel: containerLabel(c), missing: missing.join(', ') },
        range: containerAnchor(obj, c),
      });
    }
  },
};
