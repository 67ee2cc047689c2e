/**
 * Keeps dates, version ranges and numeric ranges ("2026-12-08", "1.32-1.37", "19-23") on one line: a browser
 * may break after any hyphen, which splits a date as "2026-12-/08" in a narrow table cell. Prose text only;
 * code, diagrams and link URLs are left as they are.
 */
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Digits with dots, joined by hyphens or en dashes, with an optional letter prefix ("CVE-2026-33634"), as a
 * whole token: never the middle of an id such as "GHSA-69fq-xp46-6x23".
 */
const NUMERIC_RUN = /(?<![A-Za-z0-9.-])(?:[A-Za-z]+-)?\d+(?:\.\d+)*(?:[-–]\d+(?:\.\d+)*)+(?![A-Za-z0-9])/g;

/** Elements whose text is not prose: their text is copied or drawn as it is. */
const SKIPPED = new Set(['code', 'pre', 'script', 'style', 'svg', 'kbd', 'samp']);

/** The class of the wrapping span; app/globals.css gives it white-space: nowrap. */
export const NOBREAK_CLASS = 'nobreak';

function split(text: string): ElementContent[] | null {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMERIC_RUN)) {
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push({ type: 'element', tagName: 'span', properties: { className: [NOBREAK_CLASS] }, children: [{ type: 'text', value: match[0] }] });
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return null;
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

export function rehypeNoBreakNumbers() {
  return (tree: HastRoot) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIPPED.has((node as Element).tagName)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const parts = split((node as Text).value);
      if (!parts) return undefined;
      (parent.children as ElementContent[]).splice(index, 1, ...parts);
      // Continue after the inserted nodes: the spans' own text must not be visited again.
      return [SKIP, index + parts.length];
    });
  };
}
