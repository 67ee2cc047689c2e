import type { YamlRule } from '../../rule';
import { workflowOf } from '../../workflow/model';
import { GOOD_WORKFLOW, workflowYaml } from '../_shared/workflow-examples';
import { isTrivyAction } from '../_shared/trivy';

const SHA_TRIVY = 'aquasecurity/trivy-action@ed142fd0673e97e23eac54620cfb913e5ce36c25';

export const ghaTrivyNoExitCode: YamlRule = {
  meta: {
    id: 'gha/trivy-no-exit-code',
    severity: 'warning',
    target: 'workflow',
    title: { ko: 'exit-code 없는 trivy-action', en: 'trivy-action without exit-code' },
    why: {
      ko: 'trivy-action의 exit-code 기본값은 0이라 취약점을 찾아도 job이 성공합니다. 스캔 결과가 로그에만 남고 병합을 막지 못합니다.',
      en: 'trivy-action defaults to exit-code 0: the job succeeds whatever it finds, so the scan never blocks a merge.',
    },
    fix: { ko: '`with:`에 `exit-code: "1"`과 막을 `severity`(예: CRITICAL,HIGH)를 지정하세요.', en: 'Set `exit-code: "1"` and the `severity` to block (e.g. CRITICAL,HIGH) under `with:`.' },
    refs: { url: 'https://github.com/aquasecurity/trivy-action#inputs' },
    securitySeverity: 5.0,
    messages: {
      trivyNoExitCode: {
        ko: 'trivy-action에 exit-code가 없어 취약점을 찾아도 {{id}} job이 성공합니다. with:에 exit-code: "1"을 지정하세요.',
        en: 'trivy-action has no exit-code: job {{id}} succeeds whatever it finds. Set exit-code: "1".',
      },
    },
    examples: {
      good: [{ file: '.github/workflows/scan.yml', text: GOOD_WORKFLOW }],
      bad: [{ file: '.github/workflows/scan.yml', text: workflowYaml(`      - uses: ${SHA_TRIVY}\n        with:\n          scan-type: fs\n          severity: CRITICAL,HIGH\n`), errors: [{ messageId: 'trivyNoExitCode', line: 9, column: 15, endLine: 9, endColumn: 81 }] }],
    },
  },
  check(obj, ctx) {
    const wf = workflowOf(obj);
    if (!wf) return;
    for (const job of wf.jobs) {
      for (const step of job.steps) {
        if (!isTrivyAction(step) || step.with['exit-code'] !== undefined) continue;
        ctx.report({
          messageId: 'trivyNoExitCode',
          data: { id: job.id },
          range: obj.range([...step.path, 'uses']),
        });
      }
    }
  },
};
