/**
 * Rule selection and suppression: id patterns with `*` globs, and inline ignore comments
 * (`# w7-ignore <patterns> [-- reason]`, `# w7-ignore-file <patterns> [-- reason]`).
 */
import type { FileLanguage, Range } from './types';

/** Characters allowed in a rule id pattern. */
const PATTERN_CHARS = /^[A-Za-z0-9_.\-/*]+$/;

export function isValidPattern(pattern: string): boolean {
  return PATTERN_CHARS.test(pattern);
}

const compiled = new Map<string, RegExp>();

/** `*` matches any run of characters (including `/`); everything else is literal. */
export function patternToRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`);
    compiled.set(pattern, re);
  }
  return re;
}

export function matchesPattern(id: string, pattern: string): boolean {
  return patternToRegExp(pattern).test(id);
}

export function matchesAny(id: string, patterns: readonly string[]): boolean {
  for (const p of patterns) if (matchesPattern(id, p)) return true;
  return false;
}

/** Splits option values like `docker/*,k8s/image-tag` into patterns. */
export function splitPatterns(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(/[\s,]+/)).filter((p) => p !== '');
}

export interface IgnoreComment {
  /** `w7-ignore-file` (whole file) or `w7-ignore` (the next line / YAML node). */
  fileWide: boolean;
  patterns: string[];
  reason?: string;
}

const IGNORE_RE = /^\s*#\s*w7-ignore(-file)?(?=\s|$)(.*)$/;

/** Parses one line; null when it is not an ignore comment. */
export function parseIgnoreComment(line: string): IgnoreComment | null {
  const m = IGNORE_RE.exec(line);
  if (!m) return null;
  const rest = m[2] ?? '';
  const sep = rest.search(/(?:^|\s)--(?:\s|$)/);
  const list = sep >= 0 ? rest.slice(0, sep) : rest;
  const reason =
    sep >= 0
      ? rest
          .slice(sep)
          .replace(/^\s*--/, '')
          .trim()
      : '';
  const out: IgnoreComment = { fileWide: m[1] !== undefined, patterns: splitPatterns([list]) };
  if (reason !== '') out.reason = reason;
  return out;
}

export interface IgnoreDirective extends IgnoreComment {
  /** 1-based line of the comment. */
  line: number;
  /** Range of the comment text, for diagnostics about the comment itself. */
  range: Range;
  /** 1-based inclusive line span whose findings it covers (the whole file for `w7-ignore-file`). */
  fromLine: number;
  toLine: number;
}

/**
 * Source lines without terminators, split the way the file's parser counts lines:
 * the Dockerfile parser also breaks at a lone CR, YAML only at LF (CRLF included).
 */
export function splitSourceLines(text: string, language: FileLanguage): string[] {
  if (language === 'dockerfile') return text.split(/\r\n|\r|\n/);
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

const isBlankOrComment = (line: string) => /^\s*(?:#.*)?$/.test(line);
const indentOf = (line: string) => /^ */.exec(line)![0].length;

/**
 * Last line (0-based) of the YAML node that begins on line `start`: following lines that are
 * more indented, plus a block sequence written at the same indentation under a `key:` line.
 * Stops at document markers. Blank and comment lines do not end the node.
 */
function yamlNodeEnd(lines: readonly string[], start: number): number {
  const first = lines[start]!;
  const indent = indentOf(first);
  const rest = first.slice(indent);
  const isSeqItem = /^-(?:\s|$)/.test(rest);
  let end = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (isBlankOrComment(line)) continue;
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(line)) break;
    const ind = indentOf(line);
    if (ind > indent || (ind === indent && !isSeqItem && /^-(?:\s|$)/.test(line.slice(ind)))) {
      end = j;
      continue;
    }
    break;
  }
  return end;
}

/** Finds the ignore comments of a file and the lines each one covers. */
export function scanIgnores(text: string, language: FileLanguage): IgnoreDirective[] {
  if (!text.includes('w7-ignore')) return [];
  const lines = splitSourceLines(text, language);
  const out: IgnoreDirective[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('w7-ignore')) continue;
    const c = parseIgnoreComment(line);
    if (!c) continue;
    const col = line.indexOf('#') + 1;
    const range: Range = { line: i + 1, column: col, endLine: i + 1, endColumn: line.trimEnd().length + 1 };
    let fromLine = 1;
    let toLine = lines.length;
    if (!c.fileWide) {
      let target = i + 1;
      while (target < lines.length && isBlankOrComment(lines[target]!)) target++;
      if (target >= lines.length) {
        fromLine = 0;
        toLine = -1;
      } else {
        fromLine = target + 1;
        toLine = (language === 'yaml' ? yamlNodeEnd(lines, target) : target) + 1;
      }
    }
    out.push({ ...c, line: i + 1, range, fromLine, toLine });
  }
  return out;
}
