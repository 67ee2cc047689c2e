'use client';
/** Quick checks: start one, watch the answers arrive as a histogram, reveal the answer, close it. */
import { useState } from 'react';
import type { HostConnection } from '@/lib/live/class-client';
import type { HostState } from '@/lib/live/class-state';
import type { QuizQuestion } from '@/lib/quiz/types';
import { CheckComposer } from './CheckComposer';

export function QuickCheckPanel({
  state,
  connection,
  questions,
}: {
  state: HostState;
  connection: HostConnection;
  questions: Readonly<Record<string, QuizQuestion[]>>;
}) {
  const [error, setError] = useState('');
  const run = async (action: () => Promise<{ ok: boolean; message?: string }>) => {
    const result = await action();
    setError(result.ok ? '' : (result.message ?? ''));
  };
  const check = state.check && !state.check.closed ? state.check : null;
  const answered = state.tally?.answered ?? 0;

  return (
    <section aria-labelledby="check-heading" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-700">
      <h2 id="check-heading" className="text-xl font-bold">
        퀵 체크
      </h2>
      {check ? (
        <div className="mt-3" data-check-live={check.id}>
          <p className="font-semibold">{check.prompt}</p>
          <p className="text-sm">
            응답 <span data-check-answered>{answered}</span>명 / 멘티 {state.members.length}명
          </p>
          <ul className="mt-2 space-y-2">
            {check.options.map((option) => {
              const count = state.tally?.counts[option.id] ?? 0;
              const share = answered > 0 ? Math.round((count / answered) * 100) : 0;
              const correct = check.reveal?.correct.includes(option.id);
              return (
                <li key={option.id} data-check-option={option.id} data-count={count}>
                  <div className="flex justify-between text-sm">
                    <span>
                      {option.text}
                      {correct ? <strong className="ml-2 text-green-800 dark:text-green-300">정답</strong> : null}
                    </span>
                    <span className="font-mono">
                      {count}명 ({share}%)
                    </span>
                  </div>
                  <div className="h-3 rounded bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
                    <div className={`h-3 rounded ${correct ? 'bg-green-600' : 'bg-blue-600'}`} style={{ width: `${share}%` }} />
                  </div>
                </li>
              );
            })}
          </ul>
          <div className="mt-3 flex gap-2">
            {!check.reveal ? (
              <button
                type="button"
                onClick={() => run(() => connection.revealCheck(check.id))}
                className="rounded bg-green-700 px-3 py-1 font-semibold text-white"
                data-check-reveal
              >
                정답 공개
              </button>
            ) : null}
            <button
              type="button"
              onClick={() => run(() => connection.closeCheck(check.id))}
              className="rounded border border-zinc-400 px-3 py-1 dark:border-zinc-600"
              data-check-close
            >
              닫기
            </button>
          </div>
        </div>
      ) : (
        <div className="mt-3">
          <CheckComposer questions={questions} chapter={state.live?.chapter ?? null} onStart={(question) => void run(() => connection.startCheck(question))} />
        </div>
      )}
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </section>
  );
}
