import Link from 'next/link';
import { ChapterLabMarks } from '@/components/lab/LabProgress';
import { courseMap } from '@/content/lab-placement';
import { timetable } from '@/content/timetable';
import { durationMinutes, timeRange } from '@/lib/time';
import { slashBreaks } from './slashBreaks';

/** The class timetable as navigation: blocks link to their chapters, breaks are shown between them. */
export function Sidebar({ currentId }: { currentId: string }) {
  return (
    <nav aria-label="챕터 목록" className="text-sm" data-sidebar>
      <h2 className="mb-3 text-xs font-bold uppercase tracking-wider text-zinc-600 dark:text-zinc-400">시간표</h2>
      <ol className="space-y-1">
        {timetable.map((slot) =>
          slot.kind === 'break' ? (
            <li key={slot.start} className="px-3 py-1 text-xs text-zinc-600 dark:text-zinc-400" data-break>
              <span aria-hidden="true">☕ </span>
              {slot.title} <time dateTime={slot.start}>{timeRange(slot.start, slot.end)}</time> ({durationMinutes(slot.start, slot.end)}분)
            </li>
          ) : (
            <li key={slot.start}>
              <Link
                href={`/chapters/${slot.chapter}`}
                aria-current={slot.chapter === currentId ? 'page' : undefined}
                className={`block rounded-md px-3 py-2 no-underline ${
                  slot.chapter === currentId
                    ? 'bg-blue-50 font-semibold text-blue-900 dark:bg-blue-950 dark:text-blue-100'
                    : 'text-zinc-800 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800'
                }`}
              >
                <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">{timeRange(slot.start, slot.end)}</span>
                {slashBreaks(slot.title)}
                <ChapterLabMarks
                  ids={courseMap()
                    .placements.filter((p) => p.chapter === slot.chapter)
                    .map((p) => p.lab)}
                />
              </Link>
            </li>
          ),
        )}
      </ol>
      <p className="mt-4 flex gap-3 border-t border-zinc-200 px-3 pt-3 dark:border-zinc-800">
        <Link href="/labs" className="font-semibold text-blue-800 underline dark:text-blue-300">
          실습
        </Link>
        <Link href="/rules" className="font-semibold text-blue-800 underline dark:text-blue-300">
          규칙
        </Link>
      </p>
    </nav>
  );
}
