import type { Metadata } from 'next';
import Link from 'next/link';
import { labPlacement } from '@/content/lab-placement';
import { LabCompleteBadge } from '@/components/lab/LabProgress';
import { labs } from '@/labs/exercises/index';
import { COURSE_TITLE, getChapterInfos } from '@/lib/content';

export const metadata: Metadata = {
  title: { absolute: `실습 | ${COURSE_TITLE}` },
  description: '브라우저에서 바로 채점되는 Dockerfile·Kubernetes 보안 실습 목록입니다. 작업과 완료 여부는 이 브라우저에만 저장됩니다.',
};

export default function LabsPage() {
  const chapters = getChapterInfos();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-10 outline-none">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">실습</h1>
      <p className="mt-4 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">
        각 실습은 해당 내용을 가르치는 챕터 안에도 있습니다. 코드를 고치면 브라우저 안에서 바로 채점되고, 작업은 이 브라우저에만 저장됩니다.
      </p>
      {chapters.map((chapter) => {
        const chapterLabs = labs.flatMap((lab) => {
          const placement = labPlacement(lab.id);
          return placement.chapter === chapter.id ? [{ ...lab, placement }] : [];
        });
        if (chapterLabs.length === 0) return null;
        return (
          <section key={chapter.id} className="mt-10" aria-labelledby={`labs-${chapter.id}`}>
            <h2 id={`labs-${chapter.id}`} className="text-2xl font-bold">
              {chapter.title}
            </h2>
            <ul className="mt-4 space-y-3">
              {chapterLabs.map((lab) => (
                <li key={lab.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-700" data-lab-item={lab.id}>
                  <p className="flex flex-wrap items-center gap-2">
                    <Link href={`/labs/${lab.id}`} className="text-lg font-semibold text-blue-800 underline dark:text-blue-300">
                      {lab.title}
                    </Link>
                    <LabCompleteBadge id={lab.id} />
                  </p>
                  <p className="mt-1 text-zinc-700 dark:text-zinc-300">{lab.summary}</p>
                  <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
                    파일 <span className="font-mono">{lab.files.map((file) => file.name).join(', ')}</span> · 목표 {lab.objectives.length}개 ·{' '}
                    <Link href={`/chapters/${lab.placement.chapter}#${lab.placement.section}`} className="underline">
                      챕터에서 보기
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
