'use client';
import { useState } from 'react';
import { parseRehearsal, rehearsalInputValue } from '@/lib/live/schedule';

/** Run the class as if it were another time of day (Seoul), or go back to the real clock. */
export function RehearsalPanel({ instant, onOffset }: { instant: Date | null; onOffset: (offsetMs: number) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const apply = () => {
    const at = parseRehearsal(text);
    if (!at) {
      setError('YYYY-MM-DDTHH:MM 형식의 시각을 입력하세요 (예: 2026-12-05T10:42).');
      return;
    }
    setError('');
    setText('');
    onOffset(at.getTime() - Date.now());
  };
  return (
    <section aria-labelledby="rehearsal-heading" className="rounded-lg bg-white p-3 dark:bg-zinc-900">
      <h2 id="rehearsal-heading" className="text-sm font-bold">
        리허설 시계
      </h2>
      <div className="mt-2 flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col">
          <span>이 시각인 것처럼 진행 (서울)</span>
          <input
            type="datetime-local"
            value={text || (instant ? rehearsalInputValue(instant) : '')}
            onChange={(event) => setText(event.target.value)}
            aria-describedby={error ? 'rehearsal-error' : undefined}
            className="rounded border border-zinc-400 bg-white px-1 dark:border-zinc-600 dark:bg-zinc-950"
          />
        </label>
        <button type="button" onClick={apply} className="rounded border border-zinc-400 px-2 py-1 dark:border-zinc-600">
          적용
        </button>
        <button
          type="button"
          onClick={() => {
            setText('');
            setError('');
            onOffset(0);
          }}
          className="rounded border border-zinc-400 px-2 py-1 dark:border-zinc-600"
        >
          실제 시각
        </button>
      </div>
      {error ? (
        <p id="rehearsal-error" role="alert" className="mt-1 text-sm text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </section>
  );
}
