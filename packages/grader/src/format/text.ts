/**
 * Human-readable output: findings grouped by file, each with `file:line:col`, severity,
 * Korean message, rule id and a code frame underlining the range, then a summary line.
 */
import type { Finding, GradeResult, Severity, SourceFile } from '../types';
import { sourceFor, splitSourceLines, summarize } from './summary';

export interface TextFormatOptions {
  /** Source texts (as given to `grade`), for code frames. Without them no frame is printed. */
  sources?: readonly SourceFile[];
  /** ANSI colors. Default false. */
  color?: boolean;
}

const LABEL: Record<Severity, string> = { error: '오류', warning: '경고', info: '정보' };
const COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
/** Frame lines shown per finding at most. */
const MAX_FRAME_LINES = 3;
/** Display width of the code shown on one frame line. */
const MAX_WIDTH = 100;
/** Lines longer than this (UTF-16 units) are cut around the range before they are measured. */
const LONG_LINE = 400;

export function formatText(result: GradeResult, options: TextFormatOptions = {}): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  result.results.forEach((r, index) => {
    if (r.findings.length === 0) return;
    const lines = (() => {
      const src = sourceFor(options.sources, r.file, index);
      return src === undefined ? null : splitSourceLines(src, r.language);
    })();
    out.push(paint('1', r.file));
    for (const f of r.findings) {
      const dim = (s: string) => (f.suppressed ? paint('2', s) : s);
      const where = `${r.file}:${f.line}:${f.column}`;
      const sev = f.suppressed ? LABEL[f.severity] : paint(COLOR[f.severity], LABEL[f.severity]);
      const tag = f.suppressed ? ` (무시됨${f.suppressed.kind === 'inline' && f.suppressed.line ? `: ${f.suppressed.line}번째 줄 주석` : ': 옵션'})` : '';
      out.push(dim(`  ${where}  ${sev}  ${clean(f.message)}  [${f.ruleId}]${tag}`));
      if (lines && !f.suppressed) out.push(...codeFrame(lines, f).map((l) => `    ${l}`));
    }
    out.push('');
  });
  out.push(summaryLine(result, paint));
  return `${out.join('\n')}\n`;
}

function summaryLine(result: GradeResult, paint: (code: string, s: string) => string): string {
  const s = summarize(result);
  const total = s.error + s.warning + s.info;
  const files = `파일 ${s.files}개 검사`;
  const suppressed = s.suppressed > 0 ? `, 무시됨 ${s.suppressed}` : '';
  if (total === 0) return paint('32', `✔ 문제 없음${suppressed} (${files})`);
  const mark = s.error > 0 ? paint('31', '✖') : paint('33', '⚠');
  return `${mark} 문제 ${total}개: 오류 ${s.error}, 경고 ${s.warning}, 정보 ${s.info}${suppressed} (${files})`;
}

/** Replaces control characters so input bytes cannot drive the terminal. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

/** Terminal width of one code point: 2 for Hangul, CJK and full-width forms, else 1. */
function cellWidth(cp: number): number {
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x1f300
  ) {
    return 2;
  }
  return 1;
}

interface Cell {
  /** Text printed for this UTF-16 unit (may be '' for the second half of a surrogate pair). */
  text: string;
  width: number;
}

/** One display cell per UTF-16 code unit, so 1-based columns index it directly. */
function cells(line: string): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      const cp = line.codePointAt(i)!;
      out.push({ text: String.fromCodePoint(cp), width: cellWidth(cp) }, { text: '', width: 0 });
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) out.push({ text: '?', width: 1 });
    else if (code === 9) out.push({ text: '    ', width: 4 });
    else if (code < 32 || (code >= 0x7f && code <= 0x9f)) out.push({ text: '?', width: 1 });
    else out.push({ text: line[i]!, width: cellWidth(code) });
  }
  return out;
}

/** Source lines of the finding with `>` markers and a `^` underline under the range. */
export function codeFrame(lines: readonly string[], f: Finding): string[] {
  const last = Math.min(f.endLine, f.line + MAX_FRAME_LINES - 1, lines.length);
  if (f.line > lines.length) return [];
  // Nothing worth showing when every line of the range is blank (empty files, a range at the end).
  if (lines.slice(f.line - 1, last).every((l) => l.trim() === '')) return [];
  const gutter = String(last).length;
  const out: string[] = [];
  for (let n = f.line; n <= last; n++) {
    const full = lines[n - 1] ?? '';
    // 0-based UTF-16 offsets of the underlined part of this line.
    const fromAbs = n === f.line ? Math.min(f.column - 1, full.length) : firstNonSpace(full);
    const toAbs = n === f.endLine ? Math.min(f.endColumn - 1, full.length) : full.length;
    // Very long lines (minified or generated input) are cut around the range before measuring.
    const offset = full.length > LONG_LINE ? Math.max(0, fromAbs - 40) : 0;
    const line = full.slice(offset, offset + LONG_LINE);
    const cs = cells(line);
    const from = fromAbs - offset;
    const to = Math.max(from + 1, Math.min(toAbs - offset, cs.length));
    const [start, end] = window(cs, from);
    const before = offset > 0 || start > 0;
    const after = offset + end < full.length;
    const shown =
      (before ? '…' : '') +
      cs
        .slice(start, end)
        .map((c) => c.text)
        .join('') +
      (after ? '…' : '');
    const pad = (before ? 1 : 0) + widthOf(cs, start, Math.max(start, from));
    const carets = Math.max(1, widthOf(cs, Math.max(start, from), Math.min(to, end)));
    out.push(`> ${String(n).padStart(gutter)} | ${shown}`.trimEnd());
    out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(pad)}${'^'.repeat(carets)}`);
  }
  if (f.endLine > last && last >= f.line && last < lines.length) out.push(`  ${' '.repeat(gutter)} | …`);
  return out;
}

function firstNonSpace(line: string): number {
  const m = /\S/.exec(line);
  return m ? m.index : 0;
}

function widthOf(cs: readonly Cell[], from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to && i < cs.length; i++) w += cs[i]!.width;
  return w;
}

/** The cell window [start, end) to print: the whole line when short, else around `focus`. */
function window(cs: readonly Cell[], focus: number): [number, number] {
  if (widthOf(cs, 0, cs.length) <= MAX_WIDTH) return [0, cs.length];
  let start = Math.max(0, focus - 20);
  if (start > 0 && cs[start]?.text === '') start--;
  let end = start;
  let w = 0;
  while (end < cs.length && w + cs[end]!.width <= MAX_WIDTH) w += cs[end++]!.width;
  return [start, end];
}
