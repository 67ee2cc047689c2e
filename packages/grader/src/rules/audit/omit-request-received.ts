import type { YamlRule } from '../../rule';
import { AUDIT_LEVELS, auditPolicy, isAuditPolicy } from '../../audit/policy';
import { auditPolicyYaml, GOOD_POLICY } from '../_shared/audit-examples';

export const auditOmitRequestReceived: YamlRule = {
  meta: {
    id: 'audit/omit-request-received',
    severity: 'info',
    target: 'kubernetes',
    title: { ko: 'omitStages에 RequestReceived가 없음', en: 'omitStages without RequestReceived' },
    why: {
      ko: 'RequestReceived 단계를 빼지 않으면 기록되는 모든 요청마다 이벤트가 하나 더 생깁니다. 그 이벤트는 ResponseComplete 이벤트에 이미 있는 정보뿐이라 로그 양만 두 배 가까이 늘립니다.',
      en: 'Without omitting RequestReceived every logged request produces an extra event whose content the ResponseComplete event already has, nearly doubling the log volume.',
    },
    fix: { ko: '정책 최상위에 `omitStages: ["RequestReceived"]`를 두세요.', en: 'Set `omitStages: ["RequestReceived"]` at the top of the policy.' },
    refs: { url: 'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy' },
    securitySeverity: 1.0,
    messages: {
      omitRequestReceived: {
        ko: 'omitStages에 RequestReceived가 없어 rules[{{rules}}] 규칙이 기록하는 요청마다 이벤트가 한 번 더 남습니다. 최상위에 omitStages: ["RequestReceived"]를 두세요.',
        en: 'omitStages lacks RequestReceived: every request logged by rules[{{rules}}] produces an extra event.',
      },
    },
    examples: {
      good: [{ file: 'audit-policy.yaml', text: GOOD_POLICY }],
      bad: [
        {
          file: 'audit-policy.yaml',
          text: auditPolicyYaml('  - level: Metadata\n'),
          errors: [{ messageId: 'omitRequestReceived', line: 3, column: 1, endLine: 3, endColumn: 6 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isAuditPolicy(obj)) return;
    const policy = auditPolicy(obj);
    if (policy.omitStages.includes('RequestReceived')) return;
    const flooding = policy.rules.filter(
      (r) => r.level !== 'None' && (AUDIT_LEVELS as readonly string[]).includes(r.level) && !r.omitStages.includes('RequestReceived'),
    );
    if (flooding.length === 0) return;
    ctx.report({
      messageId: 'omitRequestReceived',
      data: { rules: flooding.map((r) => r.index).join('], rules[') },
      range: obj.has(['omitStages']) ? obj.range(['omitStages']) : obj.has(['rules']) ? obj.keyRange(['rules']) : obj.range(['kind']),
    });
  },
};
