import type { ReactNode } from 'react';
import type { Preparation } from '@/lib/present/prepare';

/** One slide as the server hands it to the presenter and audience views. */
export interface DeckSlide {
  section: string;
  title: string;
  /** title: the chapter's opening; slide: a <Slide>; prose: a section without one; lab: a lab's task. */
  kind: 'title' | 'slide' | 'prose' | 'lab';
  content: ReactNode;
  /** Speaker notes, null when the slide has none. */
  notes: ReactNode;
}

export interface Deck {
  chapter: string;
  title: string;
  slides: DeckSlide[];
  /** Per chapter id: what the break screen says about the block. */
  preparations: Record<string, Preparation>;
}
