import type { YamlRule } from '../../rule';
import { parseUses, workflowOf } from '../../workflow/model';
import type { Path } from '../../yaml/document';
import { GOOD_WORKFLOW, workflowYaml } from '../_shared/workflow-examples';

/** Owners whose actions GitHub itself publishes: still pin them, but a compromise is less likely. */
const FIRST_PARTY = ['actions', 'github'];

export const ghaUnpinnedAction: YamlRule = {
  meta: {
    id: 'gha/unpinned-action',
    severity: 'error',
    target: 'workflow',
    title: { ko: '커밋 SHA로 고정하지 않은 action', en: 'Action not pinned to a commit SHA' },
    why: {
      ko: '브랜치와 태그는 언제든 다른 커밋을 가리키게 바꿀 수 있습니다. 2026년 3월 trivy-action 태그 76개, 2025년 3월 tj-actions/changed-files 태그가 악성 커밋으로 바뀌어 CI Secret이 유출되었습니다. 40자리 커밋 SHA만 바꿀 수 없습니다.',
      en: 'Branches and tags can be moved to other commits at any time: in March 2026 76 trivy-action tags, in March 2025 the tj-actions/changed-files tags were rewritten to code stealing CI secrets. Only a full commit SHA is immutable.',
    },
    fix: {
      ko: '`uses: owner/repo@<40자리 SHA> # vX.Y.Z`처럼 커밋 SHA로 고정하고 버전은 주석으로 남기세요. Dependabot이나 Renovate로 갱신합니다. Docker 이미지는 @sha256 digest로 고정합니다.',
      en: 'Pin `uses: owner/repo@<40-hex SHA> # vX.Y.Z` and keep the version as a comment; update with Dependabot or Renovate. Pin docker:// images by @sha256 digest.',
    },
    refs: { url: 'https://docs.zizmor.sh/audits/#unpinned-uses' },
    securitySeverity: 8.0,
    messages: {
      imageNotPinned: {
        ko: 'Docker 이미지 "{{image}}"를 digest 없이 참조합니다. 태그는 다른 이미지로 바뀔 수 있으니 @sha256:... digest로 고정하세요.',
        en: 'Docker image "{{image}}" is not pinned by digest; pin it with @sha256:...',
      },
      actionNotPinned: {
        ko: 'action {{owner}}/{{repo}}{{path}}이(가) {{how}} 참조되어 있습니다. 누가 그 ref를 옮기면 다음 실행부터 다른 코드가 돕니다. 40자리 커밋 SHA로 고정하고 버전은 주석으로 남기세요.',
        en: '{{owner}}/{{repo}} is referenced by {{refEn}}, which can be moved to other code; pin a full commit SHA.',
      },
    },
    examples: {
      good: [{ file: '.github/workflows/scan.yml', text: GOOD_WORKFLOW }],
      bad: [
        {
          file: '.github/workflows/scan.yml',
          text: workflowYaml('      - uses: aquasecurity/trivy-action@master\n        with:\n          scan-type: fs\n          exit-code: "1"\n'),
          errors: [{ messageId: 'actionNotPinned', line: 9, column: 15, endLine: 9, endColumn: 47 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    const wf = workflowOf(obj);
    if (!wf) return;
    const check = (uses: string, path: Path) => {
      const ref = parseUses(uses);
      if (ref.kind === 'local' || ref.pinned) return;
      if (ref.kind === 'docker') {
        ctx.report({
          messageId: 'imageNotPinned',
          data: { image: ref.image },
          range: obj.range(path),
        });
        return;
      }
      const firstParty = FIRST_PARTY.includes(ref.owner);
      const how = ref.ref === '' ? '버전 없이' : `커밋 SHA가 아닌 "${ref.ref}"(브랜치나 태그)로`;
      ctx.report({
        messageId: 'actionNotPinned',
        data: {
          owner: ref.owner,
          repo: ref.repo,
          path: ref.path ? `/${ref.path}` : '',
          how,
          refEn: ref.ref === '' ? 'no ref' : `"${ref.ref}" (a branch or tag)`,
        },
        range: obj.range(path),
        ...(firstParty ? { severity: 'warning' as const } : {}),
      });
    };
    for (const job of wf.jobs) {
      if (job.uses !== undefined) check(job.uses, [...job.path, 'uses']);
      for (const step of job.steps) if (step.uses !== undefined) check(step.uses, [...step.path, 'uses']);
    }
  },
};
