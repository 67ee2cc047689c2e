/// <reference lib="webworker" />
/**
 * Grades lab files off the main thread with the shared library (labs/exercises/grade.ts), and loads a lab's
 * reference solution on request. Protocol: lib/lab-runtime/protocol.ts. Nothing leaves the browser.
 */
import { gradeLab } from '@/labs/exercises/grade';
import { getLab, loadSolutions } from '@/labs/exercises/index';
import type { WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

function reply(message: WorkerResponse): void {
  self.postMessage(message);
}

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  const lab = getLab(request.lab);
  if (!lab) return { type: 'error', seq: request.seq, lab: request.lab, message: `알 수 없는 실습입니다: ${request.lab}` };
  if (request.type === 'grade') return { type: 'graded', seq: request.seq, lab: lab.id, result: gradeLab(lab, request.files) };
  const solutions = await loadSolutions(lab.id);
  return { type: 'reference', seq: request.seq, lab: lab.id, files: solutions.reference };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  handle(request).then(reply, (error: unknown) =>
    reply({
      type: 'error',
      seq: request.seq,
      lab: request.lab,
      message: `채점 중 오류가 났습니다: ${error instanceof Error ? error.message : String(error)}`,
    }),
  );
};
