import type { YamlRule } from '../../rule';
import { workflowOf } from '../../workflow/model';
import { GOOD_WORKFLOW, workflowYaml } from '../_shared/workflow-examples';

export const ghaNoPermissions: YamlRule = {
  meta: {
    id: 'gha/no-permissions',
    severity: 'warning',
    target: 'workflow',
    title: { ko: '최상위 permissions 없음', en: 'No top-level permissions' },
    why: {
      ko: 'permissions가 없으면 GITHUB_TOKEN은 저장소나 조직 설정의 기본 권한을 받습니다. 오래된 저장소에서는 쓰기 권한(write-all)이라, 탈취된 action이나 스크립트가 코드와 릴리스를 바꿀 수 있습니다.',
      en: 'Without permissions the GITHUB_TOKEN gets the repository or organisation default, write-all on older repositories: a compromised action or script can change code and releases.',
    },
    fix: {
      ko: '워크플로 최상위에 `permissions: contents: read`를 두고, 더 필요한 권한은 그 job에만 추가하세요.',
      en: 'Set `permissions: contents: read` at the top and add more only to the job that needs it.',
    },
    refs: { url: 'https://docs.zizmor.sh/audits/#excessive-permissions' },
    securitySeverity: 5.0,
    messages: {
      noPermissions: {
        ko: '최상위 permissions가 없어 {{jobs}} job의 GITHUB_TOKEN이 저장소 기본 권한(쓰기일 수 있음)을 받습니다. 최상위에 permissions: contents: read를 두세요.',
        en: 'No top-level permissions: the GITHUB_TOKEN of job(s) {{jobs}} gets the repository default, possibly write. Set permissions: contents: read.',
      },
    },
    examples: {
      good: [{ file: '.github/workflows/scan.yml', text: GOOD_WORKFLOW }],
      bad: [
        {
          file: '.github/workflows/scan.yml',
          text: workflowYaml('      - run: make test\n', '[push]', ''),
          errors: [{ messageId: 'noPermissions', line: 3, column: 1, endLine: 3, endColumn: 5 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    const wf = workflowOf(obj);
    if (!wf || wf.hasPermissions) return;
    const open = wf.jobs.filter((j) => !j.hasPermissions);
    if (open.length === 0) return;
    ctx.report({
      messageId: 'noPermissions',
      data: { jobs: open.map((j) => j.id).join(', ') },
      range: obj.keyRange(['jobs']),
    });
  },
};
