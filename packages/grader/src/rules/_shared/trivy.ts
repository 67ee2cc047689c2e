/** Shared helpers of the Trivy-related gha/* rules. */
import { parseUses, type WorkflowStep } from '../../workflow/model';

export function isTrivyAction(step: WorkflowStep): boolean {
  if (step.uses === undefined) return false;
  const ref = parseUses(step.uses);
  return ref.kind === 'action' && ref.owner.toLowerCase() === 'aquasecurity' && ref.repo.toLowerCase() === 'trivy-action';
}
