import type { YamlRule } from '../../rule';
import { isRole, policyRules } from '../_shared/rbac';
import { role } from '../_shared/rbac-examples';

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
    messages: {
      everything: {
        ko: 'rules[{{index}}].{{field}}에 "*"가 있습니다. 모든 리소스에 모든 동작을 허용하는 사실상 관리자 권한입니다. 필요한 항목만 나열하세요.',
        en: 'rules[{{index}}].{{field}} contains "*": every verb on every resource, effectively admin.',
      },
      futureItems: {
        ko: 'rules[{{index}}].{{field}}에 "*"가 있어 앞으로 추가될 {{what}}까지 모두 허용합니다. 필요한 항목만 나열하세요.',
        en: 'rules[{{index}}].{{field}} contains "*", which also grants anything added later.',
      },
    },
    examples: {
      good: [{ file: 'role.yaml', text: role('  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list"]\n') }],
      bad: [
        {
          file: 'role.yaml',
          text: role('  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n'),
          errors: [
            { messageId: 'everything', line: 7, column: 17, endLine: 7, endColumn: 20 },
            { messageId: 'everything', line: 8, column: 17, endLine: 8, endColumn: 20 },
            { messageId: 'everything', line: 9, column: 13, endLine: 9, endColumn: 16 },
          ],
        },
      ],
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
            messageId: full ? 'everything' : 'futureItems',
            data: { index: r.index, field, what: field === 'verbs' ? '동작' : field === 'resources' ? '리소스' : 'API 그룹' },
            range: obj.range([...r.path, field, j]),
            ...(full ? { severity: 'error' as const } : {}),
          });
        });
      }
    }
  },
};
