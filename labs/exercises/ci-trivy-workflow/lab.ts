import {
  asRecord,
  parseUses,
  stepRun,
  TRIVY_HIDING_INPUTS,
  triggerGap,
  workflowOf,
  type RunEvent,
  type Workflow,
  type WorkflowJob,
  type WorkflowStep,
} from '@w7/grader';
import { fail, get, noFindings, ok, unreadable } from '../checks';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';

const STARTER = `name: Security Scan
on: [push, pull_request]
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Run Trivy vulnerability scanner
        uses: aquasecurity/trivy-action@master
        with:
          image-ref: 'myapp:latest'
          format: 'table'
          exit-code: '1'
          severity: 'CRITICAL,HIGH'
`;

const FILE = 'security-scan.yml';
const SECTION = 'container-security#ci에서-이미지-스캔하기';

const isTrivy = (s: WorkflowStep) => {
  const u = s.uses === undefined ? null : parseUses(s.uses);
  return u?.kind === 'action' && u.owner.toLowerCase() === 'aquasecurity' && u.repo.toLowerCase() === 'trivy-action';
};

interface Scan {
  wf: Workflow;
  job: WorkflowJob;
  step: WorkflowStep;
}

function workflow(ctx: LabContext): Workflow | ObjectiveResult {
  const bad = unreadable(ctx, FILE);
  if (bad) return bad;
  const wf = ctx
    .objects(FILE)
    .map(workflowOf)
    .find((w) => w !== null);
  return wf ?? fail(`${FILE}이(가) GitHub Actions workflow가 아닙니다 (on과 jobs가 필요합니다).`, FILE);
}

/** The Trivy image scan steps; fails when there is none. */
function scans(ctx: LabContext): Scan[] | ObjectiveResult {
  const wf = workflow(ctx);
  if (!('jobs' in wf)) return wf;
  const list = wf.jobs.flatMap((job) => job.steps.filter(isTrivy).map((step) => ({ wf, job, step })));
  const images = list.filter((s) => (s.step.with['scan-type'] ?? 'image') === 'image' && s.step.with['image-ref']);
  return images.length > 0
    ? images
    : fail('aquasecurity/trivy-action으로 이미지를 스캔하는 step(image-ref)이 없습니다.', FILE, list[0] ? wf.obj.range(list[0].step.path) : undefined);
}

/** permissions values that grant no write access (security-events: write is allowed for uploading SARIF). */
function permissionProblem(value: unknown): string | null {
  if (value === 'read-all' || value === null) return null;
  if (value === 'write-all') return 'write-all은 모든 권한을 씁니다.';
  const rec = asRecord(value);
  if (!rec) return `permissions 값 ${String(value)}을(를) 알 수 없습니다.`;
  const w = Object.entries(rec).find(([k, v]) => v === 'write' && k !== 'security-events');
  return w ? `${w[0]}: write는 스캔에 필요하지 않습니다.` : null;
}

/** The events every change arrives through: a push to main and a pull request into main, opened and updated. */
const EVENTS: readonly RunEvent[] = [
  { event: 'push', branch: 'main', changed: 'Dockerfile', label: 'main 브랜치로 push' },
  { event: 'pull_request', action: 'opened', branch: 'main', changed: 'Dockerfile', label: 'main으로 여는 pull request' },
  { event: 'pull_request', action: 'synchronize', branch: 'main', changed: 'Dockerfile', label: 'pull request에 올린 새 커밋' },
];

const list = (v: string | undefined): string[] | null =>
  v === undefined
    ? null
    : v
        .split(',')
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean);

/** Why a Trivy step's own inputs let HIGH/CRITICAL findings through, or null when a finding fails the step. */
function gateProblem(step: WorkflowStep): { reason: string; input?: string } | null {
  const exit = step.with['exit-code'];
  if (exit === undefined || !/^[1-9]\d*$/.test(exit.trim()))
    return {
      reason: `${exit === undefined ? 'exit-code가 없어(기본값 0)' : `exit-code: ${exit}라서`} 취약점이 있어도 step이 성공합니다. exit-code: "1"을 주세요.`,
      ...(exit !== undefined && { input: 'exit-code' }),
    };
  const sev = list(step.with.severity);
  if (sev !== null && (!sev.includes('high') || !sev.includes('critical')))
    return { reason: `severity ${step.with.severity}에 HIGH와 CRITICAL이 모두 있어야 합니다.`, input: 'severity' };
  const scanners = list(step.with.scanners);
  if (scanners !== null && !scanners.includes('vuln'))
    return { reason: `scanners: ${step.with.scanners}에 vuln이 없어 취약점을 찾지 않습니다.`, input: 'scanners' };
  const types = list(step.with['vuln-type'] ?? step.with['pkg-types']);
  if (types !== null && (!types.includes('os') || !types.includes('library'))) {
    const key = step.with['vuln-type'] !== undefined ? 'vuln-type' : 'pkg-types';
    return {
      reason: `${key}: ${step.with[key]}는 ${types.includes('os') ? 'npm 패키지(library)' : 'OS 패키지(os)'}를 검사하지 않습니다. os와 library를 모두 검사하세요.`,
      input: key,
    };
  }
  const hidden = TRIVY_HIDING_INPUTS.find((key) => step.with[key] !== undefined && step.with[key]!.trim() !== '');
  if (hidden)
    return {
      reason: `${hidden}: ${step.with[hidden]}${hidden === 'trivyignores' ? '의 무시 목록은 이 workflow만으로는 알 수 없고, 그 목록에 든 취약점은' : '로 건너뛴 경로의 취약점은'} exit-code가 있어도 gate를 통과합니다. gate step에서는 이 입력을 빼고, 이미지를 고쳐 취약점을 없애세요.`,
      input: hidden,
    };
  return null;
}

/**
 * For each event, a Trivy image scan that runs and whose failure fails the workflow. A report step with
 * exit-code 0 next to a gate step with exit-code 1 passes: one gate is enough.
 */
function failsOnHigh(ctx: LabContext): ObjectiveResult {
  const s = scans(ctx);
  if (!Array.isArray(s)) return s;
  for (const run of EVENTS) {
    let first: ObjectiveResult | null = null;
    for (const { wf, job, step } of s) {
      const own = gateProblem(step);
      if (own) {
        first ??= fail(own.reason, FILE, wf.obj.range(own.input ? [...step.path, 'with', own.input] : step.path));
        continue;
      }
      const r = stepRun(wf, job, step, run);
      if (r.runs === true && r.failsWorkflow === true) {
        first = null;
        break;
      }
      first ??= fail(`${r.why}. 그때는 HIGH/CRITICAL 취약점이 있어도 검사가 통과합니다.`, FILE, wf.obj.range(step.path));
    }
    if (first) return first;
  }
  return ok('push와 pull request마다 스캔이 실행되고, HIGH 또는 CRITICAL 취약점이 있으면 workflow가 실패합니다.');
}

/**
 * Filters that let a change skip the scan are gha/narrowed-trigger's (at the filter); what the rule cannot know is
 * this repository's: its changes arrive as pushes to main and pull requests into main, so both events must start it.
 */
function runsOnChanges(ctx: LabContext): ObjectiveResult {
  const wf = workflow(ctx);
  if (!('jobs' in wf)) return wf;
  const narrowed = noFindings(ctx, FILE, ['gha/narrowed-trigger'], '');
  if (!narrowed.pass) return narrowed;
  for (const run of EVENTS) {
    const gap = triggerGap(wf, run);
    if (gap) return fail(`${run.label}: ${gap}. 이미지에 들어가는 파일이 바뀌는 모든 변경을 스캔해야 합니다.`, FILE, wf.obj.keyRange(['on']));
  }
  return noFindings(ctx, FILE, ['gha/pr-target-checkout'], 'main으로 가는 모든 push와 pull request에서 실행됩니다.');
}

export const lab: LabMeta = {
  id: 'ci-trivy-workflow',
  title: 'CI: Trivy 워크플로 바로잡기',
  summary:
    '원본 노트의 워크플로는 action을 움직이는 태그(@master, @v4)로 참조하고, 빌드하지 않은 myapp:latest를 스캔하며, 권한을 정하지 않았습니다. action을 커밋 SHA로 고정하고, 이번 커밋의 이미지를 빌드해 스캔하고, HIGH/CRITICAL에서 실패하며, 최소 권한으로 실행되게 고치세요.',
  files: [{ name: FILE, language: 'yaml', starter: STARTER }],
  objectives: [
    {
      id: 'scans-built-image',
      title: '같은 job에서 빌드한 이미지를 스캔한다',
      rules: ['gha/image-not-built'],
      section: 'container-security#원본-노트의-워크플로',
      check(ctx) {
        const s = scans(ctx);
        if (!Array.isArray(s)) return s;
        return noFindings(ctx, FILE, ['gha/image-not-built'], `Trivy가 이 job에서 빌드한 ${s[0]!.step.with['image-ref']}를 스캔합니다.`);
      },
    },
    {
      id: 'pinned-actions',
      title: '모든 action을 40자리 커밋 SHA로 고정한다',
      rules: ['gha/unpinned-action'],
      section: 'container-security#공급망-사고-태그는-움직입니다',
      check(ctx) {
        const wf = workflow(ctx);
        if (!('jobs' in wf)) return wf;
        for (const job of wf.jobs) {
          for (const step of job.steps) {
            const u = step.uses === undefined ? null : parseUses(step.uses);
            if (u && u.kind !== 'local' && !u.pinned)
              return fail(`${step.uses}: 태그나 브랜치는 움직입니다. 전체 커밋 SHA로 고정하세요.`, FILE, wf.obj.range([...step.path, 'uses']));
          }
        }
        return noFindings(ctx, FILE, ['gha/unpinned-action'], '모든 action이 커밋 SHA로 고정되어 있습니다.');
      },
    },
    {
      id: 'fails-on-high',
      title: 'push와 PR마다 HIGH/CRITICAL 취약점이 있으면 workflow가 실패한다',
      rules: ['gha/trivy-no-exit-code'],
      section: SECTION,
      check: failsOnHigh,
    },
    {
      id: 'least-permissions',
      title: 'GITHUB_TOKEN 권한을 읽기 전용으로 줄인다',
      rules: ['gha/no-permissions'],
      section: SECTION,
      check(ctx) {
        const wf = workflow(ctx);
        if (!('jobs' in wf)) return wf;
        const r = noFindings(ctx, FILE, ['gha/no-permissions'], '');
        if (!r.pass) return r;
        const top = permissionProblem(get(wf.obj.value, 'permissions'));
        if (top) return fail(top, FILE, wf.obj.range(['permissions']));
        for (const job of wf.jobs) {
          if (!job.hasPermissions) continue;
          const p = permissionProblem(get(wf.obj.value, ...job.path, 'permissions'));
          if (p) return fail(`${job.id} job: ${p}`, FILE, wf.obj.range([...job.path, 'permissions']));
        }
        return ok('workflow의 토큰은 읽기 권한만 가집니다.');
      },
    },
    {
      id: 'runs-on-changes',
      title: '이미지를 바꾸는 모든 push와 pull_request에서 실행된다 (PR 코드에 비밀 없이)',
      rules: ['gha/narrowed-trigger', 'gha/pr-target-checkout'],
      section: SECTION,
      check: runsOnChanges,
    },
  ],
  hints: [
    '2026년 3월 trivy-action의 태그 76개가 악성 코드로 바뀌었습니다. 태그 대신 40자리 커밋 SHA를 쓰고, 버전은 주석으로 남깁니다.',
    'Trivy는 image-ref를 이 job에서 찾지 못하면 레지스트리에서 받으려 합니다. 스캔 앞에 docker build -t myapp:${{ github.sha }} . step을 두고 같은 태그를 스캔하세요.',
    '최상위에 permissions: {contents: read}를 두고, checkout은 actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1(v7.0.1), trivy-action은 aquasecurity/trivy-action@ed142fd0673e97e23eac54620cfb913e5ce36c25(v0.36.0)로 고정하고, image-ref를 myapp:${{ github.sha }}로 바꾸세요.',
  ],
};
