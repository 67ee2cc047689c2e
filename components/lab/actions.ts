/**
 * Actions of other features in the lab toolbar, after 처음 코드로 되돌리기 / 내 작업 복원: each is that feature's
 * own client component, added here with one line (e.g. 도움 요청 from the live class, 링크로 공유 from self-study).
 * They receive the lab, the learner's current text and the shown grading as an outcome (ids and pass/fail,
 * lib/lab-runtime/outcome.ts); they must not change the work.
 */
import type { ComponentType } from 'react';
import type { FileSet } from '@/labs/exercises/types';
import type { LabOutcome } from '@/lib/lab-runtime/outcome';
import type { LabView } from './view';

export interface LabActionProps {
  lab: LabView;
  files: FileSet;
  /** The grading the objectives list shows; null before any is known (saved work not graded yet). */
  outcome: LabOutcome | null;
}

export const LAB_ACTIONS: readonly ComponentType<LabActionProps>[] = [];
