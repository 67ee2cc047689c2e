import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClassPosition } from '@/components/live/ClassPosition';
import { NowNext } from '@/components/live/NowNext';
import { MdxContent } from '@/components/mdx/MdxContent';
import { Sidebar } from '@/components/site/Sidebar';
import { slashBreaks } from '@/components/site/slashBreaks';
import { Toc } from '@/components/site/Toc';
import { COURSE_TITLE, getChapter, getChapterInfo, getChapterInfos, neighbours } from '@/lib/content';
import { timeRange } from '@/lib/time';

export const dynamicParams = false;

interface Props {
  params: Promise<{ id: string }>;
}

export function generateStaticParams() {
  return getChapterInfos().map((chapter) => ({ id: chapter.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const chapter = getChapterInfo(id);
  if (!chapter) return {};
  return { title: { absolute: `${chapter.title} | ${COURSE_TITLE}` }, description: chapter.summary };
}

export default async function ChapterPage({ params }: Props) {
  const { id } = await params;
  const chapter = await getChapter(id);
  if (!chapter) notFound();
  const { previous, next } = neighbours(id);

  return (
    <div className="mx-auto grid max-w-7xl gap-8 px-4 py-8 lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_14rem]">
      <aside className="order-last lg:order-first lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:self-start lg:overflow-y-auto">
        <Sidebar currentId={chapter.id} />
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0 outline-none xl:col-span-2 xl:grid xl:grid-cols-subgrid">
        <article data-pagefind-body className="xl:col-span-2 xl:grid xl:grid-cols-subgrid">
          <header className="border-b border-zinc-200 pb-6 xl:col-start-1 dark:border-zinc-800">
            <p className="font-mono text-sm text-zinc-600 dark:text-zinc-400">
              <time dateTime={chapter.start}>{timeRange(chapter.start, chapter.end)}</time>
              <span aria-hidden="true"> · </span>
              <span>읽는 시간 약 {chapter.readingMinutes}분</span>
            </p>
            <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{slashBreaks(chapter.title)}</h1>
            <p className="mt-4 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">{chapter.summary}</p>
            <NowNext />
            <ClassPosition chapter={chapter.id} />
            <section aria-labelledby="objectives-heading" className="mt-6 rounded-lg bg-zinc-50 p-4 dark:bg-zinc-900">
              <h2 id="objectives-heading" className="text-sm font-bold text-zinc-800 dark:text-zinc-200">
                학습 목표
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-[0.95rem]">
                {chapter.objectives.map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            </section>
          </header>
          <Toc toc={chapter.toc} />
          <div className="chapter-body prose xl:col-start-1 prose-zinc mt-8 max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-blue-300 prose-code:before:content-none prose-code:after:content-none">
            <MdxContent code={chapter.code} />
          </div>
        </article>
        <nav aria-label="이전/다음 챕터" className="mt-12 grid gap-4 border-t xl:col-start-1 border-zinc-200 pt-6 sm:grid-cols-2 dark:border-zinc-800">
          {previous ? (
            <Link
              href={`/chapters/${previous.id}`}
              rel="prev"
              className="rounded-lg border border-zinc-200 p-4 no-underline hover:border-blue-400 dark:border-zinc-700"
              data-nav="previous"
            >
              <span className="block text-sm text-zinc-600 dark:text-zinc-400">← 이전</span>
              <span className="font-semibold">{previous.title}</span>
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link
              href={`/chapters/${next.id}`}
              rel="next"
              className="rounded-lg border border-zinc-200 p-4 text-right no-underline hover:border-blue-400 dark:border-zinc-700"
              data-nav="next"
            >
              <span className="block text-sm text-zinc-600 dark:text-zinc-400">다음 →</span>
              <span className="font-semibold">{next.title}</span>
            </Link>
          ) : null}
        </nav>
      </main>
    </div>
  );
}
