/**
 * A compiled chapter (compiled with rehypeSlides) as a list of slides for the presenter: the MDX content
 * is evaluated on the server with the given components, its top-level `<section data-slide>` elements are
 * taken apart, and each slide's `<Notes>` elements are separated from what the audience sees.
 */
import { Children, isValidElement, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';

export interface Slide {
  /** The id of the h2 the slide belongs to ('' before the first h2). */
  section: string;
  /** The text of that h2. */
  title: string;
  content: ReactNode[];
  /** The children of the slide's Notes elements. */
  notes: ReactNode[];
}

type SectionProps = { 'data-section'?: string; 'data-title'?: string; children?: ReactNode };

export function splitDeck(code: string, components: Record<string, unknown>, notesComponent: ComponentType<{ children?: ReactNode }>): Slide[] {
  const Content = getMDXComponent(code) as unknown as (props: { components: Record<string, unknown> }) => ReactElement<{ children?: ReactNode }>;
  // MDXContent without a wrapper is a plain function of its props: call it to reach the top-level elements.
  const root = Content({ components: { ...components, Notes: notesComponent } });
  // One top-level element comes back as itself, several as a fragment.
  const top = root.type === 'section' ? [root] : Children.toArray(root.props.children);
  const sections = top.filter(
    (node): node is ReactElement<SectionProps> => isValidElement(node) && node.type === 'section',
  );
  return sections.map((section) => {
    const content: ReactNode[] = [];
    const notes: ReactNode[] = [];
    for (const child of Children.toArray(section.props.children)) {
      if (isValidElement<{ children?: ReactNode }>(child) && child.type === notesComponent) notes.push(child.props.children);
      else if (!(typeof child === 'string' && child.trim() === '')) content.push(child);
    }
    return { section: section.props['data-section'] ?? '', title: section.props['data-title'] ?? '', content, notes };
  });
}
