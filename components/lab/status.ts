/**
 * Which grading the objectives list shows, and the status line above it. Pure: no React, no DOM.
 * Before the learner opens the editor no grading worker is loaded, so the list shows what is already known:
 * the starter's grading (done at build time) or the last grading of the saved work (kept in localStorage).
 */
import type { FileSet } from '@/labs/exercises/types';
import type { GradedObjective } from '@/lib/lab-runtime/storage';
import { sameFiles } from '@/lib/lab-runtime/storage';

export type GradingSource = 'live' | 'starter' | 'remembered' | 'none';

export interface ShownGrading {
  source: GradingSource;
  objectives?: readonly GradedObjective[];
}

export interface GradingInputs {
  /** The worker's latest grading in this visit (of the current text or of the text a moment ago). */
  live: readonly GradedObjective[] | null;
  /** The last grading of the saved text, from an earlier visit; only valid for exactly that text. */
  remembered: { files: FileSet; objectives: readonly GradedObjective[] } | undefined;
  /** The starter's grading, made at build time. */
  starter: readonly GradedObjective[];
  starterFiles: FileSet;
  values: FileSet;
}

export function shownGrading({ live, remembered, starter, starterFiles, values }: GradingInputs): ShownGrading {
  if (live) return { source: 'live', objectives: live };
  if (sameFiles(values, starterFiles)) return { source: 'starter', objectives: starter };
  if (remembered && sameFiles(values, remembered.files)) return { source: 'remembered', objectives: remembered.objectives };
  return { source: 'none' };
}

/** The status line: the grading error, how many objectives pass, or how to get a grading. */
export function statusText(shown: ShownGrading, error: string | null, editorOpen: boolean): string {
  if (error) return error;
  const { objectives } = shown;
  if (!objectives) return editorOpen ? '채점하고 있습니다…' : '저장된 작업은 "편집하기"를 누르면 채점됩니다.';
  const failing = objectives.filter((objective) => !objective.pass).length;
  const count = failing === 0 ? `목표 ${objectives.length}개를 모두 통과했습니다.` : `목표 ${objectives.length}개 중 ${failing}개가 아직 통과하지 못했습니다.`;
  return shown.source === 'remembered' && !editorOpen ? `지난번 채점 결과: ${count}` : count;
}
