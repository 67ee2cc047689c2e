import type { YamlRule } from '../../rule';
import { auditPolicy, isAuditPolicy, isCatchAll } from '../../audit/policy';
import { auditPolicyYaml, GOOD_POLICY } from '../_shared/audit-examples';

export const auditNoCatchAll: YamlRule = {
  meta: {
    id: 'audit/no-catch-all',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'audit policy에 catch-all 규칙이 없음', en: 'Audit policy without a catch-all rule' },
    why: {
      ko: 'audit policy는 처음 맞는 규칙 하나만 적용하고, 어떤 규칙에도 맞지 않는 요청은 기본값 None으로 아예 기록하지 않습니다. catch-all이 없으면 규칙에 적지 않은 모든 요청이 로그에서 빠집니다.',
      en: 'The first matching rule applies and requests that match none are not logged at all (default level None): without a catch-all, everything not listed goes unrecorded.',
    },
    fix: { ko: '마지막 규칙으로 조건 없는 `- level: Metadata`를 추가하세요.', en: 'Add an unconditional `- level: Metadata` as the last rule.' },
    refs: { cis: '3.2.1', url: 'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy' },
    securitySeverity: 4.0,
    messages: {
      noCatchAll: {
        ko: '조건 없는 catch-all 규칙이 없어 어떤 규칙에도 맞지 않는 요청은 기록되지 않습니다(기본값 None). 마지막에 `- level: Metadata`를 추가하세요.',
        en: 'No catch-all rule: requests that match no rule are not logged (default None). Add `- level: Metadata` last.',
      },
    },
    examples: {
      good: [{ file: 'audit-policy.yaml', text: GOOD_POLICY }],
      bad: [
        {
          file: 'audit-policy.yaml',
          text: auditPolicyYaml(
            '  - level: Metadata\n    resources:\n      - group: ""\n        resources: ["secrets"]\n',
            'omitStages: ["RequestReceived"]\n',
          ),
          errors: [{ messageId: 'noCatchAll', line: 4, column: 1, endLine: 4, endColumn: 6 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isAuditPolicy(obj)) return;
    if (auditPolicy(obj).rules.some(isCatchAll)) return;
    ctx.report({
      messageId: 'noCatchAll',
      range: obj.has(['rules']) ? obj.keyRange(['rules']) : obj.range(['kind']),
    });
  },
};
