/**
 * Source positions for the Dockerfile model: offsets in the normalized text (BOM removed,
 * CRLF and lone CR turned into LF, which keeps every line and column of the original) and
 * "logical" strings (an instruction with its line continuations removed) that remember,
 * character by character, where they came from.
 */
import type { Range } from '../types';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Line index of the last lookup: ranges are mostly asked for in source order. */
  private last = 0;

  /** 1-based line and column of a 0-based offset (clamped to the text). */
  pos(offset: number): { line: number; column: number } {
    const off = this.clamp(offset);
    const k = this.lineAt(off);
    return { line: k + 1, column: off - this.starts[k] + 1 };
  }

  private clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length));
  }

  /** 0-based line of a clamped offset. */
  private lineAt(off: number): number {
    const starts = this.starts;
    const k = this.last;
    if (starts[k] <= off) {
      if (k + 1 === starts.length || off < starts[k + 1]) return k;
      // The next line: ranges are mostly asked for in source order.
      if (k + 2 === starts.length || off < starts[k + 2]) {
        this.last = k + 1;
        return k + 1;
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo;
  }

  /** Range of [start, end); an empty span becomes one character wide so that it stays visible. */
  range(start: number, end: number): Range {
    const a = this.clamp(start);
    const b = this.clamp(Math.max(start, end));
    const la = this.lineAt(a);
    const column = a - this.starts[la] + 1;
    const lb = this.lineAt(b);
    const endColumn = b - this.starts[lb] + 1;
    if (lb === la && endColumn <= column) return { line: la + 1, column, endLine: la + 1, endColumn: column + 1 };
    return { line: la + 1, column, endLine: lb + 1, endColumn };
  }
}

/**
 * A string derived from the source, with the source offset of each character: either listed in `map`,
 * or, for a contiguous piece of the source (most instructions have no continuation), `base` + index.
 */
export type Logical = MappedLogical | ContiguousLogical;

interface MappedLogical {
  text: string;
  /** map[i] = source offset of text[i]; map[text.length] = source offset just after the last character. */
  map: number[];
  /** Source offset just after text[i], when a character stands for several source characters (JSON escapes). */
  ends?: number[];
}

interface ContiguousLogical {
  text: string;
  map?: undefined;
  ends?: undefined;
  /** Source offset of text[0]: text[i] is at base + i. */
  base: number;
}

/** Source offset of logical character i (0 <= i <= text.length). */
export function sourceAt(l: Logical, i: number): number {
  return l.map ? l.map[i] : l.base + i;
}

export function emptyLogical(at: number): Logical {
  return { text: '', base: at };
}

/** Source span [start, end) of logical characters [from, to). */
export function sourceSpan(l: Logical, from: number, to: number): [number, number] {
  const a = sourceAt(l, Math.max(0, Math.min(from, l.text.length)));
  if (to <= from) return [a, a];
  const i = Math.min(to, l.text.length) - 1;
  return [a, l.ends ? l.ends[i] : sourceAt(l, i) + 1];
}

/** 1-based range of the source span of logical characters [from, to) (`sourceSpan` + `LineIndex.range`). */
export function logicalRange(l: Logical, from: number, to: number, lines: LineIndex): Range {
  const a = sourceAt(l, Math.max(0, Math.min(from, l.text.length)));
  if (to <= from) return lines.range(a, a);
  const i = Math.min(to, l.text.length) - 1;
  return lines.range(a, l.ends ? l.ends[i] : sourceAt(l, i) + 1);
}

export function sliceLogical(l: Logical, from: number, to: number): Logical {
  const f = Math.max(0, Math.min(from, l.text.length));
  const t = Math.max(f, Math.min(to, l.text.length));
  if (!l.map) return { text: l.text.slice(f, t), base: l.base + f };
  const map = l.map.slice(f, t);
  const ends = l.ends?.slice(f, t);
  map.push(t > f ? (l.ends ? l.ends[t - 1] : l.map[t - 1] + 1) : l.map[f]);
  return ends ? { text: l.text.slice(f, t), map, ends } : { text: l.text.slice(f, t), map };
}

const isBlank = (c: string) => c === ' ' || c === '\t';

const SPACE = /\s/;
/**
 * The arguments of one instruction as BuildKit sees them: `escape` + optional blanks + newline joins
 * lines, and empty or comment-only lines inside a continuation are dropped. After the first
 * unescaped newline (only heredoc bodies follow it) the text is kept verbatim.
 */
export function joinContinuations(text: string, start: number, end: number, escape: string): Logical {
  let out = '';
  let map: number[] | null = null;
  // Runs of kept characters are copied whole; after the first newline everything is kept.
  let run = start;
  let i = start;
  // Only escape characters before the first newline matter: jump from one to the next.
  let nl = lineEnd(text, i, end);
  for (;;) {
    const e = text.indexOf(escape, i);
    if (e === -1 || e >= nl) break;
    let j = e + 1;
    while (j < end && isBlank(text[j])) j++;
    if (j < end && text[j] === '\n') {
      out += text.slice(run, e);
      map ??= [];
      for (let k = run; k < e; k++) map.push(k);
      i = run = skipEmptyAndCommentLines(text, j + 1, end);
      nl = lineEnd(text, i, end);
      continue;
    }
    i = e + 1;
  }
  // Nothing joined: the text is a plain slice of the source.
  if (!map) return { text: text.slice(start, end), base: start };
  out += text.slice(run, end);
  for (let k = run; k < end; k++) map.push(k);
  map.push(map.length ? map[map.length - 1] + 1 : start);
  return { text: out, map };
}

/** Offset of the first newline in [from, end), or end. */
function lineEnd(text: string, from: number, end: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 || nl > end ? end : nl;
}

function skipEmptyAndCommentLines(text: string, from: number, end: number): number {
  let i = from;
  for (;;) {
    let j = i;
    while (j < end && isBlank(text[j])) j++;
    if (j < end && text[j] === '\n') {
      i = j + 1;
      continue;
    }
    if (j < end && text[j] === '#') {
      const nl = text.indexOf('\n', j);
      if (nl === -1 || nl >= end) return end;
      i = nl + 1;
      continue;
    }
    return i;
  }
}

export interface Token {
  /** As written (quotes kept). */
  raw: string;
  /** Quotes removed and escapes applied; `$VAR` references are kept as written. */
  value: string;
  /** Contains a `$` expansion outside single quotes. */
  dynamic: boolean;
  /** Logical offsets [start, end). */
  start: number;
  end: number;
}

/** Splits on blanks outside quotes (BuildKit's parseWords), then unquotes each word like its shell lexer. */
export function splitWords(l: Logical, from = 0, escape = '\\'): Token[] {
  const s = l.text;
  const n = s.length;
  const esc = escape.charCodeAt(0);
  const tokens: Token[] = [];
  let i = from;
  while (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    // 0: outside quotes, else the char code of the open quote.
    let quote = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (quote !== 0) {
        if (c === esc && quote === DQ && i + 1 < n) i += 2;
        else {
          if (c === quote) quote = 0;
          i++;
        }
        continue;
      }
      if (isSpaceCode(c)) break;
      if (c === esc && i + 1 < n) {
        i += 2;
        continue;
      }
      if (c === DQ || c === SQ) quote = c;
      i++;
    }
    const raw = s.slice(start, i);
    const u = unquote(raw, escape);
    tokens.push({ raw, value: u.value, dynamic: u.dynamic, start, end: i });
  }
  return tokens;
}

const DQ = 34;
const SQ = 39;

/** `/\s/` for one character code, without a regex call for ASCII. */
function isSpaceCode(code: number): boolean {
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(String.fromCharCode(code));
}

export function unquote(raw: string, escape = '\\'): { value: string; dynamic: boolean } {
  // Most words have no quotes or escapes: the value is the word itself.
  if (raw.indexOf(escape) === -1 && raw.indexOf('"') === -1 && raw.indexOf("'") === -1) return { value: raw, dynamic: raw.includes('$') };
  let value = '';
  let dynamic = false;
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else value += c;
      continue;
    }
    if (c === escape && i + 1 < raw.length) {
      const n = raw[i + 1];
      if (quote === '"' && n !== '"' && n !== escape && n !== '$') value += c;
      value += n;
      i++;
      continue;
    }
    if (quote === '"' && c === '"') {
      quote = null;
      continue;
    }
    if (!quote && (c === '"' || c === "'")) {
      quote = c;
      continue;
    }
    if (c === '$') dynamic = true;
    value += c;
  }
  return { value, dynamic };
}
