import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { chapterDeck } from '@/components/present/deck';
import { LegacyAudienceRedirect } from '@/components/present/LegacyAudienceRedirect';
import { Presenter } from '@/components/present/Presenter';
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
  return info ? { title: { absolute: `발표: ${info.title} | ${COURSE_TITLE}` }, robots: { index: false } } : {};
}

/** The presenter's window, rendered at build time with the first slide and its notes. */
export default async function PresentPage({ params }: Props) {
  const deck = await chapterDeck((await params).chapter, { notes: true });
  if (!deck) notFound();
  return (
    <>
      <LegacyAudienceRedirect />
      <Presenter deck={deck} />
    </>
  );
}
