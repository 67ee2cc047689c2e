/** The listbox of search hits: page › section, and an excerpt with the matched words highlighted. */
import type { SearchHit } from '@/lib/search/results';

export function SearchResults({
  id,
  hits,
  active,
  optionId,
  onHover,
  onChoose,
}: {
  id: string;
  hits: readonly SearchHit[];
  active: number;
  optionId: (index: number) => string;
  onHover: (index: number) => void;
  onChoose: (hit: SearchHit) => void;
}) {
  return (
    <ul id={id} role="listbox" aria-label="검색 결과" hidden={hits.length === 0} className="min-h-0 flex-1 overflow-y-auto p-2" data-search-results>
      {hits.map((hit, index) => (
        <li
          key={hit.key}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          onMouseMove={() => onHover(index)}
          onClick={() => onChoose(hit)}
          className={`cursor-pointer rounded-lg px-3 py-2 ${index === active ? 'bg-blue-100 dark:bg-blue-950' : ''}`}
          data-hit-url={hit.url}
        >
          <span className="block text-sm font-semibold">
            {hit.page}
            {hit.section ? (
              <>
                <span aria-hidden="true"> › </span>
                <span className="sr-only">, </span>
                {hit.section}
              </>
            ) : null}
          </span>
          <span className="mt-0.5 block text-sm text-zinc-700 dark:text-zinc-300">
            {hit.excerpt.map((segment, at) =>
              segment.mark ? (
                <mark key={at} className="rounded bg-yellow-200 px-0.5 text-zinc-900 dark:bg-yellow-700 dark:text-white">
                  {segment.text}
                </mark>
              ) : (
                <span key={at}>{segment.text}</span>
              ),
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
