/**
 * The chapter components as the presenter renders them (server, build time): the reading view's registry with
 * the slide blocks made visible, labs as task slides and notes marked for the notes panel.
 */
import { mdxComponents } from '@/components/mdx/registry';
import { LabSlide } from './LabSlide';
import { ShowBlock } from './ShowBlock';
import { SlideBody } from './SlideBody';

export { SpeakerNotes } from './SpeakerNotes';

export const deckComponents = {
  ...mdxComponents,
  Slide: SlideBody,
  Show: ShowBlock,
  Lab: LabSlide,
};
