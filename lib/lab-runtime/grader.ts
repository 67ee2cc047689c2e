/**
 * The browser side of lab grading: one shared Web Worker per page (lib/lab-runtime/grade.worker.ts), created on
 * first use, with promise-returning requests matched by sequence number.
 */
import type { FileSet, LabResult } from '@/labs/exercises/types';
import type { SourceFile } from '@w7/grader';
import type { WorkerRequest, WorkerResponse } from './protocol';

type Pending = { resolve: (response: WorkerResponse) => void };

let worker: Worker | undefined;
let nextSeq = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./grade.worker.ts', import.meta.url), { type: 'module', name: 'w7-grade' });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const entry = pending.get(event.data.seq);
    pending.delete(event.data.seq);
    entry?.resolve(event.data);
  };
  worker.onerror = (event) => {
    const message = `채점 워커를 불러오지 못했습니다: ${event.message || '알 수 없는 오류'}`;
    for (const [seq, entry] of pending) entry.resolve({ type: 'error', seq, lab: '', message });
    pending.clear();
    worker = undefined;
  };
  return worker;
}

type WithoutSeq<T> = T extends unknown ? Omit<T, 'seq'> : never;
type Request = WithoutSeq<WorkerRequest>;

function send(request: Request): Promise<WorkerResponse> {
  const seq = nextSeq++;
  return new Promise((resolve) => {
    pending.set(seq, { resolve });
    getWorker().postMessage({ ...request, seq } as WorkerRequest);
  });
}

/** Grades `files` against lab `lab`; rejects with a Korean message when the worker reports an error. */
export async function gradeInWorker(lab: string, files: SourceFile[]): Promise<LabResult> {
  const response = await send({ type: 'grade', lab, files });
  if (response.type === 'graded') return response.result;
  throw new Error(response.type === 'error' ? response.message : '예상하지 못한 응답입니다.');
}

/** The reference solution of lab `lab`, loaded in the worker. */
export async function referenceInWorker(lab: string): Promise<FileSet> {
  const response = await send({ type: 'reference', lab });
  if (response.type === 'reference') return response.files;
  throw new Error(response.type === 'error' ? response.message : '예상하지 못한 응답입니다.');
}
