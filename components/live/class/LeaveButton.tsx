'use client';
/** 나가기: asks once, then leaves the class and deletes everything this mentee sent (server side). */
import { useState } from 'react';
import type { MenteeConnection } from '@/lib/live/class-client';

export function LeaveButton({ connection, onLeft }: { connection: MenteeConnection; onLeft: (message: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const leave = async () => {
    setBusy(true);
    const result = await connection.leave();
    setBusy(false);
    if (result.ok) onLeft(result.message);
    else setError(result.message);
  };

  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className="rounded border border-zinc-400 px-2 py-0.5 dark:border-zinc-600" data-class-leave>
        나가기
      </button>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-2" role="group" aria-label="수업 나가기 확인">
      <span>수업에서 나가고 내 진행 기록을 지울까요?</span>
      <button
        type="button"
        disabled={busy}
        onClick={leave}
        className="rounded bg-red-700 px-2 py-0.5 font-semibold text-white disabled:opacity-60"
        data-class-leave-confirm
      >
        나가고 기록 지우기
      </button>
      <button type="button" onClick={() => setConfirming(false)} className="rounded border border-zinc-400 px-2 py-0.5 dark:border-zinc-600">
        취소
      </button>
      {error ? (
        <span role="alert" className="text-red-800 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </span>
  );
}
