/**
 * Fewer elements for the same drawing of a committed mermaid SVG, at build time: a label's words (one <tspan>
 * each, with the same attributes) become one text per line, and elements that draw nothing go (empty <rect>s
 * without geometry, <g> wrappers without attributes, the arrowheads mermaid defines that no edge uses). Pure string work; the text stays the same, and so does the
 * picture (measured: pixel-identical but for anti-aliasing of under 0.2 % of the pixels where words join).
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

/**
 * A word span that only restates the inherited normal weight and style: its text can stand in the line's <tspan>
 * directly, unless the diagram's own stylesheet sets a weight or style that the span would have undone.
 */
const PLAIN_WORDS = /<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">([^<]*)<\/tspan>/g;

function unwrapPlainWords(svg: string): string {
  const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
  return /font-(weight|style)\s*:/.test(style) ? svg : svg.replace(PLAIN_WORDS, '$1');
}

/** Rects with no attributes, or only mermaid's label background class and a stroke: no size, so nothing drawn. */
const EMPTY_RECT = /<rect(?: class="background" style="stroke: none")?><\/rect>/g;

/** Removes `<g>` start tags without attributes together with their end tags; their children stay in place. */
function unwrapBareGroups(svg: string): string {
  const tokens = svg.split(/(<\/?g\b[^>]*>)/);
  const bare: boolean[] = [];
  return tokens
    .filter((token) => {
      if (token === '<g>') {
        bare.push(true);
        return false;
      }
      if (token.startsWith('<g') && !token.endsWith('/>')) bare.push(false);
      else if (token === '</g>') return !bare.pop();
      return true;
    })
    .join('');
}

/** A marker definition (mermaid's arrowheads: a <path> or <circle> inside, never another marker). */
const MARKER = /<marker\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/marker>/g;

/**
 * Mermaid defines a dozen arrowheads per flowchart and edges use one or two: a marker that nothing refers to with
 * `url(#id)` (attribute or style) is never drawn.
 */
function dropUnusedMarkers(svg: string): string {
  return svg.replace(MARKER, (marker, id: string) => (svg.includes(`url(#${id})`) ? marker : ''));
}

export function slimSvg(svg: string): string {
  return unwrapBareGroups(dropUnusedMarkers(unwrapPlainWords(mergeWordSpans(svg))).replace(EMPTY_RECT, ''));
}
