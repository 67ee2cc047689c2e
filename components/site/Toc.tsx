import type { TocEntry } from '@/lib/mdx/plugins';

function TocList({ toc }: { toc: TocEntry[] }) {
  return (
    <ol className="space-y-1.5 text-sm">
      {toc.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : undefined}>
          <a href={`#${entry.id}`} className="text-zinc-700 no-underline hover:text-blue-800 hover:underline dark:text-zinc-300 dark:hover:text-blue-300">
            {entry.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/** In-page table of contents: a sticky column on wide screens. */
export function TocColumn({ toc }: { toc: TocEntry[] }) {
  if (toc.length === 0) return null;
  return (
    <nav aria-label="이 페이지의 목차" data-toc="desktop">
      <h2 className="mb-3 text-xs font-bold uppercase tracking-wider text-zinc-600 dark:text-zinc-400">이 페이지에서</h2>
      <TocList toc={toc} />
    </nav>
  );
}

/** In-page table of contents for narrow screens (hidden where the column shows): collapsed by default. */
export function TocDisclosure({ toc }: { toc: TocEntry[] }) {
  if (toc.length === 0) return null;
  return (
    <details className="my-6 rounded-lg border border-zinc-200 px-4 py-2 xl:hidden dark:border-zinc-700" data-toc="mobile">
      <summary className="cursor-pointer py-1 font-semibold">이 페이지의 목차</summary>
      <nav aria-label="이 페이지의 목차 (접이식)" className="py-2">
        <TocList toc={toc} />
      </nav>
    </details>
  );
}
