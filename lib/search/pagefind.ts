/**
 * Loads Pagefind's own search runtime from /pagefind/ (built by `npm run build` after `next build`) the
 * first time search opens, then searches the query as typed, without its Korean particles ("이미지를" →
 * "이미지"), and with Korean spellings of course terms in their English form. Browser only; nothing leaves the site.
 */
import { toHits, type PagefindData, type SearchHit } from './results';
import { withoutParticles } from './particles';
import { expandQuery } from './synonyms';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_PAGES = 10;
const SECTIONS_PER_PAGE = 2;

let loading: Promise<Pagefind> | undefined;

/** The Pagefind module, loaded once; a failed load is retried on the next call. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const module = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL)) as Pagefind;
    // Rule pages are short and say a term often; a weaker page-length bonus lets chapters that teach it rank too.
    await module.options({ excerptLength: 24, ranking: { pageLength: 0.3 } });
    await module.init();
    return module;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The query as typed, its stems, and its English form; no term twice. */
export function queryTerms(query: string): string[] {
  const stems = withoutParticles(query);
  const terms = [query, stems, expandQuery(stems ?? query)].filter((term): term is string => Boolean(term));
  return [...new Set(terms)];
}

/** Searches every form of `query` (queryTerms); the best pages first, merged by page. */
export async function searchSite(query: string): Promise<SearchHit[]> {
  const pagefind = await loadPagefind();
  const terms = queryTerms(query);
  const responses = await Promise.all(terms.map((term) => pagefind.search(term)));
  const best = new Map<string, PagefindResult>();
  for (const response of responses) {
    for (const result of response?.results ?? []) {
      const seen = best.get(result.id);
      if (!seen || result.score > seen.score) best.set(result.id, result);
    }
  }
  const top = [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_PAGES);
  return toHits(await Promise.all(top.map((result) => result.data())), SECTIONS_PER_PAGE);
}
