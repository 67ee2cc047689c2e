'use client';
/**
 * The live progress board: mentees x labs (objectives passed x/y, done), who made no progress for 10 minutes
 * on the current block's labs, each lab's most-failed objective, and the CSV export. Nicknames are text.
 */
import { useTicker } from '@/components/live/hooks';
import { boardCsv, boardRows, mostFailedObjective, stalledMembers, type BoardLab } from '@/lib/live/board';
import { STALL_MINUTES } from '@/lib/live/class-protocol';
import type { HostState } from '@/lib/live/class-state';

function downloadCsv(text: string, title: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${title.replace(/[\\/:*?"<>|]+/g, '_') || 'class'}-진행현황.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ProgressBoard({ state, labs }: { state: HostState; labs: readonly BoardLab[] }) {
  const now = useTicker();
  const chapter = state.live?.chapter ?? null;
  const stalled = now === null ? new Set<string>() : stalledMembers(state.members, state.progress, labs, chapter, state.classInfo?.chapterSince ?? null, now);
  const rows = boardRows(state.members, state.progress, labs);
  const blockLabs = new Set(labs.filter((lab) => lab.chapter === chapter).map((lab) => lab.id));

  return (
    <section aria-labelledby="board-heading" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-700">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="board-heading" className="text-xl font-bold">
          진행 현황 <span className="text-base font-normal">(멘티 {state.members.length}명)</span>
        </h2>
        <button
          type="button"
          onClick={() => downloadCsv(boardCsv(state.members, state.progress, labs, stalled), state.classInfo?.title ?? '')}
          className="ml-auto rounded border border-zinc-400 px-2 py-1 text-sm dark:border-zinc-600"
          data-board-csv
        >
          CSV로 내보내기
        </button>
      </div>
      {stalled.size > 0 ? (
        <p className="mt-2 text-sm font-semibold text-red-800 dark:text-red-300" data-stalled-count>
          현재 블록 실습에서 {STALL_MINUTES}분째 진행이 없는 멘티: {stalled.size}명
        </p>
      ) : null}
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="진행 현황 표 (가로로 스크롤)">
        <table className="min-w-full border-collapse text-sm" data-board>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 bg-white p-2 text-left dark:bg-zinc-950">
                멘티
              </th>
              {labs.map((lab) => {
                const worst = mostFailedObjective(state.progress, lab);
                const title = worst ? lab.objectives.find((objective) => objective.id === worst.objectiveId)?.title : null;
                return (
                  <th
                    key={lab.id}
                    scope="col"
                    className={`min-w-[9rem] p-2 text-left align-top ${blockLabs.has(lab.id) ? 'bg-amber-50 dark:bg-amber-950' : ''}`}
                    data-board-lab={lab.id}
                  >
                    {lab.title}
                    {worst && title ? (
                      <span className="mt-1 block text-xs font-normal text-red-800 dark:text-red-300" data-most-failed={worst.objectiveId}>
                        가장 많이 실패: {title} ({worst.failing}/{worst.of}명)
                      </span>
                    ) : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ member, cells }) => (
              <tr key={member.id} className="border-t border-zinc-200 dark:border-zinc-800" data-board-member={member.nickname}>
                <th scope="row" className="sticky left-0 bg-white p-2 text-left font-semibold whitespace-nowrap dark:bg-zinc-950">
                  {member.nickname}
                  {stalled.has(member.id) ? (
                    <span className="ml-2 rounded bg-red-100 px-1 text-xs font-normal text-red-900 dark:bg-red-950 dark:text-red-200" data-stalled>
                      {STALL_MINUTES}분째 진행 없음
                    </span>
                  ) : null}
                </th>
                {cells.map((cell, index) => (
                  <td key={labs[index]!.id} className="p-2 font-mono" data-cell={labs[index]!.id}>
                    {cell ? `${cell.passed}/${cell.total}` : '–'}
                    {cell?.complete ? <span className="ml-1 font-sans font-semibold text-green-800 dark:text-green-300">완료</span> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="p-2 text-sm">아직 참여한 멘티가 없습니다.</p> : null}
      </div>
    </section>
  );
}
