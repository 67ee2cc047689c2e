'use client';
/** The 도움 요청 button and its status: the failing objective comes from the lab's latest grading result. */
import { useEffect, useState } from 'react';
import { onLabOutcome } from '@/lib/lab-runtime/outcome';
import { useMenteeClass } from './hooks';

export default function HelpRequest({ labId }: { labId: string }) {
  const { connection, state } = useMenteeClass();
  const [failing, setFailing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(
    () =>
      onLabOutcome((outcome) => {
        if (outcome.labId === labId) setFailing(outcome.objectives.find((objective) => !objective.pass)?.id ?? null);
      }),
    [labId],
  );

  if (!connection || state.status !== 'connected') return null;
  const waiting = state.snapshot?.help.some((request) => request.labId === labId) ?? false;

  const ask = async () => {
    setBusy(true);
    const result = await connection.requestHelp(labId, failing);
    setBusy(false);
    setMessage(result.ok ? '강사에게 도움 요청을 보냈습니다.' : result.message);
  };

  return (
    <div className="mt-3 flex flex-wrap items-center gap-2" data-help-request={labId}>
      <button
        type="button"
        onClick={ask}
        disabled={busy || waiting}
        className="rounded-md border border-amber-500 bg-amber-50 px-3 py-1.5 text-sm font-semibold text-amber-950 hover:bg-amber-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        {waiting ? '도움 요청 대기 중' : '도움 요청'}
      </button>
      <p role="status" className="text-sm">
        {message}
      </p>
    </div>
  );
}
