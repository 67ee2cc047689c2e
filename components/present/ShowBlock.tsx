import { CODE_THEMES, getHighlighter } from '@/lib/mdx/plugins';
import { excerpt, parseHighlight, parseShownLines, lineCount } from '@/lib/mdx/lines';

const SHIKI_LANGUAGES = new Set(['dockerfile', 'yaml', 'bash', 'shell', 'json', 'diff', 'typescript']);

/**
 * A block of the chapter on a slide (`<Show block="..." lines="..." highlight="..." />`, resolved by
 * lib/mdx/blocks.ts): the lines shown, highlighted at build time, with the lines that matter marked and the
 * rest dimmed. Line numbers are those of the whole block, so the reading view and the slide agree.
 */
export async function ShowBlock({ code, lang, title, lines, highlight }: { code?: string; lang?: string; title?: string; lines?: string; highlight?: string }) {
  if (code === undefined || lang === undefined) throw new Error('<Show> reached the presenter unresolved: compile the chapter with lib/mdx/compile.ts');
  const shown = parseShownLines(lines, lineCount(code));
  const marked = parseHighlight(highlight, shown);
  const shiki = await getHighlighter();
  const html = shiki.codeToHtml(excerpt(code, shown), {
    lang: SHIKI_LANGUAGES.has(lang) ? lang : 'text',
    themes: { light: CODE_THEMES.light, dark: CODE_THEMES.dark },
    defaultColor: false,
    transformers: [
      {
        line(node, line) {
          if (marked.has(shown.from + line - 1)) this.addClassToHast(node, 'highlighted');
        },
      },
    ],
  });
  return (
    <figure
      className="codeblock slide-code not-prose overflow-hidden rounded-lg border border-zinc-300 dark:border-zinc-700"
      data-lang={lang}
      data-highlight={marked.size > 0 ? '' : undefined}
    >
      {title ? (
        <figcaption>
          {title}
          {shown.from > 1 || shown.to < lineCount(code) ? (
            <span className="slide-code__range">
              {' '}
              ({shown.from}–{shown.to}행)
            </span>
          ) : null}
        </figcaption>
      ) : null}
      {/* Build-time shiki output of our own course text. */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}
