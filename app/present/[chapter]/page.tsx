import type { Metadata } from 'next';
import { readFileSync } from 'node:fs';
import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { mdxComponents } from '@/components/mdx/registry';
import { PresentView } from '@/components/present/PresentView';
import type { Deck } from '@/components/present/types';
import { COURSE_TITLE, compileChapter, getChapterInfo, getChapterInfos } from '@/lib/content';
import { splitDeck } from '@/lib/present/deck';
import { preparationFor } from '@/lib/present/prepare';
import { rehypeSlides } from '@/lib/present/slides';
import { timeRange } from '@/lib/time';

export const dynamicParams = false;

interface Props {
  params: Promise<{ chapter: string }>;
}

export function generateStaticParams() {
  return getChapterInfos().map((chapter) => ({ chapter: chapter.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const info = getChapterInfo((await params).chapter);
  return info ? { title: { absolute: `발표: ${info.title} | ${COURSE_TITLE}` }, robots: { index: false } } : {};
}

/** Marks speaker notes for splitDeck; never rendered itself. */
function SpeakerNotes({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

export default async function PresentPage({ params }: Props) {
  const info = getChapterInfo((await params).chapter);
  if (!info) notFound();
  const compiled = await compileChapter(info, { rehypePlugins: [rehypeSlides] });
  const titleSlide = {
    section: '',
    title: info.title,
    notes: null,
    content: (
      <header>
        <p className="font-mono">{timeRange(info.start, info.end)}</p>
        <h1>{info.title}</h1>
        <p>{info.summary}</p>
      </header>
    ),
  };
  const deck: Deck = {
    chapter: info.id,
    title: info.title,
    slides: [
      titleSlide,
      ...splitDeck(compiled.code, mdxComponents, SpeakerNotes).map((slide) => ({
        section: slide.section,
        // Content before the first H2 (the chapter's opening) has no heading of its own.
        title: slide.title || `${info.title}: 들어가며`,
        content: <>{slide.content}</>,
        notes: slide.notes.length > 0 ? <>{slide.notes}</> : null,
      })),
    ],
    preparations: Object.fromEntries(
      getChapterInfos().map((chapter) => [chapter.id, preparationFor(chapter.title, chapter.objectives, readFileSync(chapter.absolutePath, 'utf8'))]),
    ),
  };
  return (
    <Suspense fallback={<p className="p-8">발표 화면을 불러오는 중…</p>}>
      <PresentView deck={deck} />
    </Suspense>
  );
}
