import type { YamlRule } from '../../rule';
import { workflowOf, type WorkflowStep } from '../../workflow/model';
import { stepRun, type RunEvent } from '../../workflow/runs';
import { GOOD_WORKFLOW, workflowYaml } from '../_shared/workflow-examples';
import { isTrivyAction, TRIVY_HIDING_INPUTS } from '../_shared/trivy';

const SHA_TRIVY = 'aquasecurity/trivy-action@ed142fd0673e97e23eac54620cfb913e5ce36c25';

/** The runs a gate must cover: a push to the default branch and a pull request into it. */
const RUNS: readonly RunEvent[] = [
  { event: 'push', branch: 'main', changed: 'Dockerfile', label: 'push' },
  { event: 'pull_request', action: 'synchronize', branch: 'main', changed: 'Dockerfile', label: 'pull_request' },
];

const gates = (step: WorkflowStep) => /^[1-9]\d*$/.test((step.with['exit-code'] ?? '').trim());
const words = (v: string | undefined) => (v === undefined ? null : v.split(',').map((x) => x.trim().toLowerCase()));

export const ghaTrivyNoExitCode: YamlRule = {
  meta: {
    id: 'gha/trivy-no-exit-code',
    severity: 'warning',
    target: 'workflow',
    title: { ko: 'exit-code 없는 trivy-action', en: 'trivy-action without exit-code' },
    why: {
      ko: 'trivy-action의 exit-code 기본값은 0이라 취약점을 찾아도 job이 성공합니다. exit-code를 주어도 push나 PR에서 if로 건너뛰거나, continue-on-error로 실패를 삼키거나, scanners/vuln-type으로 검사 대상을 좁히거나 skip-dirs, skip-files, trivyignores로 경로나 취약점을 빼면 같은 결과입니다. 스캔 결과가 로그에만 남고 병합을 막지 못합니다.',
      en: 'trivy-action defaults to exit-code 0: the job succeeds whatever it finds. Skipping the gate with if: on push or pull_request, swallowing its failure with continue-on-error, narrowing scanners/vuln-type, or taking paths or vulnerabilities out with skip-dirs, skip-files or trivyignores has the same effect: the scan never blocks a merge.',
    },
    fix: {
      ko: '`with:`에 `exit-code: "1"`과 막을 `severity`(예: CRITICAL,HIGH)를 지정하고, 그 step이 push와 PR마다 실행되고 실패가 workflow를 실패시키게 두세요. 보고용 step(exit-code 0, SARIF)은 gate step과 함께 두면 됩니다.',
      en: 'Set `exit-code: "1"` and the `severity` to block (e.g. CRITICAL,HIGH) under `with:`, and let that step run and fail the workflow on every push and pull request. A report step (exit-code 0, SARIF) is fine next to such a gate.',
    },
    refs: { url: 'https://github.com/aquasecurity/trivy-action#inputs' },
    securitySeverity: 5.0,
    messages: {
      trivyNoExitCode: {
        ko: 'trivy-action에 exit-code가 없어 취약점을 찾아도 {{id}} job이 성공합니다. with:에 exit-code: "1"을 지정하세요.',
        en: 'trivy-action has no exit-code: job {{id}} succeeds whatever it finds. Set exit-code: "1".',
      },
      noGate: {
        ko: '{{id}} job의 trivy-action이 모두 exit-code 0이라 취약점을 찾아도 job이 성공합니다. 보고용 step과 따로 exit-code: "1"인 gate step을 두세요.',
        en: 'Every trivy-action step of job {{id}} has exit-code 0, so the job succeeds whatever they find. Add a gate step with exit-code: "1".',
      },
      narrowed: {
        ko: '{{input}}: {{value}}로는 {{missing}}의 취약점을 찾지 않아 exit-code가 있어도 막지 못합니다.',
        en: '{{input}}: {{value}} does not look for vulnerabilities in {{missing}}, so the exit-code cannot block them.',
      },
      hidden: {
        ko: '{{input}}: {{value}}{{what}} exit-code가 있어도 gate를 통과합니다. gate step에서는 이 입력을 빼세요.',
        en: '{{input}}: {{value}} {{what}} pass the gate whatever its exit-code. Leave this input out of the gate step.',
      },
      gateBypassed: {
        ko: '{{why}}. 그때는 HIGH/CRITICAL 취약점이 있어도 검사가 통과합니다.',
        en: 'On {{event}} this gate is skipped or its failure ignored (if / continue-on-error), so vulnerabilities pass.',
      },
    },
    examples: {
      good: [{ file: '.github/workflows/scan.yml', text: GOOD_WORKFLOW }],
      bad: [
        {
          file: '.github/workflows/scan.yml',
          text: workflowYaml(`      - uses: ${SHA_TRIVY}\n        with:\n          scan-type: fs\n          severity: CRITICAL,HIGH\n`),
          errors: [{ messageId: 'trivyNoExitCode', line: 9, column: 15, endLine: 9, endColumn: 81 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    const wf = workflowOf(obj);
    if (!wf) return;
    for (const job of wf.jobs) {
      const trivy = job.steps.filter(isTrivyAction);
      for (const step of trivy) {
        if (step.with['exit-code'] !== undefined) continue;
        ctx.report({ messageId: 'trivyNoExitCode', data: { id: job.id }, range: obj.range([...step.path, 'uses']) });
      }
      const explicit = trivy.filter((s) => s.with['exit-code'] !== undefined);
      if (explicit.length > 0 && !explicit.some(gates)) {
        ctx.report({ messageId: 'noGate', data: { id: job.id }, range: obj.range([...explicit[0]!.path, 'with', 'exit-code']) });
      }
      for (const step of trivy.filter(gates)) {
        const scanners = words(step.with.scanners);
        if (scanners && !scanners.includes('vuln')) {
          ctx.report({
            messageId: 'narrowed',
            data: { input: 'scanners', value: step.with.scanners!, missing: { ko: '모든 패키지', en: 'any package' } },
            range: obj.range([...step.path, 'with', 'scanners']),
          });
        }
        const types = words(step.with['vuln-type']);
        if (types && (!types.includes('os') || !types.includes('library'))) {
          const missing = !types.includes('os')
            ? { ko: 'OS 패키지(os)', en: 'OS packages (os)' }
            : { ko: '언어 패키지(library)', en: 'language packages (library)' };
          ctx.report({
            messageId: 'narrowed',
            data: { input: 'vuln-type', value: step.with['vuln-type']!, missing },
            range: obj.range([...step.path, 'with', 'vuln-type']),
          });
        }
        for (const input of TRIVY_HIDING_INPUTS) {
          const value = step.with[input];
          if (value === undefined || value.trim() === '') continue;
          const what =
            input === 'trivyignores'
              ? { ko: '의 무시 목록에 든 취약점은', en: 'lists vulnerabilities that' }
              : { ko: '로 건너뛴 경로의 취약점은', en: 'skips paths whose vulnerabilities' };
          ctx.report({ messageId: 'hidden', data: { input, value, what }, range: obj.range([...step.path, 'with', input]) });
        }
        for (const run of RUNS) {
          const r = stepRun(wf, job, step, run);
          if (r.runs === true && r.failsWorkflow === true) continue;
          ctx.report({ messageId: 'gateBypassed', data: { why: r.why ?? '', event: run.event }, range: obj.range([...step.path, 'uses']) });
          break;
        }
      }
    }
  },
};
