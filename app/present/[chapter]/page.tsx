import { notFound } from 'next/navigation';
import { chapterDeck, deckMetadata, deckStaticParams } from '@/components/present/deck';
import { LegacyAudienceRedirect } from '@/components/present/LegacyAudienceRedirect';
import { Presenter } from '@/components/present/Presenter';

export const dynamicParams = false;

interface Props {
  params: Promise<{ chapter: string }>;
}

export const generateStaticParams = deckStaticParams;

export async function generateMetadata({ params }: Props) {
  return deckMetadata((await params).chapter, '발표');
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
