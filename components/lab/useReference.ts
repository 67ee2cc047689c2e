/**
 * The lab's reference solution, loaded from the grading worker only when the learner asks for it
 * (lib/lab-runtime/grader.ts referenceInWorker); a failure becomes a Korean message, never a throw.
 */
import { useCallback, useState } from 'react';
import type { FileSet } from '@/labs/exercises/types';
import { referenceInWorker } from '@/lib/lab-runtime/grader';

export type Reference = { state: 'idle' } | { state: 'loading' } | { state: 'shown'; files: FileSet } | { state: 'error'; message: string };

export function useReference(labId: string): { reference: Reference; show(): void } {
  const [reference, setReference] = useState<Reference>({ state: 'idle' });
  const show = useCallback(() => {
    setReference({ state: 'loading' });
    referenceInWorker(labId).then(
      (files) => setReference({ state: 'shown', files }),
      (error: unknown) => setReference({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [labId]);
  return { reference, show };
}
