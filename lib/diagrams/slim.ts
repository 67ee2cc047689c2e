/**
 * Fewer elements for the same drawing of a committed mermaid SVG, at build time: a label's words (one <tspan>
 * each, with the same attributes) become one text per line, a one-line label is its <text> alone, and elements
 * that draw nothing go (empty <rect>s without geometry, <g> wrappers without attributes or with only classes the
 * diagram's stylesheet never names, the arrowheads and drop shadows mermaid defines that nothing uses). Pure
 * string work; the text stays the same, and so does the picture (measured: pixel-identical but for anti-aliasing
 * of under 0.2 % of the pixels where words join).
 */

/** `<tspan a>x</tspan><tspan a>y</tspan>` -> `<tspan a>xy</tspan>` (same attributes, text only). */
function mergeWordSpans(svg: string): string {
  const pair = /(<tspan\b([^>]*)>)([^<]*)<\/tspan><tspan\2>/g;
  let result = svg;
  for (let previous = ''; previous !== result; ) {
    previous = result;
    result = result.replace(pair, '$1$3');
  }
  return result;
}

/** The diagram's stylesheets (mermaid writes one <style>; a merged light/dark SVG may hold more), as one text. */
function stylesheet(svg: string): string {
  return [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
}

/**
 * A word span that only restates the inherited normal weight and style: its text can stand in the line's <tspan>
 * directly, unless the diagram's own stylesheet sets a weight or style that the span would have undone.
 */
const PLAIN_WORDS = /<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">([^<]*)<\/tspan>/g;

function unwrapPlainWords(svg: string): string {
  const style = stylesheet(svg);
  return /font-(weight|style)\s*:/.test(style) ? svg : svg.replace(PLAIN_WORDS, '$1');
}

/** Rects with no attributes, or only mermaid's label background class and a stroke: no size, so nothing drawn. */
const EMPTY_RECT = /<rect(?: class="background" style="stroke: none")?><\/rect>/g;

/** Whether the stylesheet names `.name` (not as the start of a longer class name). */
function styled(style: string, name: string): boolean {
  return new RegExp(`\\.${name.replace(/[^\w-]/g, '\\$&')}(?![\\w-])`).test(style);
}

/**
 * Removes `<g>` start tags that carry nothing (no attributes, or only classes the stylesheet never names) together
 * with their end tags; their children stay in place.
 */
function unwrapBareGroups(svg: string): string {
  const style = stylesheet(svg);
  const bare = (tag: string) => {
    if (tag === '<g>') return true;
    const classes = /^<g class="([^"]*)">$/.exec(tag)?.[1];
    return classes?.split(/\s+/).every((name) => !name || !styled(style, name)) === true;
  };
  const tokens = svg.split(/(<\/?g\b[^>]*>)/);
  const open: boolean[] = [];
  return tokens
    .filter((token) => {
      if (token.startsWith('<g') && !token.endsWith('/>')) {
        const drop = bare(token);
        open.push(drop);
        return !drop;
      }
      if (token === '</g>') return !open.pop();
      return true;
    })
    .join('');
}

/**
 * `<text y="a" (attrs)><tspan class="text-outer-tspan row" x y dy>line</tspan></text>` -> `<text (attrs) x y dy>line</text>`:
 * a one-line label's line span positions the text by itself (its y replaces the text's), so the text can carry
 * the span's position, unless the stylesheet styles the span's classes.
 */
const ONE_LINE = /<text\b([^>]*)><tspan class="([^"]*)"([^>]*)>([^<]*)<\/tspan><\/text>/g;

function inlineOneLineLabels(svg: string): string {
  const style = stylesheet(svg);
  return svg.replace(ONE_LINE, (label, textAttributes: string, classes: string, position: string, line: string) => {
    if (classes.split(/\s+/).some((name) => name && styled(style, name))) return label;
    const kept = textAttributes.replace(/\s(?:x|y|dx|dy)="[^"]*"/g, '');
    const moved = position.match(/\s[\w-]+="[^"]*"/g) ?? [];
    const names = new Set(moved.map((attribute) => attribute.trim().split('=')[0]));
    const rest = (kept.match(/\s[\w-]+="[^"]*"/g) ?? []).filter((attribute) => !names.has(attribute.trim().split('=')[0]));
    return `<text${rest.join('')}${moved.join('')}>${line}</text>`;
  });
}

/** A marker or filter definition (mermaid's arrowheads and drop shadows; never nested in one another). */
const DEFINITION = /<(marker|filter)\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/\1>/g;

/**
 * Mermaid defines a dozen arrowheads and two drop shadows per flowchart, and edges use one or two arrowheads: a
 * definition that nothing refers to with `url(#id)` (attribute or style) is never drawn. A <defs> left empty goes.
 */
function dropUnusedDefinitions(svg: string): string {
  return svg.replace(DEFINITION, (definition, _kind: string, id: string) => (svg.includes(`url(#${id})`) ? definition : '')).replace(/<defs><\/defs>/g, '');
}

export function slimSvg(svg: string): string {
  return unwrapBareGroups(inlineOneLineLabels(dropUnusedDefinitions(unwrapPlainWords(mergeWordSpans(svg))).replace(EMPTY_RECT, '')));
}
