import type { TocEntry } from '@/lib/mdx/plugins';

/**
 * The chapter's in-page table of contents, rendered once. On narrow screens it is a collapsed disclosure between
 * the chapter header and the body; on wide screens (toc.css) the same element stands open and sticky in the
 * page's right column, without its summary. Browsers without `::details-content` keep the disclosure there.
 */
export function Toc({ toc }: { toc: TocEntry[] }) {
  if (toc.length === 0) return null;
  return (
    <details className="toc my-6 rounded-lg border border-zinc-200 px-4 py-2 dark:border-zinc-700" data-toc data-pagefind-ignore="all">
      <summary className="cursor-pointer py-1 font-semibold">이 페이지의 목차</summary>
      <nav aria-label="이 페이지의 목차" className="py-2" data-heading="이 페이지에서">
        <ol className="space-y-1.5 text-sm">
          {toc.map((entry) => (
            <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : undefined}>
              <a href={`#${entry.id}`} className="text-zinc-700 no-underline hover:text-blue-800 hover:underline dark:text-zinc-300 dark:hover:text-blue-300">
                {entry.text}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
