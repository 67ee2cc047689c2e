/**
 * Limits the engine checks before parsing YAML: size and nesting depth. A cheap scan, so that hostile input
 * (megabytes, thousands of nesting levels) is refused in linear time. Pure.
 */

/**
 * Longer YAML files than this (in UTF-16 code units, about 1 MiB of ASCII) are refused before parsing:
 * Kubernetes stores objects up to about 1.5 MB, and parsing several megabytes takes seconds.
 */
export const MAX_YAML_LENGTH = 1_048_576;

/**
 * Deeper YAML than this is refused before parsing: the YAML composer recurses once per level and
 * overflows the stack at a few hundred levels (in V8 an overflow at the wrong moment can even abort
 * the process). Real manifests, CRD schemas included, stay far below.
 */
export const MAX_YAML_DEPTH = 128;

/**
 * Offset where the nesting depth first exceeds MAX_YAML_DEPTH, or -1. A cheap upper-bound scan:
 * block depth from a stack of indentation levels (plus compact `- `/`? ` indicators on one line),
 * flow depth from `[`/`{` outside quoted scalars and comments. Block scalar bodies are skipped.
 */
export function yamlDepthOffset(text: string): number {
  const indents: number[] = [];
  let flow = 0;
  let blockScalarIndent = -1;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    let i = pos;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const indent = i - pos;
    const blank = i >= end || text[i] === '#' || text[i] === '\r';
    if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
      pos = end + 1;
      continue;
    }
    blockScalarIndent = -1;
    if (!blank && flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      // Compact nested collections on one line: `- - - x`, `- ? x`.
      while (i + 1 < end && (text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        i += 2;
        while (i < end && text.charCodeAt(i) === 32) i++;
        indents.push(i - pos);
        if (indents.length > MAX_YAML_DEPTH) return i;
      }
      if (indents.length > MAX_YAML_DEPTH) return i;
    }
    // Character codes: `#` 35, `"` 34, `'` 39, `[` 91, `{` 123, `]` 93, `}` 125, `|` 124, `>` 62, backslash 92.
    let quote = 0;
    let lastValueStart = -1;
    for (let j = i; j < end; j++) {
      const c = text.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) {
          if (quote === 39 && text.charCodeAt(j + 1) === 39) j++;
          else quote = 0;
        } else if (c === 92 && quote === 34) j++;
        continue;
      }
      if ((c === 35 || c === 34 || c === 39 || c === 124 || c === 62) && atTokenStart(text, j)) {
        if (c === 35) break;
        if (c === 34 || c === 39) {
          quote = c;
          continue;
        }
        if (flow === 0) {
          lastValueStart = j;
          continue;
        }
      }
      if (c === 91 || c === 123) {
        flow++;
        if (indents.length + flow > MAX_YAML_DEPTH) return j;
      } else if ((c === 93 || c === 125) && flow > 0) flow--;
      else if (lastValueStart >= 0 && !isBlockHeaderChar(c)) lastValueStart = -1;
    }
    if (lastValueStart >= 0) blockScalarIndent = indent;
    pos = end + 1;
  }
  return -1;
}

/** After a space, tab, line break, `[`, `{` or `,` (or at the start of the text): where a token can begin. */
function atTokenStart(text: string, j: number): boolean {
  if (j === 0) return true;
  const p = text.charCodeAt(j - 1);
  return p === 32 || p === 9 || p === 10 || p === 91 || p === 123 || p === 44;
}

/** What may follow `|` or `>` on the header line of a block scalar: blanks, indentation digits, chomping `+`/`-`. */
function isBlockHeaderChar(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || (c >= 48 && c <= 57) || c === 43 || c === 45;
}

export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
