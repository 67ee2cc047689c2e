import type { Metadata } from 'next';
import Link from 'next/link';
import { labPlacement } from '@/content/lab-placement';
import { notFound } from 'next/navigation';
import { Lab } from '@/components/lab/Lab';
import { getLab, labs } from '@/labs/exercises/index';
import { COURSE_TITLE, getChapterInfo } from '@/lib/content';

export const dynamicParams = false;

interface Props {
  params: Promise<{ id: string }>;
}

export function generateStaticParams() {
  return labs.map((lab) => ({ id: lab.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const lab = getLab(id);
  if (!lab) return {};
  return { title: { absolute: `실습: ${lab.title} | ${COURSE_TITLE}` }, description: lab.summary };
}

export default async function LabPage({ params }: Props) {
  const { id } = await params;
  const lab = getLab(id);
  if (!lab) notFound();
  const placement = labPlacement(lab.id);
  const chapter = getChapterInfo(placement.chapter);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 outline-none" data-pagefind-body>
      <nav aria-label="이동 경로" className="text-sm">
        <Link href="/labs" className="text-blue-800 underline dark:text-blue-300">
          실습 목록
        </Link>
        {chapter ? (
          <>
            <span aria-hidden="true"> · </span>
            <Link href={`/chapters/${placement.chapter}#${placement.section}`} className="text-blue-800 underline dark:text-blue-300">
              챕터: {chapter.title}
            </Link>
          </>
        ) : null}
      </nav>
      <Lab id={lab.id} headingLevel={1} />
    </main>
  );
}
