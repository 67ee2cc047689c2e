/**
 * The result of each grading run of a lab, as an event on window: objective ids with pass/fail and
 * completion, never the learner's text. Listeners (the live class, progress views) subscribe here instead
 * of reaching into the workbench.
 */
import type { LabResult } from '@/labs/exercises/types';

export const LAB_OUTCOME_EVENT = 'w7-lab-outcome';

export interface LabOutcome {
  labId: string;
  objectives: { id: string; pass: boolean }[];
  complete: boolean;
}

/** Only ids and booleans: nothing of the files, reasons or positions. */
export function outcomeOf(result: LabResult): LabOutcome {
  return {
    labId: result.lab,
    objectives: result.objectives.map((objective) => ({ id: objective.id, pass: objective.pass })),
    complete: result.complete,
  };
}

export function publishLabOutcome(result: LabResult): void {
  window.dispatchEvent(new CustomEvent<LabOutcome>(LAB_OUTCOME_EVENT, { detail: outcomeOf(result) }));
}

/** Calls `listener` after every grading run on this page; returns the unsubscribe function. */
export function onLabOutcome(listener: (outcome: LabOutcome) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<LabOutcome>).detail);
  window.addEventListener(LAB_OUTCOME_EVENT, handler);
  return () => window.removeEventListener(LAB_OUTCOME_EVENT, handler);
}
