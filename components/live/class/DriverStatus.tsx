'use client';
/**
 * Who drives the class among the co-instructors, and the explicit take-over: shown on the class dashboard
 * and in the presenter view, so that every presenter sees a take-over as it happens.
 */
import { useState } from 'react';
import type { HostConnection } from '@/lib/live/class-client';
import type { HostState } from '@/lib/live/class-state';

export function DriverStatus({ state, connection }: { state: HostState; connection: HostConnection }) {
  const [error, setError] = useState('');
  const mine = state.driver !== null && state.driver.id === state.you?.id;
  const takeOver = async () => {
    const result = await connection.takeOver();
    setError(result.ok ? '' : result.message);
  };

  return (
    <div className="text-sm" data-driver-status={mine ? 'me' : state.driver ? 'other' : 'none'}>
      <p>
        진행: <strong data-driver-name>{state.driver ? state.driver.name : '없음'}</strong>
        {mine ? ' (나)' : ''}
        {state.presenters.length > 1 ? (
          <span className="text-zinc-600 dark:text-zinc-400"> · 접속한 강사 {state.presenters.map((p) => p.name).join(', ')}</span>
        ) : null}
      </p>
      {!mine && state.status === 'connected' ? (
        <button
          type="button"
          onClick={takeOver}
          className="mt-1 rounded border border-blue-700 px-2 py-0.5 font-semibold text-blue-800 dark:border-blue-400 dark:text-blue-300"
          data-take-over
        >
          진행 넘겨받기
        </button>
      ) : null}
      <p role="status" className="mt-1" data-driver-notice>
        {state.notice}
      </p>
      {error ? (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
