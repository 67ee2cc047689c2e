/** One row per chapter on /progress: read to the end, quiz score, labs done (in words, not colour alone). */
import Link from 'next/link';
import { QUIZ_ANCHOR, type ChapterProgress } from '@/lib/progress/summary';

const DONE = 'rounded bg-green-700 px-1.5 py-0.5 text-xs font-bold text-white dark:bg-green-300 dark:text-green-950';
const PENDING = 'rounded bg-zinc-200 px-1.5 py-0.5 text-xs font-bold text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100';

function Mark({ done, children }: { done: boolean; children: string }) {
  return (
    <span className={done ? DONE : PENDING}>
      <span aria-hidden="true">{done ? '✓ ' : '· '}</span>
      {children}
    </span>
  );
}

export function ChapterList({ chapters }: { chapters: readonly ChapterProgress[] }) {
  return (
    <section aria-labelledby="chapters-heading" className="mt-10">
      <h2 id="chapters-heading" className="text-xl font-bold">
        챕터별 현황
      </h2>
      <ol className="mt-4 space-y-3">
        {chapters.map((chapter) => (
          <li key={chapter.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-700" data-chapter-progress={chapter.id}>
            <Link href={`/chapters/${chapter.id}`} className="text-lg font-semibold text-blue-800 underline dark:text-blue-300">
              {chapter.title}
            </Link>
            <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
              <span data-read={chapter.read ? 'yes' : 'no'}>
                <Mark done={chapter.read}>{chapter.read ? '끝까지 읽음' : '아직 끝까지 읽지 않음'}</Mark>
              </span>
              <span data-quiz-progress={`${chapter.quiz.correct}/${chapter.quiz.total}`}>
                <Mark done={chapter.quiz.total > 0 && chapter.quiz.correct === chapter.quiz.total}>
                  {`확인 문제 ${chapter.quiz.correct}/${chapter.quiz.total}`}
                </Mark>{' '}
                <Link href={`/chapters/${chapter.id}#${QUIZ_ANCHOR}`} className="text-blue-800 underline dark:text-blue-300">
                  {chapter.quiz.answered === 0 ? '풀기' : '다시 보기'}
                  <span className="sr-only">: {chapter.title} 확인 문제</span>
                </Link>
              </span>
              {chapter.labs.total > 0 ? (
                <span data-labs-progress={`${chapter.labs.done}/${chapter.labs.total}`}>
                  <Mark done={chapter.labs.done === chapter.labs.total}>{`실습 ${chapter.labs.done}/${chapter.labs.total}`}</Mark>
                </span>
              ) : (
                <span className="text-zinc-600 dark:text-zinc-400">이 챕터에는 실습이 없습니다</span>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
