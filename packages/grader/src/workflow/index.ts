/**
 * GitHub Actions workflow model with source positions.
 *
 *   const { workflows, findings } = parseWorkflows('ci.yml', text);   // findings: parse/* problems
 *   const wf = workflows[0];          // or workflowOf(obj) for a K8sObject the engine parsed
 *   wf.triggers                       // ['push', 'pull_request']
 *   wf.hasPermissions                 // top-level `permissions:` present
 *   for (const job of wf.jobs) for (const step of job.steps) {
 *     step.uses, step.run, step.with['image-ref']
 *     wf.obj.range([...step.path, 'uses'])          // position of the value
 *   }
 *   parseUses('aquasecurity/trivy-action@master')   // { kind: 'action', owner, repo, path: '', ref: 'master', pinned: false }
 *
 *   triggerGap(wf, { event: 'push', branch: 'main', changed: 'Dockerfile', label })   // null when it starts
 *   stepRun(wf, job, step, run)     // { runs, failsWorkflow, why }: if:, needs, continue-on-error for that run
 *
 * A document is a workflow when it is a map with `on` and `jobs` and no apiVersion/kind (engine.yamlTarget).
 */
export { inputPath, parseUses, parseWorkflows, workflowOf } from './model';
export { evaluateFlag, evaluateIf, UNKNOWN, type ExprContext, type Truth } from './expr';
export { githubContext, stepRun, triggerGap, type RunEvent, type StepRun } from './runs';
export type { UsesRef, Workflow, WorkflowJob, WorkflowStep } from './model';
