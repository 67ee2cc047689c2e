'use client';
import { useSearchParams } from 'next/navigation';
import { Audience } from './Audience';
import { Presenter } from './Presenter';
import type { Deck } from './types';

/** One static page, two views: `?view=audience` is the projector window, anything else the presenter. */
export function PresentView({ deck }: { deck: Deck }) {
  const view = useSearchParams().get('view');
  return view === 'audience' ? <Audience deck={deck} /> : <Presenter deck={deck} />;
}
