/**
 * The course's own subcommands, added to the grader's `w7-grade` by the root bin (bin.ts). `lab` needs the
 * labs of labs/exercises (course material), so it lives here and not in @w7/grader.
 */
import type { CommandEntry } from '@w7/grader/cli';

export const courseCommands: Record<string, CommandEntry> = {
  lab: { summary: '실습 채점: 목표마다 통과/실패와 이유 (w7-grade lab <id> <파일>...)', load: () => import('./lab') },
};
