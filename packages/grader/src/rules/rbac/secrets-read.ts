import type { YamlRule } from '../../rule';
import { coversCoreGroup, coversResource, isRole, policyRules } from '../_shared/rbac';
import { role } from '../_shared/rbac-examples';

const READ = ['get', 'list', 'watch', '*'];

export const rbacSecretsRead: YamlRule = {
  meta: {
    id: 'rbac/secrets-read',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'Secret 읽기 권한', en: 'Read access to Secrets' },
    why: {
      ko: 'secrets에 대한 get/list/watch는 그 네임스페이스(ClusterRole이면 클러스터 전체)의 모든 비밀값과 ServiceAccount 토큰을 읽게 해 줍니다. list와 watch도 값 전체를 돌려줍니다.',
      en: 'get/list/watch on secrets reads every secret value and token in the namespace (cluster-wide for a ClusterRole); list and watch return the full values too.',
    },
    fix: {
      ko: '정말 필요한 경우에만 resourceNames로 특정 Secret에 get만 허용하세요.',
      en: 'Only where really needed, allow get on specific Secrets with resourceNames.',
    },
    refs: { kubeLinter: 'access-to-secrets', trivy: 'KSV041', cis: '5.1.2' },
    securitySeverity: 7.5,
    messages: {
      namedSecrets: {
        ko: 'rules[{{index}}] 규칙이 지정한 Secret({{names}})에 "{{verb}}" 동작을 허용합니다. 정말 필요한지 확인하세요.',
        en: 'rules[{{index}}] allows "{{verb}}" on the named secrets ({{names}}).',
      },
      allSecrets: {
        ko: 'rules[{{index}}] 규칙이 secrets에 "{{verb}}" 동작을 허용해 모든 Secret 값을 읽을 수 있습니다. resourceNames로 범위를 좁히거나 권한을 빼세요.',
        en: 'rules[{{index}}] allows "{{verb}}" on secrets: every Secret value can be read.',
      },
    },
    examples: {
      good: [{ file: 'role.yaml', text: role('  - apiGroups: [""]\n    resources: ["configmaps"]\n    verbs: ["get", "list"]\n') }],
      bad: [
        {
          file: 'role.yaml',
          text: role('  - apiGroups: [""]\n    resources: ["secrets"]\n    verbs: ["get", "list", "watch"]\n'),
          errors: [
            { messageId: 'allSecrets', line: 9, column: 13, endLine: 9, endColumn: 18 },
            { messageId: 'allSecrets', line: 9, column: 20, endLine: 9, endColumn: 26 },
            { messageId: 'allSecrets', line: 9, column: 28, endLine: 9, endColumn: 35 },
          ],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isRole(obj)) return;
    for (const r of policyRules(obj)) {
      if (!coversCoreGroup(r) || !coversResource(r, 'secrets')) continue;
      const named = r.resourceNames.length > 0;
      r.verbs.forEach((v, j) => {
        if (!READ.includes(v)) return;
        ctx.report({
          messageId: named ? 'namedSecrets' : 'allSecrets',
          data: { index: r.index, verb: v, names: r.resourceNames.join(', ') },
          range: obj.range([...r.path, 'verbs', j]),
          ...(named ? { severity: 'info' as const } : {}),
        });
      });
    }
  },
};
