import { Children, isValidElement, type ReactNode } from 'react';
import { CodeBlock } from '@/components/mdx/CodeBlock';
import { Diagram } from '@/components/mdx/Diagram';
import { ShowBlock } from './ShowBlock';

export type SlideLayout = 'split' | 'stack';

const FIGURES: readonly unknown[] = [ShowBlock, Diagram, CodeBlock];

/**
 * A `<Slide>` on the canvas: its title, then its key points beside its figure (code or diagram) in two
 * columns, or one under the other with layout="stack" or when there is only one kind of content.
 */
export function SlideBody({ title, layout, children }: { title?: string; layout?: SlideLayout; children?: ReactNode }) {
  const nodes = Children.toArray(children).filter((node) => !(typeof node === 'string' && node.trim() === ''));
  const figures = nodes.filter((node) => isValidElement(node) && FIGURES.includes(node.type));
  const points = nodes.filter((node) => !figures.includes(node));
  const split = layout !== 'stack' && figures.length > 0 && points.length > 0;
  return (
    <div className="slide-body" data-layout={split ? 'split' : 'stack'}>
      {title ? <h2 className="slide-title">{title}</h2> : null}
      {split ? (
        <div className="slide-columns">
          <div className="slide-points">{points}</div>
          <div className="slide-figures">{figures}</div>
        </div>
      ) : (
        <div className="slide-points">{nodes}</div>
      )}
    </div>
  );
}
