import type { ComponentPropsWithoutRef } from 'react';
import { CopyButton } from '@/components/CopyButton';
import { staticHtml } from './static-html';

const LANGUAGE_LABELS: Record<string, string> = {
  dockerfile: 'Dockerfile',
  yaml: 'YAML',
  bash: 'Bash',
  shell: 'Shell',
  json: 'JSON',
  text: 'Text',
  diff: 'Diff',
  typescript: 'TypeScript',
};

export type CodeBlockProps = ComponentPropsWithoutRef<'pre'> & {
  'data-lang'?: string;
  'data-title'?: string;
  'data-check'?: string;
  'data-expect'?: string;
};

/**
 * The `pre` of a highlighted code block (see lib/mdx/plugins.ts rehypeShiki): a header with the language,
 * the title, a 권장/취약 badge for checked examples and a copy button. The highlighted code goes into the page as
 * an HTML string: the browser hydrates the <pre>, not each of its tokens (a fifth of a chapter's elements).
 */
export function CodeBlock({ children, ...props }: CodeBlockProps) {
  const { 'data-lang': lang = 'text', 'data-title': title, 'data-check': check, 'data-expect': expect, ...preProps } = props;
  return (
    <figure
      className="codeblock not-prose my-6 overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-700"
      data-lang={lang}
      data-check={check}
      data-expect={expect}
    >
      <figcaption className="flex flex-wrap items-center gap-2 border-b border-zinc-200 bg-zinc-100 px-3 py-1.5 text-xs text-zinc-700 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
        <span className="font-mono font-semibold uppercase tracking-wide">{LANGUAGE_LABELS[lang] ?? lang}</span>
        {title ? <span className="min-w-0 font-medium text-zinc-900 dark:text-zinc-100">{title}</span> : null}
        {check === 'good' ? (
          <span className="rounded bg-green-100 px-1.5 py-0.5 font-semibold text-green-900 dark:bg-green-950 dark:text-green-200">권장</span>
        ) : null}
        {check === 'bad' ? (
          <span
            className="rounded bg-red-100 px-1.5 py-0.5 font-semibold text-red-900 dark:bg-red-950 dark:text-red-200"
            title={expect ? `검출되어야 하는 규칙: ${expect}` : undefined}
          >
            취약
          </span>
        ) : null}
        <CopyButton />
      </figcaption>
      <pre {...preProps} tabIndex={0} dangerouslySetInnerHTML={{ __html: staticHtml(children) }} />
    </figure>
  );
}
