import type { YamlRule } from '../../rule';
import { auditPolicy, isAuditPolicy } from '../../audit/policy';
import { groupOfResource } from '../../rbac/resources';
import { auditPolicyYaml, GOOD_POLICY } from '../_shared/audit-examples';

/** Resources served by more than one group today. */
const ALSO_IN: Record<string, readonly string[]> = { events: ['events.k8s.io'] };

export const auditWrongGroup: YamlRule = {
  meta: {
    id: 'audit/wrong-group',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'audit 규칙의 resource가 다른 API group에 있음', en: 'Audit rule resource under the wrong API group' },
    why: {
      ko: 'audit 규칙은 group과 resource를 함께 비교합니다. deployments를 group ""(core) 아래에 적으면 Deployment 요청(group apps)과 절대 맞지 않아, 기록하려던 요청이 다른 규칙이나 기본값 None으로 넘어갑니다.',
      en: 'Audit rules compare group and resource together: deployments under group "" (core) never match Deployment requests (group apps), which fall through to other rules or None.',
    },
    fix: {
      ko: 'resource를 올바른 group 항목으로 옮기세요. 예: `- group: "apps"` 아래에 deployments.',
      en: 'Move the resource under its group, e.g. deployments under `- group: "apps"`.',
    },
    refs: { url: 'https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/#audit-k8s-io-v1-GroupResources' },
    securitySeverity: 4.0,
    messages: {
      wrongGroup: {
        ko: '{{base}}는 API group {{shown}}에 있는데 group {{shown2}} 아래에 적혀 있어 rules[{{index}}] 규칙이 이 요청과 맞지 않습니다.',
        en: '{{base}} is in API group "{{group}}", not "{{group2}}": rules[{{index}}] never matches these requests.',
      },
    },
    examples: {
      good: [{ file: 'audit-policy.yaml', text: GOOD_POLICY }],
      bad: [
        {
          file: 'audit-policy.yaml',
          text: auditPolicyYaml(
            '  - level: RequestResponse\n    resources:\n      - group: ""\n        resources: ["pods", "deployments"]\n  - level: Metadata\n',
            'omitStages: ["RequestReceived"]\n',
          ),
          errors: [{ messageId: 'wrongGroup', line: 8, column: 29, endLine: 8, endColumn: 42 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isAuditPolicy(obj)) return;
    for (const r of auditPolicy(obj).rules) {
      r.resources.forEach((gr, k) => {
        gr.resources.forEach((res, m) => {
          const base = res.split('/')[0]!;
          const group = groupOfResource(base);
          if (group === undefined || group === gr.group || (ALSO_IN[base] ?? []).includes(gr.group)) return;
          const shown = (g: string) => (g === '' ? '""(core)' : `"${g}"`);
          ctx.report({
            messageId: 'wrongGroup',
            data: { base, shown: shown(group), shown2: shown(gr.group), index: r.index, group, group2: gr.group },
            range: obj.range([...r.path, 'resources', k, 'resources', m]),
          });
        });
      });
    }
  },
};
