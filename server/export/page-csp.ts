/**
 * Build time: the inline scripts of an exported page, their hashes, and the page's own <meta> policy that
 * allows exactly them. Pure string functions (no fs), so the server and the tests read pages the same way.
 */
import { createHash } from 'node:crypto';
import { pageMetaPolicy } from '../security/headers';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;
const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/i;
const HASH = /'(sha256-[A-Za-z0-9+/]+=*)'/g;

/** The document up to </head>: a page's text (in its data scripts) may quote markup that looks like ours. */
function headOf(html: string): string {
  const end = html.search(/<\/head>/i);
  return end === -1 ? html : html.slice(0, end);
}

/** The text of every inline (not `src=`) script element, in document order. */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    if (!HAS_SRC.test(match[1] ?? '')) found.push(match[2] ?? '');
  }
  return found;
}

/** The CSP source expression of one inline script ("sha256-…" of its UTF-8 text, as browsers compute it). */
export function scriptHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The distinct hashes of a page's inline scripts, in first-seen order. */
export function pageScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(scriptHash))];
}

/**
 * The page with its <meta> Content-Security-Policy set (replacing one written by an earlier run), placed
 * right after the charset declaration so that it precedes every script and the charset stays in the first
 * 1024 bytes. Throws when the page has no <head>.
 */
export function withPageCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pageMetaPolicy(pageScriptHashes(html))}"/>`;
  const existing = META.exec(headOf(html));
  if (existing) return html.slice(0, existing.index) + meta + html.slice(existing.index + existing[0].length);
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('no <head> element');
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

/** The script hashes of the <meta> policy written by `withPageCsp`; null when the page has none. */
export function metaScriptHashes(html: string): string[] | null {
  const meta = META.exec(headOf(html));
  if (!meta) return null;
  return [...(meta[1] ?? '').matchAll(HASH)].map((match) => match[1]!);
}
