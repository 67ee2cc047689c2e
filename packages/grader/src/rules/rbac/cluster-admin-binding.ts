import type { YamlRule } from '../../rule';
import { asRecord } from '../../k8s';
import { isBinding } from '../_shared/rbac';
import { binding } from '../_shared/rbac-examples';

export const rbacClusterAdminBinding: YamlRule = {
  meta: {
    id: 'rbac/cluster-admin-binding',
    severity: 'error',
    target: 'kubernetes',
    title: { ko: 'cluster-admin 바인딩', en: 'Binding to cluster-admin' },
    why: {
      ko: 'cluster-admin은 모든 리소스에 모든 동작을 허용합니다. ClusterRoleBinding이면 클러스터 전체, RoleBinding이면 그 네임스페이스 전체를 넘겨주므로 계정이나 Pod 하나만 털려도 전부가 털립니다.',
      en: 'cluster-admin allows every verb on every resource: a ClusterRoleBinding hands over the whole cluster, a RoleBinding the whole namespace, so one compromised account or pod is enough.',
    },
    fix: { ko: '필요한 권한만 담은 Role/ClusterRole을 만들어 바인딩하세요.', en: 'Create and bind a Role/ClusterRole with only the permissions needed.' },
    refs: { kubeLinter: 'cluster-admin-role-binding', trivy: 'KSV111', cis: '5.1.1' },
    securitySeverity: 9.0,
    messages: {
      clusterWide: {
        ko: 'ClusterRoleBinding이 cluster-admin을 부여해 대상에게 클러스터 전체의 모든 권한을 줍니다. 필요한 권한만 담은 역할을 바인딩하세요.',
        en: 'This ClusterRoleBinding grants cluster-admin: every permission in the whole cluster.',
      },
      namespaced: {
        ko: 'RoleBinding이 cluster-admin을 부여해 대상에게 이 네임스페이스의 모든 권한을 줍니다. 필요한 권한만 담은 Role을 바인딩하세요.',
        en: 'This RoleBinding grants cluster-admin: every permission in the namespace.',
      },
    },
    examples: {
      good: [{ file: 'binding.yaml', text: binding('ClusterRole', 'view') }],
      bad: [
        {
          file: 'binding.yaml',
          text: binding('ClusterRole', 'cluster-admin'),
          errors: [{ messageId: 'clusterWide', line: 12, column: 9, endLine: 12, endColumn: 22 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isBinding(obj)) return;
    const ref = asRecord(asRecord(obj.value)?.roleRef);
    if (ref?.kind !== 'ClusterRole' || ref.name !== 'cluster-admin') return;
    const cluster = obj.kind === 'ClusterRoleBinding';
    ctx.report({
      messageId: cluster ? 'clusterWide' : 'namespaced',
      range: obj.range(['roleRef', 'name']),
      ...(cluster ? {} : { severity: 'warning' as const }),
    });
  },
};
