/**
 * Turns Pagefind's page results into the search dialog's hits: one hit per section (heading anchor), the
 * page's own title first, clean URLs (no ".html"), excerpts as plain-text segments with highlighted words.
 * Pure: no DOM, no Pagefind runtime (see pagefind.ts for loading it).
 */

/** What Pagefind's `result.data()` returns (the fields used here). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the words matched and how much each counts (headings weigh more). */
  weighted_locations?: { balanced_score: number }[];
}

export interface Segment {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  /** Unique in one result list; also the option's DOM id suffix. */
  key: string;
  url: string;
  page: string;
  /** The heading of the section, when the hit is a section and not the page's start. */
  section?: string;
  excerpt: Segment[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Pagefind excerpts are escaped text with <mark> around matches; anything else is dropped, never rendered as HTML. */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: decode(excerpt.slice(last, match.index).replace(/<[^>]*>/g, '')), mark: false });
    segments.push({ text: decode(match[1].replace(/<[^>]*>/g, '')), mark: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) segments.push({ text: decode(excerpt.slice(last).replace(/<[^>]*>/g, '')), mark: false });
  return segments.filter((segment) => segment.text !== '');
}

/** `/chapters/intro.html#x` → `/chapters/intro#x`; `/index.html` → `/`. */
export function cleanUrl(url: string): string {
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const clean = path.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  return `${clean || '/'}${hash}`;
}

function subScore(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
}

/**
 * At most `perPage` section hits for each page, pages in the order given. Pagefind lists a page's sections
 * in document order; they are ranked here by their matches' weight, so the section whose heading matches
 * ("Secret 관리 방식 비교" for "Secret 관리") comes before sections that only mention the words.
 */
export function toHits(pages: readonly PagefindData[], perPage = 3): SearchHit[] {
  const hits: SearchHit[] = [];
  pages.forEach((page, pageIndex) => {
    const title = page.meta.title?.trim() || cleanUrl(page.url);
    const subs = page.sub_results && page.sub_results.length > 0 ? page.sub_results : [{ title, url: page.url, excerpt: page.excerpt }];
    const ranked = subs.map((sub, order) => ({ sub, order, score: subScore(sub) })).sort((a, b) => b.score - a.score || a.order - b.order);
    ranked.slice(0, perPage).forEach(({ sub }, subIndex) => {
      const url = cleanUrl(sub.url);
      const isPageStart = !url.includes('#') || sub.title.trim() === title;
      hits.push({
        key: `${pageIndex}-${subIndex}`,
        url,
        page: title,
        ...(isPageStart ? {} : { section: sub.title.trim() }),
        excerpt: excerptSegments(sub.excerpt),
      });
    });
  });
  return hits;
}
