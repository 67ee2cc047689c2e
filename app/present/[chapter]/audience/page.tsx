import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Audience } from '@/components/present/Audience';
import { chapterDeck } from '@/components/present/deck';
import { COURSE_TITLE, getChapterInfo, getChapterInfos } from '@/lib/content';

export const dynamicParams = false;

interface Props {
  params: Promise<{ chapter: string }>;
}

export function generateStaticParams() {
  return getChapterInfos().map((chapter) => ({ chapter: chapter.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const info = getChapterInfo((await params).chapter);
  return info ? { title: { absolute: `청중 화면: ${info.title} | ${COURSE_TITLE}` }, robots: { index: false } } : {};
}

/** The projector window, rendered at build time with the first slide; the deck it gets carries no speaker notes. */
export default async function AudiencePage({ params }: Props) {
  const deck = await chapterDeck((await params).chapter, { notes: false });
  if (!deck) notFound();
  return <Audience deck={deck} />;
}
