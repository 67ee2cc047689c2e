import type { Metadata } from 'next';
import { ProgressView } from '@/components/progress/ProgressView';
import { courseMap } from '@/content/lab-placement';
import { labs } from '@/labs/exercises/index';
import { COURSE_TITLE, getChapterInfos } from '@/lib/content';
import type { OutlineChapter } from '@/lib/progress/summary';
import { loadChapterQuestions } from '@/lib/quiz/load';

export const metadata: Metadata = {
  title: { absolute: `내 학습 | ${COURSE_TITLE}` },
  description: '챕터별 읽기, 확인 문제 점수, 실습 완료 현황과 다음 할 일. 기록은 이 브라우저에만 있으며 파일로 내보내고 가져올 수 있습니다.',
  robots: { index: false },
};

export default function ProgressPage() {
  const outline: OutlineChapter[] = getChapterInfos().map((chapter) => ({
    id: chapter.id,
    title: chapter.title,
    questions: loadChapterQuestions(chapter.id),
    // Course order (the chapter's <Lab> embeds), which is also the order the next step suggests them in.
    labs: courseMap()
      .placements.filter((p) => p.chapter === chapter.id)
      .map((p) => ({ id: p.lab, title: labs.find((lab) => lab.id === p.lab)?.title ?? p.lab })),
  }));
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-10 outline-none">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">내 학습</h1>
      <p className="mt-4 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">
        챕터를 끝까지 읽었는지, 확인 문제를 몇 개 맞혔는지, 실습을 몇 개 마쳤는지 한눈에 봅니다. 기록은 이 브라우저에만 있고 어디로도 보내지지 않습니다.
      </p>
      <ProgressView outline={outline} />
    </main>
  );
}
