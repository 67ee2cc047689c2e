import Link from 'next/link';
import { NowNext } from '@/components/live/NowNext';
import { COURSE_TITLE, getChapterInfos, timetable } from '@/lib/content';
import { durationMinutes, timeRange } from '@/lib/time';

export default function HomePage() {
  const chapters = new Map(getChapterInfos().map((chapter) => [chapter.id, chapter]));
  const first = timetable[0];
  const last = timetable[timetable.length - 1];
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-10 outline-none">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{COURSE_TITLE}</h1>
      <p className="mt-4 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">
        Dockerfile과 Kubernetes 매니페스트를 직접 고치며 컨테이너 보안을 익히는 두 시간짜리 워크숍입니다. 원본 노트를 2026년 기준으로 바로잡은 내용과
        브라우저에서 바로 검사되는 실습을 함께 제공합니다.
      </p>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        수업 시간 <time dateTime={first.start}>{first.start}</time>–<time dateTime={last.end}>{last.end}</time> (한국 시간)
      </p>
      <NowNext />
      <h2 className="mt-10 text-2xl font-bold">시간표</h2>
      <ol className="mt-4 space-y-3" data-timetable>
        {timetable.map((slot) => {
          if (slot.kind === 'break') {
            return (
              <li key={slot.start} className="flex items-center gap-3 px-4 text-sm text-zinc-600 dark:text-zinc-400" data-break>
                <span className="font-mono">{timeRange(slot.start, slot.end)}</span>
                <span>
                  {slot.title} ({durationMinutes(slot.start, slot.end)}분)
                </span>
              </li>
            );
          }
          const chapter = slot.chapter ? chapters.get(slot.chapter) : undefined;
          return (
            <li key={slot.start} className="rounded-xl border border-zinc-200 p-5 dark:border-zinc-800" data-block={slot.chapter}>
              <p className="font-mono text-sm text-zinc-600 dark:text-zinc-400">
                <time dateTime={slot.start}>{timeRange(slot.start, slot.end)}</time> · {durationMinutes(slot.start, slot.end)}분
                {chapter ? ` · 읽는 시간 약 ${chapter.readingMinutes}분` : null}
              </p>
              <h3 className="mt-1 text-xl font-semibold">
                {chapter ? (
                  <Link href={`/chapters/${chapter.id}`} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
                    {slot.title}
                  </Link>
                ) : (
                  slot.title
                )}
              </h3>
              {chapter ? (
                <>
                  <p className="mt-2 text-zinc-700 dark:text-zinc-300">{chapter.summary}</p>
                  <h4 className="mt-3 text-sm font-bold text-zinc-800 dark:text-zinc-200">학습 목표</h4>
                  <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                    {chapter.objectives.map((objective) => (
                      <li key={objective}>{objective}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </main>
  );
}
