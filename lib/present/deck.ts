/**
 * A compiled chapter (compiled with rehypeSlides) as a list of slides for the presenter: the MDX content is
 * evaluated on the server with the deck's components, its top-level `<section data-kind>` elements are taken
 * apart, and each slide's `<Notes>` are separated from what the audience sees. No DOM.
 */
import { Children, isValidElement, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import type { SlideKind } from './slides';

export interface Slide {
  /** The id of the h2 the slide belongs to ('' before the first h2). */
  section: string;
  /** The text of that h2. */
  title: string;
  kind: Exclude<SlideKind, 'notes'>;
  content: ReactNode[];
  /** The children of the slide's Notes elements, its own first. */
  notes: ReactNode[];
  /** For a lab slide, the lab id. */
  lab?: string;
}

export interface SplitDeck {
  slides: Slide[];
  /** The notes of the chapter's opening (content before the first h2 that has no slide of its own). */
  openingNotes: ReactNode[];
}

type SectionProps = { 'data-section'?: string; 'data-title'?: string; 'data-kind'?: SlideKind; children?: ReactNode };

export function splitDeck(code: string, components: Record<string, unknown>, notesComponent: ComponentType<{ children?: ReactNode }>): SplitDeck {
  const Content = getMDXComponent(code) as unknown as (props: { components: Record<string, unknown> }) => ReactElement<{ children?: ReactNode }>;
  // MDXContent without a wrapper is a plain function of its props: call it to reach the top-level elements.
  const root = Content({ components: { ...components, Notes: notesComponent } });
  // One top-level element comes back as itself, several as a fragment.
  const top = root.type === 'section' ? [root] : Children.toArray(root.props.children);
  const sections = top.filter((node): node is ReactElement<SectionProps> => isValidElement(node) && node.type === 'section');
  const deck: SplitDeck = { slides: [], openingNotes: [] };
  for (const section of sections) {
    const content: ReactNode[] = [];
    const notes: ReactNode[] = [];
    for (const child of Children.toArray(section.props.children)) {
      if (isValidElement<{ children?: ReactNode }>(child) && child.type === notesComponent) notes.push(child);
      else if (!(typeof child === 'string' && child.trim() === '')) content.push(child);
    }
    const kind = section.props['data-kind'] ?? 'prose';
    if (kind === 'notes') {
      deck.openingNotes.push(...notes);
      continue;
    }
    const first = content[0];
    const lab = kind === 'lab' && isValidElement<{ id?: string }>(first) ? first.props.id : undefined;
    deck.slides.push({
      section: section.props['data-section'] ?? '',
      title: section.props['data-title'] ?? '',
      kind,
      content,
      notes,
      ...(lab ? { lab } : {}),
    });
  }
  return deck;
}
