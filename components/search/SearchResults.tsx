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
    // The combobox pattern: focus stays in the search field, which moves the active option with the arrow keys
    // (aria-activedescendant); a click on an option chooses it.
    <ul
      id={id}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the listbox of the combobox pattern
      role="listbox"
      aria-label="검색 결과"
      hidden={hits.length === 0}
      className="min-h-0 flex-1 overflow-y-auto p-2"
      data-search-results
    >
      {hits.map((hit, index) => (
        // Options of the combobox pattern: keyboard-driven from the search field, never focused themselves.
        // biome-ignore lint/a11y/useKeyWithClickEvents: the search field handles the keys (aria-activedescendant)
        // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the search field
        <li
          key={hit.key}
          id={optionId(index)}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the options of the listbox
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
