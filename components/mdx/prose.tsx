/**
 * The MDX components of prose (callouts, notes, slide forms, diagrams, code, tables, linked headings), shared by chapters and
 * by lab instructions. Server components only; must not import the lab (registry.tsx adds it for chapters).
 */
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Callout } from './Callout';
import { CodeBlock } from './CodeBlock';
import { Diagram } from './Diagram';
import { Show, Slide } from './slides';

/** Speaker notes: hidden in the reading view (a presenter view maps `Notes` to its own component). */
export function Notes(_props: { children?: ReactNode }) {
  return null;
}

function heading(Tag: 'h2' | 'h3' | 'h4') {
  return function Heading({ id, children, ...props }: ComponentPropsWithoutRef<'h2'>) {
    return (
      <Tag id={id} {...props}>
        {id ? (
          <a href={`#${id}`} className="heading-link">
            {children}
          </a>
        ) : (
          children
        )}
      </Tag>
    );
  };
}

function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div
      className="table-scroll not-prose my-6 overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-700"
      tabIndex={0}
      role="region"
      aria-label="표"
    >
      <table
        {...props}
        className="w-full border-collapse text-sm [&_td]:border-t [&_td]:border-zinc-200 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top dark:[&_td]:border-zinc-700 [&_th]:bg-zinc-100 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-semibold dark:[&_th]:bg-zinc-800 [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.85em] dark:[&_code]:bg-zinc-800"
      />
    </div>
  );
}

export const proseComponents = {
  Callout,
  Notes,
  Slide,
  Show,
  Diagram,
  pre: CodeBlock,
  table: Table,
  h2: heading('h2'),
  h3: heading('h3'),
  h4: heading('h4'),
};
