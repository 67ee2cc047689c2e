import type { Metadata } from 'next';
import { HandoutChapter } from '@/components/handout/HandoutChapter';
import { HandoutToolbar } from '@/components/handout/HandoutToolbar';
import '@/components/handout/handout.css';
import { COURSE_TITLE, compileChapter, getChapterInfos, timetable } from '@/lib/content';
import { durationMinutes, timeRange } from '@/lib/time';

export const metadata: Metadata = {
  title: { absolute: `인쇄용 교재 | ${COURSE_TITLE}` },
  description: '7주차 과정 전체를 수업 순서대로 모은 인쇄용 교재입니다. 브라우저의 인쇄 기능으로 PDF로 저장할 수 있습니다.',
  robots: { index: false },
};

/** The whole course on one page for printing: a cover with the timetable, then every chapter in class order. */
export default async function HandoutPage() {
  const chapters = await Promise.all(getChapterInfos().map((info) => compileChapter(info)));
  return (
    <>
      <HandoutToolbar />
      <main id="main" className="handout mx-auto max-w-4xl px-4 py-8">
        <section className="handout-cover" aria-labelledby="handout-title">
          <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">인쇄용 교재</p>
          <h1 id="handout-title" className="mt-2 text-4xl font-bold tracking-tight">
            {COURSE_TITLE}
          </h1>
          <p className="mt-4 leading-relaxed text-zinc-700 dark:text-zinc-300">
            수업 시간표 순서대로 모든 챕터, 실습 안내와 시작 코드, 확인 문제와 정답을 담았습니다. 실습은 브라우저의 해당 주소에서 채점할 수 있습니다.
          </p>
          <h2 className="mt-8 text-xl font-bold">차례</h2>
          <ol className="mt-3 space-y-1.5">
            {timetable.map((slot) =>
              slot.kind === 'break' ? (
                <li key={slot.start} className="text-sm text-zinc-600 dark:text-zinc-400">
                  {timeRange(slot.start, slot.end)} {slot.title} ({durationMinutes(slot.start, slot.end)}분)
                </li>
              ) : (
                <li key={slot.start}>
                  <span className="font-mono text-sm">{timeRange(slot.start, slot.end)}</span>{' '}
                  <a href={`#chapter-${slot.chapter}`} className="font-semibold text-blue-800 underline dark:text-blue-300">
                    {slot.title}
                  </a>
                </li>
              ),
            )}
          </ol>
        </section>
        {chapters.map((chapter) => (
          <HandoutChapter key={chapter.id} chapter={chapter} />
        ))}
      </main>
    </>
  );
}
