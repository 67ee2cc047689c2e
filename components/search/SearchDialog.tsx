'use client';

/**
 * The search dialog: a modal <dialog> with an ARIA 1.2 combobox (the input) controlling a listbox of
 * section hits. ↑/↓ move, Enter opens the section (its heading anchor), Esc closes and focus returns
 * to the search button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '@/lib/search/results';
import { SearchResults } from './SearchResults';
import { useSiteSearch, type SearchStatus } from './useSiteSearch';

function statusText(status: SearchStatus, count: number, error: string): string {
  if (status === 'idle') return '챕터, 실습, 규칙 설명에서 찾습니다. 예: 시크릿 관리, seccomp';
  if (status === 'loading') return '검색 색인을 불러오는 중입니다…';
  if (status === 'searching') return '찾는 중입니다…';
  if (status === 'error') return error;
  return count === 0
    ? '찾은 결과가 없습니다. 다른 낱말이나 영어 용어(예: Secret, NetworkPolicy)로 찾아보세요.'
    : `결과 ${count}개. 위아래 화살표로 고르고 Enter로 엽니다.`;
}

export function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const { status, hits, error } = useSiteSearch(true, query);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const statusId = `${baseId}-status`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  useEffect(() => setActive(hits.length > 0 ? 0 : -1), [hits]);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${baseId}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, baseId]);

  const go = (hit: SearchHit) => {
    dialog.current?.close();
    const [path, hash] = hit.url.split('#');
    // A document load lets the browser itself find the (percent-encoded Korean) heading id and scroll to it.
    if (path === window.location.pathname && hash !== undefined) window.location.hash = hash;
    else window.location.assign(hit.url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[Math.max(active, 0)];
      if (hit) go(hit);
    }
  };

  const expanded = status === 'done' && hits.length > 0;
  return (
    <dialog
      ref={dialog}
      aria-label="사이트 검색"
      onClose={onClose}
      className="mx-auto mt-[8vh] mb-auto max-h-[84vh] w-[min(42rem,calc(100vw-1.5rem))] flex-col overflow-hidden rounded-xl border border-zinc-300 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-black/50 open:flex dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      data-search-dialog
    >
      <div className="flex items-center gap-2 border-b border-zinc-200 p-3 dark:border-zinc-700">
        <label htmlFor={`${baseId}-input`} className="sr-only">
          검색어
        </label>
        <input
          id={`${baseId}-input`}
          type="text"
          enterKeyHint="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={statusId}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder="무엇을 찾을까요?"
          className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-600 dark:bg-zinc-950"
        />
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="rounded-md px-2 py-2 text-sm font-semibold hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          닫기
        </button>
      </div>
      <p id={statusId} aria-live="polite" className="px-4 pt-3 text-sm text-zinc-700 dark:text-zinc-300" data-search-status={status}>
        {statusText(status, hits.length, error)}
      </p>
      <SearchResults id={listId} hits={expanded ? hits : []} active={active} optionId={optionId} onHover={setActive} onChoose={go} />
      <p className="hidden border-t border-zinc-200 px-4 py-2 text-xs text-zinc-600 sm:block dark:border-zinc-700 dark:text-zinc-400">
        <kbd>↑</kbd> <kbd>↓</kbd> 이동 · <kbd>Enter</kbd> 열기 · <kbd>Esc</kbd> 닫기
      </p>
    </dialog>
  );
}
