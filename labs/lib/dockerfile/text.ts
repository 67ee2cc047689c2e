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
    const off = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    const k = this.last;
    if (starts[k] <= off && (k + 1 === starts.length || off < starts[k + 1])) return { line: k + 1, column: off - starts[k] + 1 };
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return { line: lo + 1, column: off - starts[lo] + 1 };
  }

  /** 0-based offset of a 0-based line and character (the LSP convention of dockerfile-ast). */
  offsetOf(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[Math.max(0, line)] + character, this.text.length);
  }

  /** Range of [start, end); an empty span becomes one character wide so that it stays visible. */
  range(start: number, end: number): Range {
    const a = this.pos(start);
    const b = this.pos(Math.max(start, end));
    if (b.line === a.line && b.column <= a.column) return { line: a.line, column: a.column, endLine: a.line, endColumn: a.column + 1 };
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** A string derived from the source, with the source offset of each character. */
export interface Logical {
  text: string;
  /** map[i] = source offset of text[i]; map[text.length] = source offset just after the last character. */
  map: number[];
  /** Source offset just after text[i], when a character stands for several source characters (JSON escapes). */
  ends?: number[];
}

export function emptyLogical(at: number): Logical {
  return { text: '', map: [at] };
}

/** Source span [start, end) of logical characters [from, to). */
export function sourceSpan(l: Logical, from: number, to: number): [number, number] {
  const a = l.map[Math.max(0, Math.min(from, l.text.length))];
  if (to <= from) return [a, a];
  const i = Math.min(to, l.text.length) - 1;
  return [a, l.ends ? l.ends[i] : l.map[i] + 1];
}

export function sliceLogical(l: Logical, from: number, to: number): Logical {
  const f = Math.max(0, Math.min(from, l.text.length));
  const t = Math.max(f, Math.min(to, l.text.length));
  const map = l.map.slice(f, t);
  const ends = l.ends?.slice(f, t);
  map.push(t > f ? (l.ends ? l.ends[t - 1] : l.map[t - 1] + 1) : l.map[f]);
  return ends ? { text: l.text.slice(f, t), map, ends } : { text: l.text.slice(f, t), map };
}

const isBlank = (c: string) => c === ' ' || c === '\t';

const SPACE = /\s/;
/** `/\s/.test(c)` without a regex call for ASCII. */
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(c);
}

/**
 * The arguments of one instruction as BuildKit sees them: `escape` + optional blanks + newline joins
 * lines, and empty or comment-only lines inside a continuation are dropped. After the first
 * unescaped newline (only heredoc bodies follow it) the text is kept verbatim.
 */
export function joinContinuations(text: string, start: number, end: number, escape: string): Logical {
  let out = '';
  const map: number[] = [];
  // Runs of kept characters are copied whole; after the first newline everything is kept.
  let run = start;
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '\n') break;
    if (c === escape) {
      let j = i + 1;
      while (j < end && isBlank(text[j])) j++;
      if (j < end && text[j] === '\n') {
        out += text.slice(run, i);
        for (let k = run; k < i; k++) map.push(k);
        i = run = skipEmptyAndCommentLines(text, j + 1, end);
        continue;
      }
    }
    i++;
  }
  out += text.slice(run, end);
  for (let k = run; k < end; k++) map.push(k);
  map.push(map.length ? map[map.length - 1] + 1 : start);
  return { text: out, map };
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
  const tokens: Token[] = [];
  let i = from;
  while (i < s.length) {
    while (i < s.length && isSpace(s[i])) i++;
    if (i >= s.length) break;
    const start = i;
    let quote: string | null = null;
    while (i < s.length) {
      const c = s[i];
      if (quote) {
        if (c === escape && quote === '"' && i + 1 < s.length) i += 2;
        else {
          if (c === quote) quote = null;
          i++;
        }
        continue;
      }
      if (isSpace(c)) break;
      if (c === escape && i + 1 < s.length) {
        i += 2;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      i++;
    }
    const raw = s.slice(start, i);
    const u = unquote(raw, escape);
    tokens.push({ raw, value: u.value, dynamic: u.dynamic, start, end: i });
  }
  return tokens;
}

export function unquote(raw: string, escape = '\\'): { value: string; dynamic: boolean } {
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
      if (quote === '"' && !['"', escape, '$'].includes(n)) value += c;
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
