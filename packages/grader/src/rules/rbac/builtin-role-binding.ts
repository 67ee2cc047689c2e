import type { YamlRule } from '../../rule';
import { asRecord } from '../../k8s';
import { isBinding } from '../_shared/rbac';
import { binding } from '../_shared/rbac-examples';

/** Built-in ClusterRoles whose grants include reading Secrets (cluster-admin has its own rule). */
const BROAD: Record<string, { ko: string; en: string }> = {
  admin: {
    ko: 'Secret 읽기, pods/exec, Role과 RoleBinding 수정을 포함한 Namespace 관리 권한',
    en: 'namespace administration, including reading Secrets, pods/exec and editing Roles and RoleBindings',
  },
  edit: { ko: 'Secret 읽기와 pods/exec을 포함한 대부분의 쓰기 권한', en: 'most write access, including reading Secrets and pods/exec' },
};

export const rbacBuiltinRoleBinding: YamlRule = {
  meta: {
    id: 'rbac/builtin-role-binding',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: '기본 역할 admin/edit 바인딩', en: 'Binding to the built-in admin or edit role' },
    why: {
      ko: '기본 ClusterRole admin과 edit는 편해 보이지만 Secret 읽기와 pods/exec까지 줍니다. 파일에는 역할 이름 하나만 보여서, 실제로 무엇을 주는지 리뷰에서 놓치기 쉽습니다.',
      en: 'The built-in admin and edit ClusterRoles look convenient but include reading Secrets and pods/exec. The file shows only a role name, so reviews miss what it really grants.',
    },
    fix: {
      ko: '필요한 동사와 리소스만 나열한 Role을 만들어 바인딩하세요. 읽기만 필요하면 view가 Secret을 빼고 줍니다.',
      en: 'Create and bind a Role that lists only the verbs and resources needed. For read-only access, view leaves Secrets out.',
    },
    refs: { url: 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles' },
    securitySeverity: 6.5,
    messages: {
      broadRole: {
        ko: '{{kind}}이(가) 기본 ClusterRole {{role}}을(를) 줍니다: {{what}}. 필요한 권한만 담은 Role을 바인딩하세요.',
        en: 'This {{kind}} grants the built-in ClusterRole {{role}}: {{what}}. Bind a Role with only the permissions needed.',
      },
    },
    examples: {
      good: [{ file: 'binding.yaml', text: binding('ClusterRole', 'view', 'RoleBinding') }],
      bad: [
        {
          file: 'binding.yaml',
          text: binding('ClusterRole', 'edit', 'RoleBinding'),
          errors: [{ messageId: 'broadRole', line: 13, column: 9, endLine: 13, endColumn: 13 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    if (!isBinding(obj)) return;
    const ref = asRecord(asRecord(obj.value)?.roleRef);
    const what = ref?.kind === 'ClusterRole' && typeof ref.name === 'string' && Object.hasOwn(BROAD, ref.name) ? BROAD[ref.name] : undefined;
    if (!what) return;
    ctx.report({ messageId: 'broadRole', data: { kind: obj.kind ?? '', role: String(ref!.name), what }, range: obj.range(['roleRef', 'name']) });
  },
};
