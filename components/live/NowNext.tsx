'use client';
import Link from 'next/link';
import { clockAt, formatDuration, formatMinutes } from '@/lib/live/schedule';
import { useLiveFollower, useTicker, useUrlRehearsal } from './hooks';

/**
 * "지금 / 다음" during class hours (Seoul clock, `?at=` rehearsal, the presenter's shifts); nothing otherwise. The
 * box always has the same size (two lines that never wrap; after the last block the second line says when class
 * ends), and its slot is reserved before the first paint during class hours (lib/live/class-hours.ts), so the
 * page does not move when it appears (now-next.css).
 */
export function NowNext() {
  const now = useTicker();
  const urlOffset = useUrlRehearsal();
  const live = useLiveFollower();
  const clock = now === null || urlOffset === undefined ? null : clockAt(new Date(now + (urlOffset ?? live?.offsetMs ?? 0)), { shifts: live?.shifts ?? [] });
  const shown = clock && (clock.phase === 'block' || clock.phase === 'break') ? clock : null;
  return (
    <div data-now-next-slot>
      {shown ? (
        <aside
          aria-label="지금 수업"
          data-now-next
          className="my-4 rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-sm dark:border-blue-900 dark:bg-blue-950"
        >
          {shown.current ? (
            <p data-now className="flex gap-1 whitespace-nowrap">
              <span className="font-bold">지금</span> ·{' '}
              {shown.current.chapter ? (
                <Link href={`/chapters/${shown.current.chapter}`} className="min-w-0 truncate text-blue-800 underline dark:text-blue-300">
                  {shown.current.title}
                </Link>
              ) : (
                <span className="min-w-0 truncate">{shown.current.title}</span>
              )}{' '}
              <span className="font-mono">(남은 시간 {formatDuration(shown.remainingSec)})</span>
            </p>
          ) : null}
          <p data-next className="mt-1 flex gap-1 whitespace-nowrap">
            <span className="font-bold">다음</span> ·{' '}
            {shown.next ? (
              <>
                <span className="font-mono">{formatMinutes(shown.next.startMin)}</span> <span className="min-w-0 truncate">{shown.next.title}</span>
              </>
            ) : (
              <>
                <span className="font-mono">{formatMinutes(shown.current?.endMin ?? 0)}</span> 수업 끝
              </>
            )}
          </p>
        </aside>
      ) : null}
    </div>
  );
}
