/**
 * Messages between the lab UI (lib/lab-runtime/grader.ts) and the grading worker (lib/lab-runtime/grade.worker.ts).
 * Every request carries a `seq`; the answer repeats it so the client can match answers to requests.
 */
import type { FileSet, LabResult } from '@/labs/exercises/types';
import type { SourceFile } from '@w7/grader';

export type WorkerRequest = { type: 'grade'; seq: number; lab: string; files: SourceFile[] } | { type: 'reference'; seq: number; lab: string };

export type WorkerResponse =
  | { type: 'graded'; seq: number; lab: string; result: LabResult }
  | { type: 'reference'; seq: number; lab: string; files: FileSet }
  | { type: 'error'; seq: number; lab: string; message: string };
