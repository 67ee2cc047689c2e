/**
 * One chapter of the printable handout: its header (time, title, summary, objectives) and its MDX body
 * with handout versions of the interactive parts. Heading ids get the chapter's prefix so that the whole
 * course fits on one page without duplicate ids, and links between chapters become in-page links.
 */
import type { ComponentPropsWithoutRef } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx/registry';
import type { Chapter } from '@/lib/content';
import { timeRange } from '@/lib/time';
import { HandoutLab } from './HandoutLab';
import { HandoutQuiz } from './HandoutQuiz';

/** `#x` inside chapter `chapter`: the prefixed id of that heading in the handout. */
export function handoutId(chapter: string, id: string): string {
  return `${chapter}--${id}`;
}

/** Rewrites links into the course to the handout's own anchors; other links stay as they are. */
export function handoutHref(chapter: string, href: string | undefined): string | undefined {
  if (!href) return href;
  if (href.startsWith('#')) return `#${handoutId(chapter, href.slice(1))}`;
  const match = /^\/chapters\/([a-z0-9-]+)(?:#(.+))?$/.exec(href);
  if (!match) return href;
  return match[2] ? `#${handoutId(match[1], match[2])}` : `#chapter-${match[1]}`;
}

function headings(chapter: string) {
  const make = (Tag: 'h2' | 'h3' | 'h4') =>
    function HandoutHeading({ id, ...props }: ComponentPropsWithoutRef<'h2'>) {
      return <Tag id={id ? handoutId(chapter, id) : undefined} {...props} />;
    };
  return { h2: make('h2'), h3: make('h3'), h4: make('h4') };
}

export function HandoutChapter({ chapter }: { chapter: Chapter }) {
  const Content = getMDXComponent(chapter.code);
  // The MDX components for this chapter: render-time mappings (links, labs and quizzes as printed), not stateful
  // components, so defining them per chapter costs nothing and keeps no state.
  const components = {
    ...mdxComponents,
    ...headings(chapter.id),
    a: ({ href, ...props }: ComponentPropsWithoutRef<'a'>) => <a href={handoutHref(chapter.id, href)} {...props} />,
    // biome-ignore lint/correctness/noComponentHookFactories: a stateless mapping of the chapter's <Lab>
    Lab: ({ id }: { id: string }) => <HandoutLab id={id} />,
    // biome-ignore lint/correctness/noComponentHookFactories: a stateless mapping of the chapter's <Quiz>
    Quiz: ({ chapter: quizChapter }: { chapter: string }) => <HandoutQuiz chapter={quizChapter} />,
  };
  return (
    <article id={`chapter-${chapter.id}`} className="handout-chapter" aria-labelledby={`chapter-${chapter.id}-title`} data-handout-chapter={chapter.id}>
      <header className="border-b border-zinc-300 pb-4">
        <p className="font-mono text-sm text-zinc-600 dark:text-zinc-400">
          <time dateTime={chapter.start}>{timeRange(chapter.start, chapter.end)}</time>
        </p>
        <h1 id={`chapter-${chapter.id}-title`} className="mt-1 text-3xl font-bold tracking-tight">
          {chapter.title}
        </h1>
        <p className="mt-3 leading-relaxed text-zinc-700 dark:text-zinc-300">{chapter.summary}</p>
        <h2 className="mt-4 text-sm font-bold">학습 목표</h2>
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-[0.95rem]">
          {chapter.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </header>
      <div className="chapter-body prose prose-zinc mt-6 max-w-none dark:prose-invert prose-code:before:content-none prose-code:after:content-none">
        <Content components={components} />
      </div>
    </article>
  );
}
