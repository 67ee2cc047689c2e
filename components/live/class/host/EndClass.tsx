'use client';
/** Ending the class (with one confirmation): it closes for every mentee and presenter. After the end, a way to open a new one. */
import Link from 'next/link';
import { useState } from 'react';
import type { HostConnection } from '@/lib/live/class-client';
import { writeHost } from '@/lib/live/class-membership';
import type { HostState } from '@/lib/live/class-state';

export function EndClass({ state, connection }: { state: HostState; connection: HostConnection }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');

  if (state.status === 'ended' || state.status === 'refused') {
    return (
      <p className="ml-auto flex items-center gap-2 text-sm" data-class-ended>
        {state.status === 'ended' ? '수업이 끝났습니다.' : state.message}
        <Link href="/class/new" onClick={() => writeHost(null)} className="font-semibold text-blue-800 underline dark:text-blue-300">
          새 수업 열기
        </Link>
      </p>
    );
  }
  const end = async () => {
    const result = await connection.endClass();
    if (!result.ok) setError(result.message);
    setConfirming(false);
  };
  return (
    <div className="ml-auto flex flex-wrap items-center gap-2 text-sm">
      {confirming ? (
        <>
          <span>모든 멘티와 강사의 수업이 닫힙니다. 끝낼까요?</span>
          <button type="button" onClick={end} className="rounded bg-red-700 px-2 py-1 font-semibold text-white" data-end-confirm>
            수업 끝내기
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="rounded border border-zinc-400 px-2 py-1 dark:border-zinc-600">
            취소
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="rounded border border-red-700 px-2 py-1 text-red-800 dark:border-red-400 dark:text-red-300"
          data-end-class
        >
          수업 끝내기
        </button>
      )}
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}
