/**
 * A chapter's deck for the presenter and audience pages (server, build time): a title slide, then the chapter's
 * <Slide> blocks, with labs as task slides whose notes are the lab's hints.
 */
import { readFileSync } from 'node:fs';
import type { Metadata } from 'next';
import { getLab } from '@/labs/exercises/index';
import { COURSE_TITLE, compileChapter, getChapterInfo, getChapterInfos, type ChapterInfo } from '@/lib/content';
import { splitDeck } from '@/lib/present/deck';
import { preparationFor } from '@/lib/present/prepare';
import { rehypeSlides } from '@/lib/present/slides';
import { timeRange } from '@/lib/time';
import { deckComponents, SpeakerNotes } from './deck-components';
import type { Deck, DeckSlide } from './types';

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

async function slidesOf(info: ChapterInfo): Promise<DeckSlide[]> {
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

/**
 * The deck of a chapter, or undefined for an unknown id. `notes: false` leaves the speaker notes out (the
 * audience page: they must not reach the projector, not even in the page's data).
 */
export async function chapterDeck(chapter: string, { notes }: { notes: boolean }): Promise<Deck | undefined> {
  const info = getChapterInfo(chapter);
  if (!info) return undefined;
  const slides = await slidesOf(info);
  return {
    chapter: info.id,
    title: info.title,
    slides: notes ? slides : slides.map((slide) => ({ ...slide, notes: null })),
    preparations: Object.fromEntries(
      getChapterInfos().map((other) => [other.id, preparationFor(other.title, other.objectives, readFileSync(other.absolutePath, 'utf8'))]),
    ),
  };
}

/** Both deck pages exist for every chapter. */
export function deckStaticParams(): { chapter: string }[] {
  return getChapterInfos().map((chapter) => ({ chapter: chapter.id }));
}

/** A deck page's title ("발표: …", "청중 화면: …"); deck pages stay out of search engines. */
export function deckMetadata(chapter: string, view: string): Metadata {
  const info = getChapterInfo(chapter);
  return info ? { title: { absolute: `${view}: ${info.title} | ${COURSE_TITLE}` }, robots: { index: false } } : {};
}
