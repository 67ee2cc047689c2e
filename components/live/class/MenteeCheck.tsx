'use client';
/** The instructor's quick check on a mentee's device: choose an answer (changeable until the reveal), then see the key. */
import { useState } from 'react';
import type { PublicCheck } from '@/lib/live/class-protocol';
import type { MenteeConnection } from '@/lib/live/class-client';

export function MenteeCheck({ connection, check, myAnswer }: { connection: MenteeConnection; check: PublicCheck; myAnswer: string | null }) {
  const [error, setError] = useState('');
  const answer = async (optionId: string) => {
    const result = await connection.answer(check.id, optionId);
    setError(result.ok ? '' : result.message);
  };
  const revealed = check.reveal;

  return (
    <section aria-labelledby={`check-${check.id}`} className="mx-auto max-w-7xl px-4 pb-3" data-class-check={check.id}>
      <div className="rounded-lg border border-blue-300 bg-white p-3 dark:border-blue-800 dark:bg-zinc-900">
        <h2 id={`check-${check.id}`} className="font-bold">
          퀵 체크: {check.prompt}
        </h2>
        {check.code ? <pre className="mt-2 overflow-x-auto rounded bg-zinc-100 p-2 text-xs dark:bg-zinc-800">{check.code.text}</pre> : null}
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {check.options.map((option) => {
            const correct = revealed?.correct.includes(option.id);
            return (
              <li key={option.id}>
                <button
                  type="button"
                  aria-pressed={myAnswer === option.id}
                  disabled={revealed !== null}
                  onClick={() => answer(option.id)}
                  data-option={option.id}
                  className={`w-full rounded border px-3 py-2 text-left ${myAnswer === option.id ? 'border-blue-700 bg-blue-50 font-semibold dark:border-blue-400 dark:bg-blue-950' : 'border-zinc-300 dark:border-zinc-700'}`}
                >
                  {option.text}
                  {revealed ? <span className="ml-2 font-semibold">{correct ? '✓ 정답' : '오답'}</span> : null}
                </button>
                {revealed ? <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{revealed.explanations[option.id]}</p> : null}
              </li>
            );
          })}
        </ul>
        <p className="mt-2 text-sm" role="status">
          {revealed ? '정답이 공개되었습니다.' : myAnswer ? '답을 보냈습니다. 공개 전까지 바꿀 수 있습니다.' : '답을 고르세요.'}
        </p>
        {error ? (
          <p role="alert" className="mt-1 text-sm text-red-800 dark:text-red-300">
            {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}
