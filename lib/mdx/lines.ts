/**
 * Line selections of a slide's `<Show lines="4-18" highlight="9,12-13">`: parsing (build errors name the
 * attribute) and applying them to code. Pure: no DOM, no fs. Line numbers are those of the whole block.
 */

export interface LineRange {
  /** 1-based, inclusive. */
  from: number;
  to: number;
}

export class LineSelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LineSelectionError';
  }
}

function range(part: string, attribute: string, total: number): LineRange {
  const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
  if (!match) throw new LineSelectionError(`${attribute}="${part}" must be a line number or a range like 4-18`);
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from < 1 || to < from) throw new LineSelectionError(`${attribute}="${part}" must count up from line 1`);
  if (to > total) throw new LineSelectionError(`${attribute}="${part}" goes past the block's last line (${total})`);
  return { from, to };
}

/** `lines="a-b"`: the one range of the block a slide shows; the whole block when absent. */
export function parseShownLines(value: string | undefined, total: number): LineRange {
  if (value === undefined || value.trim() === '') return { from: 1, to: total };
  if (value.includes(',')) throw new LineSelectionError(`lines="${value}" takes one range: show one continuous excerpt per <Show>`);
  return range(value, 'lines', total);
}

/** `highlight="3,5-7"`: the set of highlighted lines, each inside `shown`. */
export function parseHighlight(value: string | undefined, shown: LineRange): Set<number> {
  const lines = new Set<number>();
  if (value === undefined || value.trim() === '') return lines;
  for (const part of value.split(',')) {
    const { from, to } = range(part, 'highlight', shown.to);
    if (from < shown.from) throw new LineSelectionError(`highlight="${value}" marks line ${from}, which lines="${shown.from}-${shown.to}" does not show`);
    for (let line = from; line <= to; line++) lines.add(line);
  }
  return lines;
}

/** The lines `shown` of `code` (joined with \n). */
export function excerpt(code: string, shown: LineRange): string {
  return code
    .split('\n')
    .slice(shown.from - 1, shown.to)
    .join('\n');
}

export function lineCount(code: string): number {
  return code.split('\n').length;
}
