import type { YamlRule } from '../../rule';
import { isRole, policyRules } from './rbac';
import { role } from './rbac-fixtures';

export const rbacWildcard: YamlRule = {
  meta: {
    id: 'rbac/wildcard',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'RBAC 규칙의 와일드카드(*)', en: 'Wildcard (*) in an RBAC rule' },
    why: {
      ko: 'verbs/resources/apiGroups의 "*"는 지금 있는 것뿐 아니라 앞으로 추가될 리소스(CRD)와 동사까지 모두 허용합니다. verbs와 resources가 모두 "*"이면 사실상 관리자 권한입니다.',
      en: 'A "*" in verbs/resources/apiGroups grants everything that exists now and anything added later (CRDs, new verbs). "*" verbs on "*" resources is effectively admin.',
    },
    fix: { ko: '필요한 apiGroups, resources, verbs를 하나씩 나열하세요.', en: 'List the apiGroups, resources and verbs actually needed.' },
    refs: { kubeLinter: 'wildcard-in-rules', trivy: 'KSV044, KSV045, KSV046', cis: '5.1.3' },
    securitySeverity: 7.0,
    examples: {
      good: [{ file: 'role.yaml', text: role('  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list"]\n') }],
      bad: [{ file: 'role.yaml', text: role('  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n') }],
    },
  },
  check(obj, ctx) {
    if (!isRole(obj)) return;
    for (const r of policyRules(obj)) {
      const full = r.verbs.includes('*') && r.resources.includes('*');
      for (const field of ['apiGroups', 'resources', 'verbs'] as const) {
        r[field].forEach((v, j) => {
          if (v !== '*') return;
          ctx.report({
            message: full
              ? `rules[${r.index}].${field}에 "*"가 있습니다. 모든 리소스에 모든 동작을 허용하는 사실상 관리자 권한입니다. 필요한 항목만 나열하세요.`
              : `rules[${r.index}].${field}에 "*"가 있어 앞으로 추가될 ${field === 'verbs' ? '동작' : field === 'resources' ? '리소스' : 'API 그룹'}까지 모두 허용합니다. 필요한 항목만 나열하세요.`,
            messageEn: full
              ? `rules[${r.index}].${field} contains "*": every verb on every resource, effectively admin.`
              : `rules[${r.index}].${field} contains "*", which also grants anything added later.`,
            range: obj.range([...r.path, field, j]),
            ...(full ? { severity: 'error' as const } : {}),
          });
        });
      }
    }
  },
};
