import type { YamlRule } from '../../rule';
import { isRole, policyRules } from '../_shared/rbac';
import { role } from '../_shared/rbac-examples';

const RISKY: Record<string, { ko: string; en: string }> = {
  escalate: { ko: '자신이 갖지 않은 권한까지 Role에 넣을 수 있습니다', en: 'lets a subject put permissions it does not hold into roles' },
  bind: {
    ko: '자신이 갖지 않은 Role(예: cluster-admin)을 아무에게나 바인딩할 수 있습니다',
    en: 'lets a subject bind roles it does not hold (e.g. cluster-admin)',
  },
  impersonate: {
    ko: '다른 사용자, 그룹(system:masters 등), ServiceAccount로 가장할 수 있습니다',
    en: 'lets a subject act as other users, groups (system:masters, ...) or ServiceAccounts',
  },
};

export const rbacEscalateBindImpersonate: YamlRule = {
  meta: {
    id: 'rbac/escalate-bind-impersonate',
    severity: 'error',
    target: 'kubernetes',
    title: { ko: 'escalate/bind/impersonate 권한', en: 'escalate/bind/impersonate permission' },
    why: {
      ko: 'escalate, bind, impersonate 동사는 RBAC의 권한 상승 방지 장치를 우회합니다. 이 권한이 있으면 사실상 클러스터 관리자가 될 수 있습니다.',
      en: 'The escalate, bind and impersonate verbs bypass RBAC privilege-escalation prevention; holding them is close to cluster admin.',
    },
    fix: {
      ko: '이 동사를 빼세요. 꼭 필요하면 resourceNames로 대상 Role/사용자를 한정하세요.',
      en: 'Remove these verbs; if really needed, restrict them with resourceNames.',
    },
    refs: { trivy: 'KSV043', cis: '5.1.8', url: 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb' },
    securitySeverity: 8.5,
    messages: {
      escalateBindImpersonate: {
        ko: 'rules[{{index}}]의 "{{v}}" 권한은 {{ko}}. 권한 상승 경로이므로 빼세요.',
        en: 'rules[{{index}}] grants "{{v}}", which {{en}}: a privilege-escalation path.',
      },
    },
    examples: {
      good: [{ file: 'role.yaml', text: role('  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["roles"]\n    verbs: ["get", "list"]\n') }],
      bad: [
        {
          file: 'role.yaml',
          text: role('  - apiGroups: [""]\n    resources: ["users", "groups"]\n    verbs: ["impersonate"]\n', 'ClusterRole'),
          errors: [{ messageId: 'escalateBindImpersonate', line: 8, column: 13, endLine: 8, endColumn: 26 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isRole(obj)) return;
    for (const r of policyRules(obj)) {
      r.verbs.forEach((v, j) => {
        const risk = Object.hasOwn(RISKY, v) ? RISKY[v] : undefined;
        if (!risk) return;
        ctx.report({
          messageId: 'escalateBindImpersonate',
          data: { index: r.index, v, ko: risk.ko, en: risk.en },
          range: obj.range([...r.path, 'verbs', j]),
        });
      });
    }
  },
};
