/**
 * When a workflow runs and which of its jobs and steps run, read as GitHub Actions does: `on` with its branch,
 * tag, path and activity-type filters, `needs` chains, `if:` and `continue-on-error`. Pure; no network, no fs.
 */
import { asArray, asRecord } from '../k8s/index';
import { evaluateFlag, evaluateIf, type ExprContext, type Truth } from './expr';
import type { Workflow, WorkflowJob, WorkflowStep } from './model';

/** One change arriving through one event, as the runner would see it. */
export interface RunEvent {
  event: 'push' | 'pull_request';
  /** pull_request activity type. */
  action?: 'opened' | 'synchronize' | 'reopened';
  /** The pushed branch, or the PR's base branch. */
  branch: string;
  /** The one file the change touches. */
  changed: string;
  /** Korean, short: "main 브랜치로 push". */
  label: string;
}

const PR_DEFAULT_TYPES = ['opened', 'synchronize', 'reopened'];

/** A GitHub filter pattern as a regular expression: `*` stops at `/`, `**` does not, `?` and `+` quantify the previous character. */
function patternRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        re += '.*';
        i++;
      } else re += '[^/]*';
    } else if (c === '?' || c === '+') re += c;
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += pattern.slice(i, end + 1);
        i = end;
      }
    } else re += c.replace(/[.^$|(){}\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return new RegExp(`^${pattern.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&')}$`);
  }
}

/** Do ordered patterns (later ones win, `!` negates) include the name? */
function matches(patterns: readonly unknown[], name: string): boolean {
  let hit = false;
  for (const p of patterns) {
    if (typeof p !== 'string' || p === '') continue;
    const neg = p.startsWith('!');
    if (patternRegex(neg ? p.slice(1) : p).test(name)) hit = !neg;
  }
  return hit;
}

/** The configuration of one event under `on` (null when the event is listed without filters, undefined when absent). */
function eventConfig(wf: Workflow, event: string): Record<string, unknown> | null | undefined {
  const on = asRecord(wf.obj.value)?.on;
  if (typeof on === 'string') return on === event ? null : undefined;
  if (Array.isArray(on)) return on.includes(event) ? null : undefined;
  const rec = asRecord(on);
  if (!rec || !(event in rec)) return undefined;
  return asRecord(rec[event]) ?? null;
}

/** Why the workflow does not start for this change, or null when it starts. */
export function triggerGap(wf: Workflow, run: RunEvent): string | null {
  const cfg = eventConfig(wf, run.event);
  if (cfg === undefined) return `on에 ${run.event} 트리거가 없습니다`;
  if (cfg === null) return null;
  const list = (k: string) => (k in cfg ? asArray(cfg[k]) : null);
  const branches = list('branches');
  const ignore = list('branches-ignore');
  if (run.event === 'push' && branches === null && ignore === null && (list('tags') !== null || list('tags-ignore') !== null)) {
    return 'push에 tags 필터만 있어 브랜치 push에서는 실행되지 않습니다';
  }
  if (branches !== null && !matches(branches, run.branch)) return `branches 필터에 ${run.branch} 브랜치가 없습니다`;
  if (ignore !== null && matches(ignore, run.branch)) return `branches-ignore가 ${run.branch} 브랜치를 뺍니다`;
  if (run.event === 'pull_request' && run.action) {
    const types = list('types') ?? PR_DEFAULT_TYPES;
    if (!types.includes(run.action))
      return `types에 ${run.action} 유형이 없어 ${run.action === 'synchronize' ? 'PR에 새 커밋을 올려도' : 'PR을 열어도'} 실행되지 않습니다`;
  }
  const paths = list('paths');
  const pathsIgnore = list('paths-ignore');
  if (paths !== null && !matches(paths, run.changed)) return `paths 필터에 없는 ${run.changed} 하나만 바꾸면 실행되지 않습니다`;
  if (pathsIgnore !== null && matches(pathsIgnore, run.changed)) return `paths-ignore가 빼는 ${run.changed} 하나만 바꾸면 실행되지 않습니다`;
  return null;
}

/** The `github` context of a run of this event (what an `if:` can read without the event payload). */
export function githubContext(run: RunEvent): ExprContext {
  const pr = run.event === 'pull_request';
  return {
    github: {
      event_name: run.event,
      ref: pr ? 'refs/pull/7/merge' : `refs/heads/${run.branch}`,
      ref_name: pr ? '7/merge' : run.branch,
      ref_type: 'branch',
      base_ref: pr ? run.branch : '',
      head_ref: pr ? 'feature/change' : '',
      repository: 'example/myapp',
    },
  };
}

const raw = (wf: Workflow, path: readonly (string | number)[]): unknown => {
  let cur: unknown = wf.obj.value;
  for (const k of path) cur = typeof k === 'number' ? asArray(cur)[k] : asRecord(cur)?.[k];
  return cur;
};

/** The jobs a job waits for (`needs`), transitively, nearest first. */
function needsChain(wf: Workflow, job: WorkflowJob): WorkflowJob[] {
  const out: WorkflowJob[] = [];
  const queue = [job];
  while (queue.length > 0) {
    const j = queue.shift()!;
    const needs = raw(wf, [...j.path, 'needs']);
    for (const id of typeof needs === 'string' ? [needs] : asArray(needs)) {
      const dep = wf.jobs.find((x) => x.id === id);
      if (dep && dep !== job && !out.includes(dep)) {
        out.push(dep);
        queue.push(dep);
      }
    }
  }
  return out;
}

export interface StepRun {
  /** Does the step run in this event? (its job, the jobs it needs, and its own `if:`) */
  runs: Truth;
  /** Does a failure of the step fail the workflow? (no `continue-on-error` on the step or the job) */
  failsWorkflow: Truth;
  /** Korean, when the step is skipped or its failure swallowed: which setting and where. */
  why: string | null;
}

const and = (a: Truth, b: Truth): Truth => (a === false || b === false ? false : a === 'unknown' || b === 'unknown' ? 'unknown' : true);

/** Whether a step runs in this event and whether its failure turns the workflow red. */
export function stepRun(wf: Workflow, job: WorkflowJob, step: WorkflowStep, run: RunEvent): StepRun {
  const ctx = githubContext(run);
  const word = (t: Truth) => (t === 'unknown' ? '참인지 알 수 없어 건너뛸 수 있습니다' : '거짓이라 건너뜁니다');
  let runs: Truth = true;
  let why: string | null = null;
  const gate = (t: Truth, where: string) => {
    if (t !== true && why === null) why = `${where}의 if가 ${run.label}에서 ${word(t)}`;
    runs = and(runs, t);
  };
  // A job whose `needs` were skipped is skipped too, unless its own if says always()
  const jobIf = raw(wf, [...job.path, 'if']);
  const always = typeof jobIf === 'string' && /\balways\s*\(\s*\)/.test(jobIf);
  for (const dep of always ? [] : needsChain(wf, job).reverse()) gate(evaluateIf(raw(wf, [...dep.path, 'if']), ctx), `${dep.id} job(needs)`);
  gate(evaluateIf(jobIf, ctx), `${job.id} job`);
  gate(evaluateIf(raw(wf, [...step.path, 'if']), ctx), 'step');
  const stepCoe = evaluateFlag(raw(wf, [...step.path, 'continue-on-error']), ctx);
  const jobCoe = evaluateFlag(raw(wf, [...job.path, 'continue-on-error']), ctx);
  const not = (t: Truth): Truth => (t === 'unknown' ? t : !t);
  const failsWorkflow = and(not(stepCoe), not(jobCoe));
  if (why === null && failsWorkflow !== true) {
    const where = stepCoe !== false ? 'step' : `${job.id} job`;
    const t = stepCoe !== false ? stepCoe : jobCoe;
    why = `${where}의 continue-on-error가 ${run.label}에서 ${t === 'unknown' ? '참일 수 있어' : '참이라'} 실패해도 workflow가 성공합니다`;
  }
  return { runs, failsWorkflow, why };
}
