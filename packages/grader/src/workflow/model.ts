/**
 * GitHub Actions workflows read from parsed YAML (a document with `on` and `jobs`). Every job and step keeps
 * its path, so `workflow.obj.range(step.path)` etc. point at the YAML.
 */
import { asArray, asRecord } from '../k8s/index';
import type { Finding } from '../types';
import { parseYaml, type K8sObject, type Path } from '../yaml/document';

export interface WorkflowStep {
  /** 0-based index in the job's steps. */
  index: number;
  path: Path;
  name?: string;
  uses?: string;
  run?: string;
  /** `with:` inputs as strings (numbers and booleans converted, other values skipped). */
  with: Record<string, string>;
}

export interface WorkflowJob {
  id: string;
  path: Path;
  /** A reusable workflow call (`jobs.<id>.uses`). */
  uses?: string;
  /** Does the job set its own `permissions`? */
  hasPermissions: boolean;
  steps: WorkflowStep[];
}

export interface Workflow {
  obj: K8sObject;
  /** Event names of `on` (string, list or map form). */
  triggers: string[];
  /** Is there a top-level `permissions`? */
  hasPermissions: boolean;
  jobs: WorkflowJob[];
}

/** What a `uses:` value refers to. */
export type UsesRef =
  | { kind: 'local'; path: string }
  | { kind: 'docker'; image: string; pinned: boolean }
  | { kind: 'action'; owner: string; repo: string; path: string; ref: string; pinned: boolean };

const scalar = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);

/** The workflow model of a YAML document, or null when the document is not a workflow. */
export function workflowOf(obj: K8sObject): Workflow | null {
  const value = asRecord(obj.value);
  // The engine's yamlTarget rule (not imported: the engine loads the rules that load this module).
  if (!value || typeof value.apiVersion === 'string' || typeof value.kind === 'string' || !('jobs' in value) || !('on' in value)) return null;
  const on = value.on;
  const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on.filter((x): x is string => typeof x === 'string') : Object.keys(asRecord(on) ?? {});
  const jobs: WorkflowJob[] = [];
  for (const [id, j] of Object.entries(asRecord(value.jobs) ?? {})) {
    const job = asRecord(j);
    if (!job) continue;
    const steps: WorkflowStep[] = [];
    asArray(job.steps).forEach((s, index) => {
      const step = asRecord(s);
      if (!step) return;
      const inputs: Record<string, string> = {};
      for (const [k, v] of Object.entries(asRecord(step.with) ?? {})) {
        const sv = scalar(v);
        if (sv !== undefined) inputs[k] = sv;
      }
      const st: WorkflowStep = { index, path: ['jobs', id, 'steps', index], with: inputs };
      if (typeof step.name === 'string') st.name = step.name;
      if (typeof step.uses === 'string') st.uses = step.uses;
      if (typeof step.run === 'string') st.run = step.run;
      steps.push(st);
    });
    const wj: WorkflowJob = { id, path: ['jobs', id], hasPermissions: 'permissions' in job, steps };
    if (typeof job.uses === 'string') wj.uses = job.uses;
    jobs.push(wj);
  }
  return { obj, triggers, hasPermissions: 'permissions' in value, jobs };
}

/** Parses YAML text into workflows (documents that are not workflows are skipped) and parse findings. */
export function parseWorkflows(name: string, text: string): { workflows: Workflow[]; findings: Finding[] } {
  const parsed = parseYaml(name, text);
  return { workflows: parsed.objects.map(workflowOf).filter((w): w is Workflow => w !== null), findings: parsed.findings };
}

const SHA = /^[0-9a-f]{40}$/i;

/** Classifies a `uses:` value: a local action, a Docker image, or a repository action/reusable workflow at a ref. */
export function parseUses(uses: string): UsesRef {
  const u = uses.trim();
  if (u.startsWith('./') || u.startsWith('../')) return { kind: 'local', path: u };
  if (u.startsWith('docker://')) {
    const image = u.slice('docker://'.length);
    return { kind: 'docker', image, pinned: /@sha256:[0-9a-f]{64}$/i.test(image) };
  }
  const at = u.lastIndexOf('@');
  const target = at >= 0 ? u.slice(0, at) : u;
  const ref = at >= 0 ? u.slice(at + 1) : '';
  const [owner = '', repo = '', ...rest] = target.split('/');
  return { kind: 'action', owner, repo, path: rest.join('/'), ref, pinned: SHA.test(ref) };
}

/** The value of a step's `with.<input>` path, for positions. */
export function inputPath(step: WorkflowStep, input: string): Path {
  return [...step.path, 'with', input];
}
