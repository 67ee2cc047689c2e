'use client';
import Link from 'next/link';
import { clockAt, formatDuration, formatMinutes } from '@/lib/live/schedule';
import { useLiveFollower, useTicker, useUrlRehearsal } from './hooks';

/** "지금 / 다음" during class hours (Seoul clock, `?at=` rehearsal, the presenter's shifts); nothing otherwise. */
export function NowNext() {
  const now = useTicker();
  const urlOffset = useUrlRehearsal();
  const live = useLiveFollower();
  if (now === null || urlOffset === undefined) return null;
  const clock = clockAt(new Date(now + (urlOffset ?? live?.offsetMs ?? 0)), { shifts: live?.shifts ?? [] });
  if (clock.phase !== 'block' && clock.phase !== 'break') return null;
  const { current, next } = clock;
  return (
    <aside
      aria-label="지금 수업"
      data-now-next
      className="my-4 rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-sm dark:border-blue-900 dark:bg-blue-950"
    >
      {current ? (
        <p data-now>
          <span className="font-bold">지금</span> ·{' '}
          {current.chapter ? (
            <Link href={`/chapters/${current.chapter}`} className="text-blue-800 underline dark:text-blue-300">
              {current.title}
            </Link>
          ) : (
            current.title
          )}{' '}
          <span className="font-mono">(남은 시간 {formatDuration(clock.remainingSec)})</span>
        </p>
      ) : null}
      {next ? (
        <p data-next className="mt-1">
          <span className="font-bold">다음</span> · <span className="font-mono">{formatMinutes(next.startMin)}</span> {next.title}
        </p>
      ) : null}
    </aside>
  );
}
