/** Moving the rest of today's schedule by whole minutes from now (or back to the timetable). */
export function ShiftPanel({ shiftMin, onShift, onReset }: { shiftMin: number | null; onShift: (minutes: number) => void; onReset: () => void }) {
  return (
    <section aria-labelledby="shift-heading" className="rounded-lg bg-white p-3 dark:bg-zinc-900">
      <h2 id="shift-heading" className="text-sm font-bold">
        일정 조정{' '}
        <span className="font-mono font-normal" data-shift-total>
          {/* Before the clock is read (the prerendered page) an invisible "0분" holds the line's height, which the
              monospace digits next to Hangul set. */}
          {shiftMin === null ? <span className="invisible">0분</span> : `${shiftMin > 0 ? '+' : ''}${shiftMin}분`}
        </span>
      </h2>
      <div className="mt-2 flex flex-wrap gap-2">
        {[-5, -1, 1, 5].map((minutes) => (
          <button
            key={minutes}
            type="button"
            onClick={() => onShift(minutes)}
            aria-label={`지금부터 남은 일정을 ${Math.abs(minutes)}분 ${minutes < 0 ? '앞당기기' : '미루기'}`}
            className="rounded border border-zinc-400 px-2 py-1 font-mono text-sm dark:border-zinc-600"
          >
            {minutes > 0 ? `+${minutes}` : `−${-minutes}`}분
          </button>
        ))}
        <button type="button" onClick={onReset} className="rounded border border-zinc-400 px-2 py-1 text-sm dark:border-zinc-600">
          초기화
        </button>
      </div>
    </section>
  );
}
