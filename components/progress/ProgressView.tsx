'use client';

/**
 * The /progress page's live part: overall progress and the suggested next step, each chapter's reading,
 * quiz score and labs, then backup (export/import) and reset. Before hydration it shows a loading line,
 * never a made-up state.
 */
import Link from 'next/link';
import { summarize, type OutlineChapter } from '@/lib/progress/summary';
import { BackupPanel } from './BackupPanel';
import { ChapterList } from './ChapterList';
import { ResetPanel } from './ResetPanel';
import { useProgress } from './useProgress';

export function ProgressView({ outline }: { outline: readonly OutlineChapter[] }) {
  const progress = useProgress();
  if (!progress) {
    return (
      <p className="mt-8 text-zinc-700 dark:text-zinc-300" data-progress-loading>
        이 브라우저에 저장된 학습 기록을 불러오는 중입니다…
      </p>
    );
  }
  const summary = summarize(outline, progress.snapshot);
  return (
    <div data-progress-ready>
      {progress.storageAvailable ? null : (
        <p role="alert" className="mt-6 rounded-lg border border-amber-400 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950/40">
          이 브라우저는 사이트 데이터 저장을 막고 있어 학습 기록을 남길 수 없습니다. 브라우저 설정에서 이 사이트의 쿠키와 사이트 데이터를 허용해 주세요.
        </p>
      )}
      <section aria-labelledby="overall-heading" className="mt-8 rounded-xl border border-zinc-200 p-5 dark:border-zinc-700">
        <h2 id="overall-heading" className="text-xl font-bold">
          전체 진도
        </h2>
        <p className="mt-2 text-3xl font-bold" data-overall={summary.percent}>
          {summary.percent}%
        </p>
        <div
          role="progressbar"
          aria-label="전체 진도"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={summary.percent}
          className="mt-2 h-3 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
        >
          <div className="h-full rounded-full bg-blue-700 dark:bg-blue-400" style={{ width: `${summary.percent}%` }} />
        </div>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
          <li>
            끝까지 읽은 챕터 {summary.read.done}/{summary.read.total}
          </li>
          <li>
            맞힌 확인 문제 {summary.quiz.done}/{summary.quiz.total}
          </li>
          <li>
            완료한 실습 {summary.labs.done}/{summary.labs.total}
          </li>
        </ul>
        <h3 className="mt-5 font-bold">다음에 할 일</h3>
        <p className="mt-1" data-next={summary.next.kind}>
          <Link href={summary.next.href} className="font-semibold text-blue-800 underline dark:text-blue-300">
            {summary.next.label}
          </Link>
        </p>
      </section>
      <ChapterList chapters={summary.chapters} />
      <section aria-labelledby="handout-heading" className="mt-10">
        <h2 id="handout-heading" className="text-xl font-bold">
          인쇄용 교재
        </h2>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          모든 챕터를 수업 순서대로 한 문서에 모았습니다. 브라우저의 인쇄 기능으로 PDF로 저장할 수 있습니다.{' '}
          <Link href="/handout" className="font-semibold text-blue-800 underline dark:text-blue-300">
            인쇄용 교재 열기
          </Link>
        </p>
      </section>
      <BackupPanel outline={outline} snapshot={progress.snapshot} />
      <ResetPanel snapshot={progress.snapshot} />
    </div>
  );
}
