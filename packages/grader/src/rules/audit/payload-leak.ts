import type { YamlRule } from '../../rule';
import { auditPolicy, isAuditPolicy, type AuditRule } from '../../audit/policy';
import { auditPolicyYaml, GOOD_POLICY } from '../_shared/audit-examples';

interface Target {
  resource: string;
  subresource: string;
}

/** Requests whose bodies carry secret values. */
const TARGETS: readonly Target[] = [
  { resource: 'secrets', subresource: '' },
  { resource: 'configmaps', subresource: '' },
  { resource: 'serviceaccounts', subresource: 'token' },
];
const label = (t: Target) => (t.subresource ? `${t.resource}/${t.subresource}` : t.resource);

/** Could the rule match some request on the target (core group)? */
function canMatch(r: AuditRule, t: Target, everyName: boolean): boolean {
  if (r.resources.length === 0) return r.namespaces.length > 0 || r.nonResourceURLs.length === 0;
  return r.resources.some(
    (gr) =>
      gr.group === '' &&
      (!everyName || gr.resourceNames.length === 0) &&
      (gr.resources.length === 0 ||
        gr.resources.some(
          (res) =>
            res === '*' ||
            res === label(t) ||
            (t.subresource !== '' && res === `*/${t.subresource}`) ||
            (res.endsWith('/*') && res.slice(0, -2) === t.resource),
        )),
  );
}

/** Does the rule match every request on the target, whoever makes it, in every namespace? */
function matchesAll(r: AuditRule, t: Target): boolean {
  return r.users.length === 0 && r.userGroups.length === 0 && r.verbs.length === 0 && r.namespaces.length === 0 && canMatch(r, t, true);
}

export const auditPayloadLeak: YamlRule = {
  meta: {
    id: 'audit/payload-leak',
    severity: 'error',
    target: 'kubernetes',
    title: { ko: 'Secret 내용이 audit 로그에 기록됨', en: 'Secret payloads written to the audit log' },
    why: {
      ko: 'Request나 RequestResponse 수준은 요청과 응답 본문을 기록합니다. secrets, configmaps, serviceaccounts/token 요청이 이 수준에 걸리면 비밀값과 토큰이 audit 로그에 평문으로 남고, 로그를 읽을 수 있는 모든 사람과 시스템이 그 값을 보게 됩니다.',
      en: 'Request and RequestResponse record request and response bodies: secret values and tokens of secrets, configmaps and serviceaccounts/token requests end up in the audit log in clear text.',
    },
    fix: {
      ko: '맨 위에 secrets, configmaps, serviceaccounts/token을 Metadata로 기록하는 규칙을 두세요. 첫 번째로 맞는 규칙이 적용되므로 뒤의 넓은 규칙에 걸리지 않습니다.',
      en: 'Put a rule logging secrets, configmaps and serviceaccounts/token at Metadata first; the first matching rule wins, so broader rules below never see them.',
    },
    refs: { cis: '3.2.2', url: 'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy' },
    securitySeverity: 7.5,
    messages: {
      payloadLeak: {
        ko: 'rules[{{index}}] 규칙이 {{what}} 요청을 {{level}} 수준으로 기록할 수 있어 Secret 값과 토큰이 audit 로그에 남습니다. 이 규칙 앞에 {{what}} 요청을 Metadata로 기록하는 규칙을 두세요.',
        en: 'rules[{{index}}] can log {{what}} requests at {{level}}: secret values and tokens end up in the audit log. Put a Metadata rule for them first.',
      },
    },
    examples: {
      good: [{ file: 'audit-policy.yaml', text: GOOD_POLICY }],
      bad: [
        {
          file: 'audit-policy.yaml',
          text: auditPolicyYaml('  - level: RequestResponse\n', 'omitStages: ["RequestReceived"]\n'),
          errors: [{ messageId: 'payloadLeak', line: 5, column: 12, endLine: 5, endColumn: 27 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isAuditPolicy(obj)) return;
    const { rules } = auditPolicy(obj);
    rules.forEach((r, i) => {
      if (r.level !== 'Request' && r.level !== 'RequestResponse') return;
      const leaks = TARGETS.filter((t) => canMatch(r, t, false) && !rules.slice(0, i).some((before) => matchesAll(before, t)));
      if (leaks.length === 0) return;
      const what = leaks.map(label).join(', ');
      ctx.report({
        messageId: 'payloadLeak',
        data: { index: r.index, what, level: r.level },
        range: obj.range([...r.path, 'level']),
      });
    });
  },
};
