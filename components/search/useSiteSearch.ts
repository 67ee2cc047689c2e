/**
 * React hook for the search dialog: loads Pagefind when the dialog first opens (never before), searches
 * shortly after typing stops, drops answers to older queries, and reports a Korean status line.
 */
import { useEffect, useRef, useState } from 'react';
import { loadPagefind, searchSite } from '@/lib/search/pagefind';
import type { SearchHit } from '@/lib/search/results';

const DELAY_MS = 150;

export type SearchStatus = 'idle' | 'loading' | 'searching' | 'done' | 'error';

export function useSiteSearch(open: boolean, query: string): { status: SearchStatus; hits: SearchHit[]; error: string } {
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState('');
  const seq = useRef(0);

  useEffect(() => {
    if (!open) return;
    // Start fetching Pagefind's files as soon as the dialog opens, so the first query is quick.
    loadPagefind().catch(() => undefined);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const term = query.trim();
    const mine = ++seq.current;
    if (term === '') {
      setHits([]);
      setStatus('idle');
      return;
    }
    setStatus((previous) => (previous === 'idle' ? 'loading' : 'searching'));
    const timer = window.setTimeout(() => {
      searchSite(term).then(
        (found) => {
          if (mine !== seq.current) return;
          setHits(found);
          setError('');
          setStatus('done');
        },
        () => {
          if (mine !== seq.current) return;
          setHits([]);
          setError(
            navigator.onLine
              ? '검색 색인을 불러오지 못했습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.'
              : '오프라인이라 검색 색인을 불러오지 못했습니다. 온라인에서 한 번 검색해 두면 다음부터는 오프라인에서도 검색됩니다.',
          );
          setStatus('error');
        },
      );
    }, DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [open, query]);

  return { status, hits, error };
}
