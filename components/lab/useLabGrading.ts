/**
 * Grades the learner's files in the worker (lib/lab-runtime/grader.ts) shortly after the last change, once
 * `enabled` (the learner opened the editor: the worker is not loaded before). Publishes the outcome event
 * (lib/lab-runtime/outcome.ts) after every grading, and measures the time from the end of the debounce to the
 * committed result (objectives and markers updated) as the performance measure GRADE_MEASURE, read by `npm run perf`.
 */
import { useEffect, useRef, useState } from 'react';
import type { FileSet, LabResult } from '@/labs/exercises/types';
import { gradeInWorker } from '@/lib/lab-runtime/grader';
import { publishLabOutcome } from '@/lib/lab-runtime/outcome';
import type { LabView } from './view';

export const GRADE_DELAY_MS = 300;
/** performance.measure name: debounce fired -> result committed; `detail` is the lab id. */
export const GRADE_MEASURE = 'w7-lab-grade';

export interface LabGrading {
  /** The latest grading in this visit (of the current text, or of the text just before the last keystroke). */
  result: LabResult | null;
  error: string | null;
}

export function useLabGrading(lab: LabView, values: FileSet, enabled: boolean, onGraded: (files: FileSet, result: LabResult) => void): LabGrading {
  const [result, setResult] = useState<LabResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  /** When the debounce of the grading being committed ended (performance.now()). */
  const measureFrom = useRef<number | undefined>(undefined);
  const latestOnGraded = useRef(onGraded);
  latestOnGraded.current = onGraded;

  useEffect(() => {
    if (!enabled) return;
    const mine = ++seq.current;
    const timer = window.setTimeout(() => {
      const started = performance.now();
      gradeInWorker(
        lab.id,
        lab.files.map((file) => ({ name: file.name, text: values[file.name] ?? '' })),
      ).then(
        (graded) => {
          if (mine !== seq.current) return;
          measureFrom.current = started;
          setResult(graded);
          setError(null);
          publishLabOutcome(graded);
          latestOnGraded.current(values, graded);
        },
        (failure: unknown) => {
          if (mine === seq.current) setError(failure instanceof Error ? failure.message : String(failure));
        },
      );
    }, GRADE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [enabled, values, lab.id, lab.files]);

  // Runs after the commit that shows `result`, and after the editor's own effect that set the markers.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `result` is the trigger: measure after the commit that shows it
  useEffect(() => {
    const start = measureFrom.current;
    if (start === undefined) return;
    measureFrom.current = undefined;
    performance.measure(GRADE_MEASURE, { start, end: performance.now(), detail: lab.id });
  }, [result, lab.id]);

  return { result, error };
}
