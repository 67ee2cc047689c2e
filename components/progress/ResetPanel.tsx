'use client';

/** "학습 기록 초기화": after a confirmation, removes all progress (lab work too) from this browser. */
import { useState } from 'react';
import { browserStorage } from '@/lib/progress/events';
import { emptySnapshot, type ProgressSnapshot } from '@/lib/progress/file';
import { isEmptySnapshot, replaceProgress } from '@/lib/progress/snapshot';
import { ConfirmDialog } from './ConfirmDialog';

export function ResetPanel({ snapshot }: { snapshot: ProgressSnapshot }) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const empty = isEmptySnapshot(snapshot);

  const reset = () => {
    setAsking(false);
    const storage = browserStorage();
    const result = storage ? replaceProgress(storage, emptySnapshot()) : { ok: false as const, message: '이 브라우저는 사이트 데이터 저장을 막고 있습니다.' };
    setMessage(result.ok ? '학습 기록을 모두 지웠습니다.' : result.message);
  };

  return (
    <section aria-labelledby="reset-heading" className="mt-10">
      <h2 id="reset-heading" className="text-xl font-bold">
        처음부터 다시 하기
      </h2>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">읽기 기록, 확인 문제 답, 실습에서 작성한 코드와 완료 표시를 이 브라우저에서 모두 지웁니다.</p>
      <button
        type="button"
        onClick={() => {
          setMessage('');
          setAsking(true);
        }}
        disabled={empty}
        className="mt-3 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-60 dark:border-red-800 dark:bg-zinc-900 dark:text-red-300 dark:hover:bg-red-950"
        data-action="reset-progress"
      >
        학습 기록 초기화
      </button>
      <p aria-live="polite" className="mt-2 text-sm" data-reset-message>
        {empty && !message ? '지울 기록이 없습니다.' : message}
      </p>
      <ConfirmDialog open={asking} title="학습 기록을 모두 지울까요?" confirmLabel="모두 지우기" onConfirm={reset} onCancel={() => setAsking(false)}>
        <p>
          실습 코드까지 지워지며 되돌릴 수 없습니다. 남겨 두려면 먼저 취소하고 <strong>파일로 내보내기</strong>를 하세요.
        </p>
      </ConfirmDialog>
    </section>
  );
}
