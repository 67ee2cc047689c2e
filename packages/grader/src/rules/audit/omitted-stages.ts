import type { YamlRule } from '../../rule';
import { auditPolicy, isAuditPolicy } from '../../audit/policy';
import type { Path } from '../../yaml/document';
import { auditPolicyYaml, GOOD_POLICY } from '../_shared/audit-examples';

/** Stages that carry the bodies (Request/RequestResponse) and every stage a normal request goes through. */
const BODY_STAGES = ['ResponseStarted', 'ResponseComplete'];
const ALL_STAGES = ['RequestReceived', 'ResponseStarted', 'ResponseComplete'];

export const auditOmittedStages: YamlRule = {
  meta: {
    id: 'audit/omitted-stages',
    severity: 'error',
    target: 'kubernetes',
    title: { ko: 'omitStages가 기록 자체를 지움', en: 'omitStages removes the records themselves' },
    why: {
      ko: '요청과 응답 본문은 ResponseStarted/ResponseComplete 단계의 이벤트에 담깁니다. 이 단계를 빼면 RequestResponse 규칙도 메타데이터만 남기고, RequestReceived까지 빼면 그 요청은 전혀 기록되지 않습니다. 규칙의 level만 보면 기록되는 것처럼 보여서 리뷰에서 놓치기 쉽습니다.',
      en: 'Request and response bodies are in the ResponseStarted/ResponseComplete events. Omitting them leaves a RequestResponse rule with metadata only, and omitting RequestReceived too drops the request entirely, while the rule level still looks fine.',
    },
    fix: {
      ko: 'omitStages에는 보통 RequestReceived만 둡니다. ResponseComplete는 빼지 마세요.',
      en: 'Usually only RequestReceived belongs in omitStages; never omit ResponseComplete.',
    },
    refs: { url: 'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy' },
    securitySeverity: 6.0,
    messages: {
      allStages: {
        ko: '{{where}} omitStages가 모든 단계를 빼서 해당 요청이 전혀 기록되지 않습니다.',
        en: '{{where}} omitStages drops every stage: those requests are not logged at all.',
      },
      bodyStages: {
        ko: '{{where}} omitStages가 ResponseStarted와 ResponseComplete를 빼서 Request/RequestResponse 수준이어도 본문이 기록되지 않습니다.',
        en: '{{where}} omitStages drops ResponseStarted and ResponseComplete: no bodies are logged, whatever the level.',
      },
    },
    examples: {
      good: [{ file: 'audit-policy.yaml', text: GOOD_POLICY }],
      bad: [
        {
          file: 'audit-policy.yaml',
          text: auditPolicyYaml(
            '  - level: RequestResponse\n    omitStages: ["ResponseStarted", "ResponseComplete"]\n    verbs: ["create"]\n  - level: Metadata\n',
            'omitStages: ["RequestReceived"]\n',
          ),
          errors: [{ messageId: 'allStages', line: 6, column: 17, endLine: 6, endColumn: 56 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isAuditPolicy(obj)) return;
    const policy = auditPolicy(obj);
    const report = (stages: readonly string[], path: Path, where: string, whereEn: string) => {
      const messageId = ALL_STAGES.every((s) => stages.includes(s)) ? 'allStages' : BODY_STAGES.every((s) => stages.includes(s)) ? 'bodyStages' : null;
      if (messageId) ctx.report({ messageId, data: { where: { ko: where, en: whereEn } }, range: obj.range(path) });
    };
    report(policy.omitStages, ['omitStages'], '정책 최상위', 'The policy-level');
    // A rule's own omitStages add to the policy's: reported on the rule when the rule's list completes the damage.
    for (const r of policy.rules) {
      if (r.level === 'None' || r.omitStages.length === 0) continue;
      const combined = [...new Set([...policy.omitStages, ...r.omitStages])];
      const policyAlone = [BODY_STAGES, ALL_STAGES].some((set) => set.every((s) => policy.omitStages.includes(s)));
      if (!policyAlone) report(combined, [...r.path, 'omitStages'], `rules[${r.index}]의`, `rules[${r.index}]:`);
    }
  },
};
