import type { YamlRule } from '../../rule';
import { auditPolicy, isAuditPolicy } from '../../audit/policy';
import { auditPolicyYaml, GOOD_POLICY } from '../_shared/audit-examples';

export const auditUserWildcard: YamlRule = {
  meta: {
    id: 'audit/user-wildcard',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'audit 규칙의 users/userGroups에 와일드카드', en: 'Wildcard in audit rule users or userGroups' },
    why: {
      ko: 'users와 userGroups는 이름을 정확히 비교합니다. 와일드카드(*)는 nonResourceURLs에서만 동작하므로 "system:serviceaccount:*:*" 같은 값은 어떤 사용자와도 맞지 않고, 그 규칙은 아무것도 기록하지 않습니다.',
      en: 'users and userGroups match names exactly; wildcards only work in nonResourceURLs, so a value like "system:serviceaccount:*:*" matches nobody and the rule logs nothing.',
    },
    fix: {
      ko: '모든 ServiceAccount는 userGroups: ["system:serviceaccounts"], 한 Namespace의 ServiceAccount는 "system:serviceaccounts:<ns>"로 고르세요.',
      en: 'Select all ServiceAccounts with userGroups: ["system:serviceaccounts"], those of one namespace with "system:serviceaccounts:<ns>".',
    },
    refs: { url: 'https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/#audit-k8s-io-v1-PolicyRule' },
    securitySeverity: 4.0,
    messages: {
      userWildcard: {
        ko: '{{field}}의 "{{name}}"는 이름과 정확히 비교되어 와일드카드로 동작하지 않으므로 rules[{{index}}] 규칙은 이 항목으로 아무도 고르지 못합니다.{{hint}}',
        en: '"{{name}}" in {{field}} is compared exactly, not as a wildcard: it selects nobody.{{saHintEn}}',
      },
    },
    examples: {
      good: [{ file: 'audit-policy.yaml', text: GOOD_POLICY }],
      bad: [
        {
          file: 'audit-policy.yaml',
          text: auditPolicyYaml('  - level: Request\n    users: ["system:serviceaccount:*:*"]\n  - level: Metadata\n', 'omitStages: ["RequestReceived"]\n'),
          errors: [{ messageId: 'userWildcard', line: 6, column: 13, endLine: 6, endColumn: 40 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isAuditPolicy(obj)) return;
    for (const r of auditPolicy(obj).rules) {
      for (const field of ['users', 'userGroups'] as const) {
        r[field].forEach((name, j) => {
          if (!name.includes('*')) return;
          const sa = /^system:serviceaccounts?:/.test(name);
          const hint = sa ? ' 모든 ServiceAccount는 userGroups: ["system:serviceaccounts"]로 고르세요.' : ' 정확한 이름이나 그룹을 적으세요.';
          ctx.report({
            messageId: 'userWildcard',
            data: { field, name, index: r.index, hint, saHintEn: sa ? ' Use userGroups: ["system:serviceaccounts"].' : '' },
            range: obj.range([...r.path, field, j]),
          });
        });
      }
    }
  },
};
