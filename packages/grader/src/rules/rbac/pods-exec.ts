import type { YamlRule } from '../../rule';
import { coversCoreGroup, coversResource, isRole, policyRules } from '../_shared/rbac';
import { role } from '../_shared/rbac-examples';

const VERBS = ['create', 'get', '*'];
const SUBRESOURCES = ['pods/exec', 'pods/attach'];

export const rbacPodsExec: YamlRule = {
  meta: {
    id: 'rbac/pods-exec',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'Pod exec/attach 권한', en: 'Pod exec/attach permission' },
    why: {
      ko: 'pods/exec, pods/attach 권한이 있으면 실행 중인 컨테이너 안에서 셸을 얻어 그 Pod의 Secret, 토큰, 네트워크 권한을 그대로 쓸 수 있습니다.',
      en: 'pods/exec and pods/attach give a shell inside running containers, with their secrets, tokens and network access.',
    },
    fix: {
      ko: 'exec/attach 권한은 운영자 역할에만, 가능하면 임시(Just-in-Time)로 부여하세요.',
      en: 'Grant exec/attach only to operator roles, ideally just in time.',
    },
    refs: { trivy: 'KSV053', url: 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/' },
    securitySeverity: 7.0,
    messages: {
      podsExec: {
        ko: 'rules[{{index}}] 규칙이 {{subresources}}에 "{{v}}" 동작을 허용해 실행 중인 컨테이너에서 셸을 얻을 수 있습니다.',
        en: 'rules[{{index}}] allows "{{v}}" on {{subresources}}: a shell in running containers.',
      },
    },
    examples: {
      good: [{ file: 'role.yaml', text: role('  - apiGroups: [""]\n    resources: ["pods", "pods/log"]\n    verbs: ["get", "list"]\n') }],
      bad: [
        {
          file: 'role.yaml',
          text: role('  - apiGroups: [""]\n    resources: ["pods/exec"]\n    verbs: ["create"]\n'),
          errors: [{ messageId: 'podsExec', line: 9, column: 13, endLine: 9, endColumn: 21 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isRole(obj)) return;
    for (const r of policyRules(obj)) {
      if (!coversCoreGroup(r)) continue;
      const subs = SUBRESOURCES.filter((s) => coversResource(r, s));
      if (!subs.length) continue;
      r.verbs.forEach((v, j) => {
        if (!VERBS.includes(v)) return;
        ctx.report({
          messageId: 'podsExec',
          data: { index: r.index, subresources: subs.join(', '), v },
          range: obj.range([...r.path, 'verbs', j]),
        });
      });
    }
  },
};
