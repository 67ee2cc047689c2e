'use client';
import Link from 'next/link';
import { timetable } from '@/content/timetable';
import { useLiveFollower } from './hooks';

/** For a reader in the presenter's browser profile: the section the class is on, with a link to it. */
export function ClassPosition({ chapter }: { chapter: string }) {
  const live = useLiveFollower();
  if (!live?.section) return null;
  const elsewhere = live.chapter !== chapter ? timetable.find((slot) => slot.chapter === live.chapter)?.title : undefined;
  return (
    <aside
      aria-label="수업 위치"
      data-class-position
      className="my-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm dark:border-amber-800 dark:bg-amber-950"
    >
      <p>
        수업은 지금 {elsewhere ? `「${elsewhere}」의 ` : ''}
        <strong>「{live.section.title}」</strong> 섹션을 보고 있습니다.
      </p>
      <Link href={`/chapters/${live.chapter}#${live.section.id}`} className="font-semibold text-blue-800 underline dark:text-blue-300">
        그 섹션으로 이동
      </Link>
    </aside>
  );
}
