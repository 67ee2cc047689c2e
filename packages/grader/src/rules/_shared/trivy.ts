/** Shared helpers of the Trivy-related gha/* rules (and of the ci-trivy-workflow lab, through the package entry). */
import { parseUses, type WorkflowStep } from '../../workflow/model';

export function isTrivyAction(step: WorkflowStep): boolean {
  if (step.uses === undefined) return false;
  const ref = parseUses(step.uses);
  return ref.kind === 'action' && ref.owner.toLowerCase() === 'aquasecurity' && ref.repo.toLowerCase() === 'trivy-action';
}

/** trivy-action inputs that take paths or vulnerability ids out of what a gate step looks at. */
export const TRIVY_HIDING_INPUTS = ['skip-dirs', 'skip-files', 'trivyignores'] as const;
