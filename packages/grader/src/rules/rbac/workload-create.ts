import type { YamlRule } from '../../rule';
import { isRole, policyRules } from '../_shared/rbac';
import { role } from '../_shared/rbac-examples';

/** Resources whose objects run Pods, by API group. */
const WORKLOADS: Record<string, readonly string[]> = {
  '': ['pods', 'replicationcontrollers'],
  apps: ['deployments', 'replicasets', 'statefulsets', 'daemonsets'],
  batch: ['jobs', 'cronjobs'],
};
const VERBS = ['create', 'update', 'patch', '*'];

export const rbacWorkloadCreate: YamlRule = {
  meta: {
    id: 'rbac/workload-create',
    severity: 'info',
    target: 'kubernetes',
    title: { ko: 'Pod/워크로드 생성 권한', en: 'Permission to create Pods or workloads' },
    why: {
      ko: 'Pod나 Deployment 같은 워크로드를 만들거나 고칠 수 있으면 Pod template에 그 Namespace의 아무 ServiceAccount나 지정하고 Secret을 volume이나 env로 마운트할 수 있습니다. get secrets 권한이 없어도 Secret을 읽고 더 강한 ServiceAccount의 권한을 쓰게 됩니다.',
      en: 'Whoever can create or change Pods or workloads can run them as any ServiceAccount of the namespace and mount its Secrets, without any secrets permission.',
    },
    fix: {
      ko: '배포 역할에만 주고, 강한 권한의 ServiceAccount는 별도 Namespace에 두며, Namespace에 PSA를 걸고 토큰이 필요 없는 Pod는 automountServiceAccountToken: false로 둡니다.',
      en: 'Grant it to deployer roles only, keep powerful ServiceAccounts in other namespaces, enforce Pod Security Admission and disable token automounting where unused.',
    },
    refs: { url: 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation', trivy: 'KSV048' },
    securitySeverity: 5.0,
    messages: {
      workloadCreate: {
        ko: 'rules[{{index}}] 규칙이 {{res}}에 {{shown}} 동작을 허용합니다. 이 권한으로 Namespace의 아무 ServiceAccount로 Pod를 실행하고 Secret을 마운트할 수 있으니 배포 역할에만 주세요.',
        en: 'rules[{{index}}] allows {{shown}} on {{res}}: Pods can run as any ServiceAccount of the namespace and mount its Secrets.',
      },
    },
    examples: {
      good: [{ file: 'role.yaml', text: role('  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list", "watch"]\n') }],
      bad: [
        {
          file: 'role.yaml',
          text: role('  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list", "create", "update", "patch"]\n'),
          errors: [{ messageId: 'workloadCreate', line: 8, column: 17, endLine: 8, endColumn: 30 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isRole(obj)) return;
    for (const r of policyRules(obj)) {
      const verbs = [...new Set(r.verbs.filter((v) => VERBS.includes(v)))];
      if (verbs.length === 0) continue;
      r.resources.forEach((res, j) => {
        const group = Object.keys(WORKLOADS).find((g) => WORKLOADS[g]!.includes(res));
        if (group === undefined || !(r.apiGroups.includes(group) || r.apiGroups.includes('*'))) return;
        const shown = verbs.map((v) => `"${v}"`).join(', ');
        ctx.report({
          messageId: 'workloadCreate',
          data: { index: r.index, res, shown },
          range: obj.range([...r.path, 'resources', j]),
        });
      });
    }
  },
};
