/** The 목표 section: the status line (announced politely) and the checklist of the shown grading. */
import { Objectives } from './Objectives';
import type { ObjectiveView } from './view';
import type { GradedObjective } from '@/lib/lab-runtime/storage';

export function ObjectivesPanel({
  Heading,
  objectives,
  outcomes,
  status,
}: {
  Heading: 'h2' | 'h3';
  objectives: readonly ObjectiveView[];
  outcomes: readonly GradedObjective[] | undefined;
  status: string;
}) {
  return (
    <>
      <Heading className="mt-6 text-lg font-bold">목표</Heading>
      <p className="mt-1 text-sm" aria-live="polite" data-lab-status>
        {status}
      </p>
      <Objectives objectives={objectives} outcomes={outcomes} />
    </>
  );
}
