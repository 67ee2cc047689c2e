/**
 * Reading one instruction the way BuildKit reads it: arguments with continuations joined, words, flags,
 * KEY=value pairs, JSON (exec form) arrays. Pure; positions come from the scanner's offsets.
 */
import type { ScannedInstruction } from './scan';
import { emptyLogical, joinContinuations, type LineIndex, logicalRange, sliceLogical, splitWords, unquote, type Logical, type Token } from './text';
import type { Flag, Instruction, KeyValue, Word } from './types';

/** The flags each instruction accepts (BuildKit's). */
export const FLAGS: Record<string, string[]> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security', 'device'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'exclude', 'unpack'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};
/** Instructions that have an exec (JSON array) form. */
const JSON_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);
/** The instruction's text after the keyword, continuations joined. */
export function argLogical(node: ScannedInstruction, text: string, escape: string): Logical {
  if (node.end <= node.keywordEnd) return emptyLogical(node.keywordEnd);
  return joinContinuations(text, node.keywordEnd, node.end, escape);
}

function tokenWord(l: Logical, t: Token, lines: LineIndex): Word {
  return { raw: t.raw, value: t.value, dynamic: t.dynamic, range: logicalRange(l, t.start, t.end, lines) };
}

const form = (json: unknown[] | null): 'exec' | 'shell' => (json ? 'exec' : 'shell');

/** An instruction with its argument text (`l`), the first line of it (`head`) and that line's words. */
export interface ReadInstruction {
  ins: Instruction;
  l: Logical;
  head: Logical;
  tokens: Token[];
}

export function readInstruction(node: ScannedInstruction, text: string, lines: LineIndex, escape: string, stage: number): ReadInstruction {
  const l = argLogical(node, text, escape);
  // The first line only: heredoc bodies (after the first newline) are not arguments.
  const nl = l.text.indexOf('\n');
  const head = nl === -1 ? l : sliceLogical(l, 0, nl);
  const tokens = splitWords(head, 0, escape);
  return { ins: toInstruction(node, l, head, tokens, lines, escape, stage), l, head, tokens };
}

function toInstruction(node: ScannedInstruction, l: Logical, head: Logical, tokens: Token[], lines: LineIndex, escape: string, stage: number): Instruction {
  const keyword = node.instruction.toUpperCase();
  const flags: Flag[] = [];
  let i = 0;
  if (FLAGS[keyword]) {
    while (i < tokens.length && tokens[i].raw.startsWith('--') && tokens[i].raw.length > 2) {
      const t = tokens[i];
      const eq = t.value.indexOf('=');
      flags.push({
        name: eq === -1 ? t.value.slice(2) : t.value.slice(2, eq),
        value: eq === -1 ? null : t.value.slice(eq + 1),
        range: logicalRange(head, t.start, t.end, lines),
      });
      i++;
    }
  }
  const rest = i === 0 ? tokens : tokens.slice(i);
  const restStart = rest.length ? rest[0].start : head.text.length;
  const range = lines.range(node.start, node.end);
  const keywordRange = lines.range(node.start, node.keywordEnd);
  const argsFrom = firstNonSpace(l.text);
  const argsRange = argsFrom < l.text.length ? logicalRange(l, argsFrom, lastNonSpace(l.text) + 1, lines) : null;
  const args = rest.map((t) => tokenWord(head, t, lines));
  // Exec form starts with `[` (the first word starts at restStart); other text needs no JSON reading.
  const restLogical = JSON_FORM.has(keyword) && head.text[restStart] === '[' ? sliceLogical(head, restStart, head.text.length) : null;
  const json = restLogical ? readJsonArray(restLogical) : null;
  const jsonWords =
    json && restLogical ? json.map((j) => ({ raw: j.raw, value: j.value, dynamic: false, range: logicalRange(restLogical, j.start, j.end, lines) })) : null;

  // One object literal per kind, with the common fields first: no copying and few object shapes.
  switch (keyword) {
    case 'FROM':
      return { keyword, range, keywordRange, argsRange, args, flags, stage, kind: 'from' };
    case 'RUN':
      return {
        keyword,
        range,
        keywordRange,
        argsRange,
        args: jsonWords ?? args,
        flags,
        stage,
        kind: 'run',
        form: form(json),
        heredoc: false,
        script: null,
        commands: [],
        pipelines: [],
      };
    case 'CMD':
    case 'ENTRYPOINT':
      return {
        keyword,
        range,
        keywordRange,
        argsRange,
        args: jsonWords ?? args,
        flags,
        stage,
        kind: keyword === 'CMD' ? 'cmd' : 'entrypoint',
        form: form(json),
      };
    case 'COPY':
    case 'ADD': {
      const words = jsonWords ?? args;
      const sources = words.slice(0, -1).filter((w) => !/^<<-?["']?[A-Za-z_]/.test(w.raw));
      return {
        keyword,
        range,
        keywordRange,
        argsRange,
        args: words,
        flags,
        stage,
        kind: keyword === 'COPY' ? 'copy' : 'add',
        form: form(json),
        sources,
        dest: words.length > 1 ? words[words.length - 1] : null,
      };
    }
    case 'ENV':
    case 'ARG':
      return {
        keyword,
        range,
        keywordRange,
        argsRange,
        args,
        flags,
        stage,
        kind: keyword === 'ENV' ? 'env' : 'arg',
        pairs: readPairs(keyword, head, tokens, lines, escape),
      };
    case 'USER': {
      // BuildKit reads the whole rest of the line as one value (parseString), quotes removed.
      const from = rest.length ? rest[0].start : head.text.length;
      const to = head.text.trimEnd().length;
      const v = unquote(head.text.slice(from, to), escape).value;
      const colon = v.indexOf(':');
      return {
        keyword,
        range,
        keywordRange,
        argsRange,
        args,
        flags,
        stage,
        kind: 'user',
        user: colon === -1 ? v : v.slice(0, colon),
        group: colon === -1 ? null : v.slice(colon + 1),
        value: v,
        valueRange: to > from ? logicalRange(head, from, to, lines) : keywordRange,
      };
    }
    default:
      return { keyword, range, keywordRange, argsRange, args, flags, stage, kind: 'other' };
  }
}

/** Index of the first character that `String.prototype.trim` keeps (the length when none). */
function firstNonSpace(t: string): number {
  let i = 0;
  while (i < t.length && isTrimmed(t.charCodeAt(i))) i++;
  return i;
}

/** Index of the last character that `String.prototype.trim` keeps (-1 when none). */
function lastNonSpace(t: string): number {
  let i = t.length - 1;
  while (i >= 0 && isTrimmed(t.charCodeAt(i))) i--;
  return i;
}

/** Whitespace and line terminators as `trim` removes them. */
function isTrimmed(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** ENV/ARG pairs. ENV `key value` (legacy, one pair) or `k=v k2="v 2"`; ARG `name` or `name=default`, several allowed. */
function readPairs(keyword: string, head: Logical, tokens: readonly Token[], lines: LineIndex, escape: string): KeyValue[] {
  // ENV and ARG take no flags: `tokens` are all the words of the first line.
  if (tokens.length === 0) return [];
  if (keyword === 'ENV' && !tokens[0].raw.includes('=')) {
    const key = tokens[0];
    const valueStart = tokens.length > 1 ? tokens[1].start : key.end;
    const valueEnd = head.text.trimEnd().length;
    const rawValue = head.text.slice(valueStart, valueEnd);
    const u = unquote(rawValue, escape);
    return [
      {
        key: key.value,
        value: tokens.length > 1 ? u.value : null,
        dynamic: u.dynamic,
        keyRange: logicalRange(head, key.start, key.end, lines),
        valueRange: tokens.length > 1 ? logicalRange(head, valueStart, valueEnd, lines) : null,
        range: logicalRange(head, key.start, Math.max(key.end, valueEnd), lines),
      },
    ];
  }
  return tokens.map((t) => {
    const eq = t.raw.indexOf('=');
    const keyEnd = eq === -1 ? t.end : t.start + eq;
    const key = unquote(head.text.slice(t.start, keyEnd), escape).value;
    if (eq === -1) {
      return {
        key,
        value: null,
        dynamic: false,
        keyRange: logicalRange(head, t.start, t.end, lines),
        valueRange: null,
        range: logicalRange(head, t.start, t.end, lines),
      };
    }
    const u = unquote(t.raw.slice(eq + 1), escape);
    return {
      key,
      value: u.value,
      dynamic: u.dynamic,
      keyRange: logicalRange(head, t.start, keyEnd, lines),
      valueRange: logicalRange(head, keyEnd + 1, t.end, lines),
      range: logicalRange(head, t.start, t.end, lines),
    };
  });
}

interface JsonString {
  raw: string;
  value: string;
  /** Logical offsets of the string token (quotes included). */
  start: number;
  end: number;
  /** Logical offset of each character of `value` (for scripts inside `["sh", "-c", "..."]`). */
  map: number[];
  /** Logical offset of the last source character of each character of `value` (escapes are longer). */
  last: number[];
}

/** A JSON array of strings (exec form), or null when the text is not one (BuildKit then uses shell form). */
export function readJsonArray(l: Logical): JsonString[] | null {
  const s = l.text;
  let i = 0;
  const ws = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  ws();
  if (s[i] !== '[') return null;
  i++;
  ws();
  const out: JsonString[] = [];
  if (s[i] === ']') {
    i++;
    ws();
    return i === s.length ? out : null;
  }
  for (;;) {
    ws();
    if (s[i] !== '"') return null;
    const start = i;
    i++;
    let value = '';
    const map: number[] = [];
    const last: number[] = [];
    for (;;) {
      if (i >= s.length) return null;
      const c = s[i];
      if (c === '"') break;
      if (c === '\\') {
        const n = s[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (n !== undefined && n in simple) {
          value += simple[n];
          map.push(i);
          last.push(i + 1);
          i += 2;
          continue;
        }
        if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
          value += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
          map.push(i);
          last.push(i + 5);
          i += 6;
          continue;
        }
        return null;
      }
      if (c.charCodeAt(0) < 0x20) return null;
      value += c;
      map.push(i);
      last.push(i);
      i++;
    }
    i++;
    map.push(i - 1);
    out.push({ raw: s.slice(start, i), value, start, end: i, map, last });
    ws();
    if (s[i] === ',') {
      i++;
      continue;
    }
    if (s[i] === ']') {
      i++;
      ws();
      return i === s.length ? out : null;
    }
    return null;
  }
}
