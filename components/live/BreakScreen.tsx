import { formatDuration, formatMinutes, type ScheduledSlot } from '@/lib/live/schedule';
import type { Preparation } from '@/lib/present/prepare';

/** Full-screen break countdown to the next block, with what to prepare for it. */
export function BreakScreen({ next, untilSec, preparation }: { next: ScheduledSlot; untilSec: number; preparation?: Preparation }) {
  return (
    <div
      role="region"
      aria-label="휴식 화면"
      data-break-screen
      className="fixed inset-0 z-50 flex flex-col items-center justify-center gap-[3vh] bg-zinc-950 p-[5vw] text-center text-white"
    >
      <p className="text-[4vh] font-semibold text-amber-300">휴식 중</p>
      <p className="font-mono text-[18vh] leading-none font-bold tabular-nums" role="timer" aria-label="다음 블록까지 남은 시간" data-countdown>
        {formatDuration(untilSec)}
      </p>
      <p className="text-[4vh]">
        다음 블록 <span className="font-mono">{formatMinutes(next.startMin)}</span> 시작
      </p>
      <h2 className="text-[6vh] leading-tight font-bold" data-next-title>
        {preparation?.title ?? next.title}
      </h2>
      {preparation && preparation.prepare.length > 0 ? (
        <div className="max-w-[70vw] text-left text-[3vh]">
          <h3 className="font-semibold text-amber-300">준비할 것</h3>
          <ul className="mt-[1vh] list-disc space-y-[0.5vh] pl-[1.2em]">
            {preparation.prepare.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
