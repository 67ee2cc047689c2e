import type { Metadata } from 'next';
import { readFileSync } from 'node:fs';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { deckComponents, SpeakerNotes } from '@/components/present/deck-components';
import { PresentView } from '@/components/present/PresentView';
import type { Deck, DeckSlide } from '@/components/present/types';
import { getLab } from '@/labs/exercises/index';
import { COURSE_TITLE, compileChapter, getChapterInfo, getChapterInfos, type ChapterInfo } from '@/lib/content';
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

/** A lab slide's notes: its hints, to give one at a time when the room is stuck. */
function LabNotes({ id }: { id: string }) {
  const lab = getLab(id);
  return (
    <>
      <p>각자 풀 시간을 주고, 막힌 목표가 많으면 힌트를 순서대로 하나씩 알려 주세요.</p>
      <ol>
        {lab?.hints.map((hint) => (
          <li key={hint}>{hint}</li>
        ))}
      </ol>
    </>
  );
}

/** The chapter's slides (its <Slide> blocks, labs as task slides) after a title slide. */
async function deckOf(info: ChapterInfo): Promise<DeckSlide[]> {
  const compiled = await compileChapter(info, { rehypePlugins: [rehypeSlides] });
  const { slides, openingNotes } = splitDeck(compiled.code, deckComponents, SpeakerNotes);
  const title: DeckSlide = {
    section: '',
    title: info.title,
    kind: 'title',
    notes: openingNotes.length > 0 ? openingNotes : null,
    content: (
      <header className="slide-cover">
        <p className="font-mono">{timeRange(info.start, info.end)}</p>
        <h1>{info.title}</h1>
        <p>{info.summary}</p>
      </header>
    ),
  };
  return [
    title,
    ...slides.map(
      (slide): DeckSlide => ({
        section: slide.section,
        kind: slide.kind,
        // A slide before the first H2 (the chapter's opening) has no heading of its own.
        title: slide.lab ? `실습: ${getLab(slide.lab)?.title ?? slide.lab}` : slide.title || `${info.title}: 들어가며`,
        content: <>{slide.content}</>,
        notes: slide.lab ? <LabNotes id={slide.lab} /> : slide.notes.length > 0 ? slide.notes : null,
      }),
    ),
  ];
}

export default async function PresentPage({ params }: Props) {
  const info = getChapterInfo((await params).chapter);
  if (!info) notFound();
  const deck: Deck = {
    chapter: info.id,
    title: info.title,
    slides: await deckOf(info),
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
