import { notFound } from 'next/navigation';
import { Audience } from '@/components/present/Audience';
import { chapterDeck, deckMetadata, deckStaticParams } from '@/components/present/deck';

export const dynamicParams = false;

interface Props {
  params: Promise<{ chapter: string }>;
}

export const generateStaticParams = deckStaticParams;

export async function generateMetadata({ params }: Props) {
  return deckMetadata((await params).chapter, '청중 화면');
}

/** The projector window, rendered at build time with the first slide; the deck it gets carries no speaker notes. */
export default async function AudiencePage({ params }: Props) {
  const deck = await chapterDeck((await params).chapter, { notes: false });
  if (!deck) notFound();
  return <Audience deck={deck} />;
}
