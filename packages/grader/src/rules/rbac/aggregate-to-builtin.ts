import type { YamlRule } from '../../rule';
import { asRecord } from '../../k8s';
import { isRole } from '../_shared/rbac';

const LABEL = /^rbac\.authorization\.k8s\.io\/aggregate-to-(admin|edit|view)$/;

const clusterRole = (labels: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: extra
${labels}rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["get", "list"]
`;

export const rbacAggregateToBuiltin: YamlRule = {
  meta: {
    id: 'rbac/aggregate-to-builtin',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: '기본 역할에 합쳐지는 ClusterRole', en: 'ClusterRole aggregated into a built-in role' },
    why: {
      ko: 'aggregate-to-admin, -edit, -view 라벨이 붙은 ClusterRole의 규칙은 기본 역할에 자동으로 합쳐집니다. 그 역할을 받은 클러스터의 모든 사용자가 이 권한을 얻고, 바인딩 없이도 권한이 퍼집니다.',
      en: 'The rules of a ClusterRole labelled aggregate-to-admin, -edit or -view are merged into that built-in role: everyone bound to it in the cluster gets them, without any new binding.',
    },
    fix: {
      ko: '라벨을 지우고, 필요한 사용자에게만 이 ClusterRole을 직접 바인딩하세요.',
      en: 'Remove the label and bind this ClusterRole only to the subjects that need it.',
    },
    refs: { url: 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#aggregated-clusterroles' },
    securitySeverity: 6.0,
    messages: {
      aggregated: {
        ko: '라벨 {{label}} 때문에 이 ClusterRole의 규칙이 기본 역할 {{role}}에 합쳐져, {{role}}을(를) 받은 모든 사용자가 얻습니다.',
        en: "Because of the label {{label}}, this ClusterRole's rules are merged into the built-in {{role}} role and everyone bound to it gets them.",
      },
    },
    examples: {
      good: [{ file: 'role.yaml', text: clusterRole('  labels:\n    team: payments\n') }],
      bad: [
        {
          file: 'role.yaml',
          text: clusterRole('  labels:\n    rbac.authorization.k8s.io/aggregate-to-edit: "true"\n'),
          errors: [{ messageId: 'aggregated', line: 6, column: 5, endLine: 6, endColumn: 48 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isRole(obj) || obj.kind !== 'ClusterRole') return;
    for (const [k, v] of Object.entries(asRecord(asRecord(asRecord(obj.value)?.metadata)?.labels) ?? {})) {
      const m = LABEL.exec(k);
      if (!m || v !== 'true') continue;
      ctx.report({ messageId: 'aggregated', data: { label: k, role: m[1]! }, range: obj.keyRange(['metadata', 'labels', k]) });
    }
  },
};
