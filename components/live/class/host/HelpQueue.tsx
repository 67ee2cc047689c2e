'use client';
/** The help queue: open requests first (who, which lab, which failing objective, since when), each marked answered by one click. */
import { useState } from 'react';
import type { BoardLab } from '@/lib/live/board';
import type { HostConnection } from '@/lib/live/class-client';
import type { HostState } from '@/lib/live/class-state';

const time = (ms: number) => new Date(ms).toLocaleTimeString('ko-KR', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit' });

export function HelpQueue({ state, connection, labs }: { state: HostState; connection: HostConnection; labs: readonly BoardLab[] }) {
  const [error, setError] = useState('');
  const open = state.help.filter((request) => request.answeredAt === null);
  const answered = state.help.length - open.length;
  const nickname = (memberId: string) => state.members.find((member) => member.id === memberId)?.nickname ?? '(나간 멘티)';

  const answer = async (id: string) => {
    const result = await connection.answerHelp(id);
    setError(result.ok ? '' : result.message);
  };

  return (
    <section aria-labelledby="help-heading" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-700">
      <h2 id="help-heading" className="text-xl font-bold">
        도움 요청{' '}
        <span className="text-base font-normal">
          (대기 {open.length} · 답변 {answered})
        </span>
      </h2>
      {open.length === 0 ? <p className="mt-2 text-sm">대기 중인 요청이 없습니다.</p> : null}
      <ul className="mt-2 space-y-2" data-help-queue>
        {open.map((request) => {
          const lab = labs.find((candidate) => candidate.id === request.labId);
          const objective = lab?.objectives.find((candidate) => candidate.id === request.objectiveId);
          return (
            <li
              key={request.id}
              className="flex flex-wrap items-center gap-2 rounded border border-amber-300 bg-amber-50 p-2 dark:border-amber-800 dark:bg-amber-950"
              data-help-item={request.id}
            >
              <span className="font-semibold">{nickname(request.memberId)}</span>
              <span>
                {lab?.title ?? request.labId}
                {objective ? ` · 실패 중: ${objective.title}` : ' · 실패한 목표 없음'}
              </span>
              <span className="font-mono text-xs">{time(request.createdAt)}</span>
              <button type="button" onClick={() => answer(request.id)} className="ml-auto rounded border border-zinc-500 px-2 py-0.5 text-sm" data-help-answer>
                답변 완료
              </button>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </section>
  );
}
