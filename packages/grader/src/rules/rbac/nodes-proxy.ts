import type { YamlRule } from '../../rule';
import { coversCoreGroup, isRole, policyRules } from '../_shared/rbac';
import { role } from '../_shared/rbac-examples';

export const rbacNodesProxy: YamlRule = {
  meta: {
    id: 'rbac/nodes-proxy',
    severity: 'error',
    target: 'kubernetes',
    title: { ko: 'nodes/proxy 권한', en: 'nodes/proxy permission' },
    why: {
      ko: 'nodes/proxy는 API 서버를 거쳐 kubelet API를 직접 부르게 해 줍니다. kubelet API로는 그 노드의 모든 Pod에서 명령을 실행할 수 있고, 이 호출은 Pod 단위 audit와 admission을 거치지 않습니다. get만 있어도 위험합니다.',
      en: 'nodes/proxy reaches the kubelet API through the API server: commands can run in every Pod of the node, bypassing per-Pod audit and admission. Even get is dangerous.',
    },
    fix: {
      ko: '모니터링에는 nodes/metrics나 nodes/stats처럼 필요한 subresource만 주고, nodes/proxy는 빼세요.',
      en: 'Grant only the needed subresources (nodes/metrics, nodes/stats) for monitoring; remove nodes/proxy.',
    },
    refs: { trivy: 'KSV047', url: 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes' },
    securitySeverity: 8.5,
    messages: {
      nodesProxy: {
        ko: 'rules[{{index}}] 규칙이 {{res}}에 {{verbsQuoted}} 동작을 허용합니다. kubelet API로 노드의 모든 Pod에서 명령을 실행할 수 있습니다.',
        en: 'rules[{{index}}] allows {{verbs}} on {{res}}: commands can run in every Pod of the node through the kubelet API.',
      },
    },
    examples: {
      good: [
        { file: 'role.yaml', text: role('  - apiGroups: [""]\n    resources: ["nodes", "nodes/metrics", "nodes/stats"]\n    verbs: ["get"]\n', 'ClusterRole') },
      ],
      bad: [
        {
          file: 'role.yaml',
          text: role('  - apiGroups: [""]\n    resources: ["nodes/proxy"]\n    verbs: ["get"]\n', 'ClusterRole'),
          errors: [{ messageId: 'nodesProxy', line: 7, column: 17, endLine: 7, endColumn: 30 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isRole(obj)) return;
    for (const r of policyRules(obj)) {
      if (!coversCoreGroup(r) || r.verbs.every((v) => v === '')) continue;
      r.resources.forEach((res, j) => {
        if (res !== 'nodes/proxy' && res !== '*/proxy') return;
        ctx.report({
          messageId: 'nodesProxy',
          data: {
            index: r.index,
            res,
            verbsQuoted: r.verbs
              .filter((v) => v)
              .map((v) => `"${v}"`)
              .join(', '),
            verbs: r.verbs.filter((v) => v).join(', '),
          },
          range: obj.range([...r.path, 'resources', j]),
        });
      });
    }
  },
};
