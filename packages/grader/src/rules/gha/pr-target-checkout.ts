import type { YamlRule } from '../../rule';
import { parseUses, workflowOf } from '../../workflow/model';
import { GOOD_WORKFLOW, workflowYaml } from '../_shared/workflow-examples';

const HEAD = /github\.event\.pull_request\.head\.(sha|ref|repo)|github\.head_ref|refs\/pull\//;
const SHA_CHECKOUT = 'actions/checkout@1af3b93b6815bc44a9784bd300feb67ff0d1eeb3';

export const ghaPrTargetCheckout: YamlRule = {
  meta: {
    id: 'gha/pr-target-checkout',
    severity: 'error',
    target: 'workflow',
    title: { ko: 'pull_request_target에서 PR 코드를 checkout', en: 'pull_request_target checking out the pull request head' },
    why: {
      ko: 'pull_request_target은 base 저장소의 권한과 Secret으로 실행됩니다. 여기서 PR의 head를 checkout해 빌드하거나 실행하면 포크에서 온 임의의 코드가 쓰기 토큰과 Secret을 가진 채 돕니다("pwn request").',
      en: 'pull_request_target runs with the base repository\'s token and secrets; checking out and running the pull request head runs untrusted fork code with them (a "pwn request").',
    },
    fix: {
      ko: 'PR 코드를 빌드하고 테스트하는 워크플로는 pull_request로 실행하세요. 결과에 쓰기가 필요하면 workflow_run으로 나눕니다.',
      en: 'Build and test pull request code under pull_request; split anything needing write access into a workflow_run workflow.',
    },
    refs: { url: 'https://docs.zizmor.sh/audits/#dangerous-triggers' },
    securitySeverity: 9.0,
    messages: {
      prTargetCheckout: {
        ko: 'pull_request_target 워크플로의 {{id}} job이 PR의 head 코드를 가져옵니다. 이 코드는 base 저장소의 토큰과 Secret을 가진 채 실행됩니다. pull_request 트리거로 옮기세요.',
        en: `Job {{id}} of a pull_request_target workflow checks out the pull request head, which then runs with the base repository's token and secrets.`,
      },
    },
    examples: {
      good: [{ file: '.github/workflows/scan.yml', text: GOOD_WORKFLOW }],
      bad: [
        {
          file: '.github/workflows/pr.yml',
          text: workflowYaml(
            `      - uses: ${SHA_CHECKOUT}\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n      - run: npm ci && npm test\n`,
            'pull_request_target',
          ),
          errors: [{ messageId: 'prTargetCheckout', line: 11, column: 16, endLine: 11, endColumn: 57 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    const wf = workflowOf(obj);
    if (!wf?.triggers.includes('pull_request_target')) return;
    for (const job of wf.jobs) {
      for (const step of job.steps) {
        const ref = step.uses === undefined ? undefined : parseUses(step.uses);
        const checkout = ref?.kind === 'action' && ref.owner === 'actions' && ref.repo === 'checkout';
        const input = checkout ? (['ref', 'repository'] as const).find((k) => HEAD.test(step.with[k] ?? '')) : undefined;
        const gitRun =
          step.run !== undefined && (/\bgh\s+pr\s+checkout\b/.test(step.run) || (/\bgit\s+(fetch|checkout|pull)\b/.test(step.run) && HEAD.test(step.run)));
        if (!input && !gitRun) continue;
        ctx.report({
          messageId: 'prTargetCheckout',
          data: { id: job.id },
          range: obj.range(input ? [...step.path, 'with', input] : [...step.path, 'run']),
        });
      }
    }
  },
};
