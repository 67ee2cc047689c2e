import Link from 'next/link';
import { timetable } from '@/content/timetable';
import { formatDrift, formatDuration, formatMinutes, type BlockStatus, type ClockState } from '@/lib/live/schedule';

const STATUS: Record<BlockStatus, { label: string; className: string }> = {
  'on-time': { label: '정상 진행', className: 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200' },
  'ending-soon': { label: '마지막 5분', className: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200' },
  'over-time': { label: '시간 초과', className: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200' },
};

/**
 * The block timer: the block, elapsed and remaining time, the status, the pace against the slides, the break note.
 * Before the page has read the clock (the prerendered HTML) it shows this chapter's own block with blank times:
 * the panel then has the size it keeps when the chapter is presented in its block, so nothing below it moves. The
 * status chips have a fixed height: a line that mixes Hangul and Latin fallback fonts is taller than one that does not.
 */
export function TimerPanel({ clock, chapter, drift }: { clock: ClockState | null; chapter: string; drift: number }) {
  const own = clock === null ? timetable.find((slot) => slot.chapter === chapter) : undefined;
  return (
    <section aria-labelledby="timer-heading" className="rounded-lg bg-white p-3 dark:bg-zinc-900" data-timer data-phase={clock?.phase}>
      <h2 id="timer-heading" className="text-sm font-bold">
        블록 타이머
      </h2>
      {own ? (
        <>
          <p className="mt-1 text-sm">
            {own.title}{' '}
            <span className="font-mono">
              ({own.start}–{own.end})
            </span>
          </p>
          <p className="mt-1 font-mono text-2xl tabular-nums text-zinc-500 dark:text-zinc-400">--:-- 경과 · --:-- 남음</p>
          <p className="mt-2 flex flex-wrap gap-2 text-sm">
            <span className="flex h-6 items-center rounded bg-zinc-100 px-2 dark:bg-zinc-800">시계 확인 중</span>
          </p>
        </>
      ) : clock?.current ? (
        <>
          <p className="mt-1 text-sm">
            {clock.current.title}{' '}
            <span className="font-mono">
              ({formatMinutes(clock.current.startMin)}–{formatMinutes(clock.current.endMin)})
            </span>
          </p>
          <p className="mt-1 font-mono text-2xl tabular-nums">
            <span data-elapsed>{formatDuration(clock.elapsedSec)}</span> 경과 · <span data-remaining>{formatDuration(clock.remainingSec)}</span> 남음
          </p>
        </>
      ) : (
        <p className="mt-1 text-sm">
          {clock?.phase === 'before' && clock.next ? `수업 전 · ${formatMinutes(clock.next.startMin)} 시작까지 ${formatDuration(clock.untilNextSec)}` : null}
          {clock?.phase === 'after' ? '오늘 수업이 끝났습니다.' : null}
          {clock?.phase === 'break' ? '휴식 중' : null}
        </p>
      )}
      {clock ? (
        <p className="mt-2 flex flex-wrap gap-2 text-sm">
          <span className={`flex h-6 items-center rounded px-2 font-semibold ${STATUS[clock.status].className}`} data-block-status={clock.status}>
            {STATUS[clock.status].label}
          </span>
          <span className="flex h-6 items-center rounded bg-zinc-100 px-2 dark:bg-zinc-800" data-drift>
            진행: {formatDrift(drift)}
          </span>
        </p>
      ) : null}
      {clock?.phase === 'break' && clock.next ? (
        <p className="mt-2 text-sm" data-break-note>
          청중 화면에 휴식 카운트다운이 나옵니다. 다음: {clock.next.title} ({formatDuration(clock.untilNextSec)} 후)
          {clock.next.chapter && clock.next.chapter !== chapter ? (
            <>
              {' '}
              <Link href={`/present/${clock.next.chapter}`} className="text-blue-800 underline dark:text-blue-300">
                다음 챕터 발표로
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
