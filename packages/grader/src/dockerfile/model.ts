/**
 * Dockerfile model: stages, instructions with 1-based ranges, ENV/ARG pairs, USER values,
 * exec vs shell form, COPY/ADD sources and every RUN script parsed as shell.
 * Instruction boundaries, keywords, directives and heredocs come from `scan.ts` (dockerfile-ast's
 * reading, differentially tested against it); arguments are re-read the way BuildKit reads them.
 * Never throws: problems become positioned `parse/dockerfile-syntax` findings.
 */
import { findingFrom } from '../messages';
import { dockerfileSyntax } from '../rules/parse/dockerfile-syntax';
import type { Finding, MessageData, Range } from '../types';
import { scanDockerfile, type ScannedInstruction } from './scan';
import { MAX_SCRIPT_LENGTH, MAX_SCRIPT_NODES, parseShell, type ShellCommand, type ShellPipeline, type ShellScript } from './shell';
import { emptyLogical, joinContinuations, LineIndex, logicalRange, sliceLogical, sourceAt, sourceSpan, splitWords, unquote, type Logical, type Token } from './text';

export type { ShellCommand, ShellNode, ShellPipeline, ShellScript, ShellWord } from './shell';
export { commandsIn } from './shell';

export interface Word {
  /** As written (quotes kept). */
  raw: string;
  /** Quotes removed and escapes applied; `$VAR` references kept as written. */
  value: string;
  /** Contains a `$` expansion. */
  dynamic: boolean;
  range: Range;
}

/** `--name=value` before the arguments (RUN --mount=..., COPY --from=..., FROM --platform=...). */
export interface Flag {
  name: string;
  /** null for a bare `--link`. */
  value: string | null;
  range: Range;
}

export interface KeyValue {
  key: string;
  /** Unquoted value; null when none was given (`ARG NAME`). */
  value: string | null;
  /** The value contains a `$` expansion. */
  dynamic: boolean;
  keyRange: Range;
  valueRange: Range | null;
  /** The whole `key=value` (or `key value`) pair. */
  range: Range;
}

interface InstructionBase {
  /** Upper-case keyword (`RUN`), also for unknown instructions. */
  keyword: string;
  range: Range;
  keywordRange: Range;
  /** Range of everything after the keyword (flags included), null when there is nothing. */
  argsRange: Range | null;
  /** Whitespace-separated arguments after the flags (for exec form: the JSON strings). */
  args: Word[];
  flags: Flag[];
  /** Index of the stage this instruction belongs to; -1 before the first FROM. */
  stage: number;
}

export interface FromInstruction extends InstructionBase {
  kind: 'from';
}

export interface RunInstruction extends InstructionBase {
  kind: 'run';
  form: 'exec' | 'shell';
  /** The body is a heredoc (`RUN <<EOF`). */
  heredoc: boolean;
  /** The parsed shell script (shell form, heredoc, or exec form `["sh", "-c", "..."]`), null when there is none or it did not parse. */
  script: ShellScript | null;
  /** Every simple command that runs: from the script, or the exec-form command itself. */
  commands: ShellCommand[];
  pipelines: ShellPipeline[];
}

export interface EnvInstruction extends InstructionBase {
  kind: 'env' | 'arg';
  pairs: KeyValue[];
}

export interface UserInstruction extends InstructionBase {
  kind: 'user';
  /** User part (`appuser`, `1000`), unquoted; '' when missing. */
  user: string;
  /** Group part after ':' or null. */
  group: string | null;
  /** The whole value as BuildKit stores it (everything after USER, quotes removed). */
  value: string;
  /** Range of the whole value (`1000:1000`). */
  valueRange: Range;
}

export interface CommandInstruction extends InstructionBase {
  kind: 'cmd' | 'entrypoint';
  form: 'exec' | 'shell';
}

export interface CopyInstruction extends InstructionBase {
  kind: 'copy' | 'add';
  form: 'exec' | 'shell';
  /** Sources (every argument but the last); heredoc sources (`<<EOF`) are left out. */
  sources: Word[];
  dest: Word | null;
}

export interface OtherInstruction extends InstructionBase {
  kind: 'other';
}

export type Instruction = FromInstruction | RunInstruction | EnvInstruction | UserInstruction | CommandInstruction | CopyInstruction | OtherInstruction;

export interface Stage {
  index: number;
  from: FromInstruction;
  /** The image argument as written (`node:24-alpine`, `${BASE}`, `build`). */
  image: string;
  /** After expanding global ARG defaults; null when an ARG has no known value. */
  resolvedImage: string | null;
  /** Repository with registry, without tag or digest (of `resolvedImage`, else of `image`). */
  imageName: string;
  tag: string | null;
  digest: string | null;
  imageRange: Range;
  /** `AS name`, lower-cased as BuildKit does. */
  alias: string | null;
  aliasRange: Range | null;
  platform: string | null;
  /** Index of an earlier stage whose alias this FROM names. */
  baseStage: number | null;
  /** The image contains an ARG reference. */
  argExpanded: boolean;
  isFinal: boolean;
  /** Instructions after FROM, in order. */
  instructions: Instruction[];
  users: UserInstruction[];
}

export interface DockerfileModel {
  file: string;
  /** BOM-stripped text with CRLF/CR turned into LF (lines and columns are those of the original). */
  text: string;
  /** parse/* findings */
  findings: Finding[];
  instructions: Instruction[];
  /** The RUN instructions of `instructions`, in file order. */
  runs: RunInstruction[];
  stages: Stage[];
  /** ARG instructions before the first FROM. */
  globalArgs: EnvInstruction[];
  /** The final stage (the image that is built), null without FROM. */
  finalStage: Stage | null;
  escape: string;
  /** Range helper over `text`: 0-based offsets to 1-based ranges. */
  lines: LineIndex;
}

const KNOWN = new Set(['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
const FLAGS: Record<string, string[]> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security', 'device'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'exclude', 'unpack'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};
const JSON_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);
const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
/** Larger inputs are refused: a Dockerfile is a few KB; this keeps parsing time bounded. */
export const MAX_DOCKERFILE_LENGTH = 1_000_000;


export function normalizeText(raw: string): string {
  const noBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return noBom.replace(/\r\n?/g, '\n');
}

export function parseDockerfile(file: string, rawText: string): DockerfileModel {
  const text = normalizeText(rawText);
  const lines = new LineIndex(text);
  const model: DockerfileModel = { file, text, findings: [], instructions: [], runs: [], stages: [], globalArgs: [], finalStage: null, escape: '\\', lines };
  const syntax: SyntaxReporter = (range, messageId, data, severity) => model.findings.push(findingFrom(dockerfileSyntax.meta, messageId, data, range, severity));

  const binary = text.search(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/);
  if (binary !== -1) {
    syntax(lines.range(binary, binary + 1), 'binary');
    return model;
  }
  if (text.length > MAX_DOCKERFILE_LENGTH) {
    syntax(lines.range(0, 1), 'tooLarge', { length: text.length, limit: MAX_DOCKERFILE_LENGTH });
    return model;
  }

  // Whitespace only: the engine reports parse/empty.
  if (text.trim() === '') return model;

  const scanned = scanDockerfile(text);
  const escape = scanned.escape;
  model.escape = escape;

  let stageIndex = -1;
  const aliases = new Map<string, number>();
  const globalArgValues = new Map<string, string | null>();
  const stageShell: string[][] = [];

  for (const node of scanned.instructions) {
    const read = readInstruction(node, text, lines, escape, stageIndex);
    const ins = read.ins;
    const kw = ins.keyword;
    if (!KNOWN.has(kw)) {
      syntax(ins.keywordRange, 'unknownInstruction', { instruction: node.instruction });
    }
    const allowed = FLAGS[kw];
    if (allowed) {
      for (const f of ins.flags) {
        if (!allowed.includes(f.name)) syntax(f.range, 'unknownFlag', { kw, name: f.name });
      }
    }
    checkArgCount(ins, syntax);

    if (ins.kind === 'from') {
      stageIndex++;
      ins.stage = stageIndex;
      const stage = makeStage(ins, stageIndex, aliases, globalArgValues, syntax);
      model.stages.push(stage);
      stageShell[stageIndex] = stage.baseStage !== null ? [...stageShell[stage.baseStage]] : ['/bin/sh', '-c'];
      model.instructions.push(ins);
      continue;
    }
    if (stageIndex === -1) {
      if (ins.kind === 'arg') {
        model.globalArgs.push(ins);
        for (const p of ins.pairs) globalArgValues.set(p.key, p.value);
      } else if (KNOWN.has(kw)) {
        syntax(ins.keywordRange, 'beforeFrom', { kw });
      }
    }
    if (kw === 'SHELL' && stageIndex >= 0) {
      const json = readJsonArray(argLogical(node, text, escape));
      if (json) stageShell[stageIndex] = json.map((j) => j.value);
      else syntax(ins.argsRange ?? ins.keywordRange, 'shellJson');
    }
    if (ins.kind === 'run') {
      const shellCmd = stageIndex >= 0 ? stageShell[stageIndex] : ['/bin/sh', '-c'];
      fillRun(ins, read, lines, shellCmd, syntax);
      model.runs.push(ins);
    }
    model.instructions.push(ins);
    if (stageIndex >= 0) {
      const stage = model.stages[stageIndex];
      stage.instructions.push(ins);
      if (ins.kind === 'user') stage.users.push(ins);
    }
  }

  if (model.stages.length === 0) {
    const first = model.instructions[0];
    syntax(first ? first.keywordRange : lines.range(0, 1), 'noFrom');
  } else {
    const last = model.stages[model.stages.length - 1];
    last.isFinal = true;
    model.finalStage = last;
  }
  model.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return model;
}

type SyntaxReporter = (range: Range, messageId: string, data?: MessageData, severity?: 'error' | 'warning') => void;

/** The instruction's text after the keyword, continuations joined. */
function argLogical(node: ScannedInstruction, text: string, escape: string): Logical {
  if (node.end <= node.keywordEnd) return emptyLogical(node.keywordEnd);
  return joinContinuations(text, node.keywordEnd, node.end, escape);
}

function tokenWord(l: Logical, t: Token, lines: LineIndex): Word {
  return { raw: t.raw, value: t.value, dynamic: t.dynamic, range: logicalRange(l, t.start, t.end, lines) };
}

const form = (json: unknown[] | null): 'exec' | 'shell' => (json ? 'exec' : 'shell');

/** An instruction with its argument text (`l`), the first line of it (`head`) and that line's words. */
interface ReadInstruction {
  ins: Instruction;
  l: Logical;
  head: Logical;
  tokens: Token[];
}

function readInstruction(node: ScannedInstruction, text: string, lines: LineIndex, escape: string, stage: number): ReadInstruction {
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
      flags.push({ name: eq === -1 ? t.value.slice(2) : t.value.slice(2, eq), value: eq === -1 ? null : t.value.slice(eq + 1), range: logicalRange(head, t.start, t.end, lines) });
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
  const jsonWords = json && restLogical ? json.map((j) => ({ raw: j.raw, value: j.value, dynamic: false, range: logicalRange(restLogical, j.start, j.end, lines) })) : null;

  // One object literal per kind, with the common fields first: no copying and few object shapes.
  switch (keyword) {
    case 'FROM':
      return { keyword, range, keywordRange, argsRange, args, flags, stage, kind: 'from' };
    case 'RUN':
      return { keyword, range, keywordRange, argsRange, args: jsonWords ?? args, flags, stage, kind: 'run', form: form(json), heredoc: false, script: null, commands: [], pipelines: [] };
    case 'CMD':
    case 'ENTRYPOINT':
      return { keyword, range, keywordRange, argsRange, args: jsonWords ?? args, flags, stage, kind: keyword === 'CMD' ? 'cmd' : 'entrypoint', form: form(json) };
    case 'COPY':
    case 'ADD': {
      const words = jsonWords ?? args;
      const sources = words.slice(0, -1).filter((w) => !/^<<-?["']?[A-Za-z_]/.test(w.raw));
      return { keyword, range, keywordRange, argsRange, args: words, flags, stage, kind: keyword === 'COPY' ? 'copy' : 'add', form: form(json), sources, dest: words.length > 1 ? words[words.length - 1] : null };
    }
    case 'ENV':
    case 'ARG':
      return { keyword, range, keywordRange, argsRange, args, flags, stage, kind: keyword === 'ENV' ? 'env' : 'arg', pairs: readPairs(keyword, head, tokens, lines, escape) };
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
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
      return { key, value: null, dynamic: false, keyRange: logicalRange(head, t.start, t.end, lines), valueRange: null, range: logicalRange(head, t.start, t.end, lines) };
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
function readJsonArray(l: Logical): JsonString[] | null {
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

/** Instructions that need at least one argument. */
const AT_LEAST_ONE = new Set(['FROM', 'RUN', 'CMD', 'ENTRYPOINT', 'ENV', 'ARG', 'LABEL', 'EXPOSE', 'VOLUME', 'ONBUILD', 'HEALTHCHECK', 'WORKDIR', 'STOPSIGNAL', 'MAINTAINER', 'SHELL']);

function checkArgCount(ins: Instruction, syntax: SyntaxReporter) {
  const n = ins.args.length;
  const kw = ins.keyword;
  const at = ins.keywordRange;
  if (ins.kind === 'run' || ins.kind === 'cmd' || ins.kind === 'entrypoint') {
    // Exec form `[]` is valid JSON but runs nothing; BuildKit accepts an empty CMD/ENTRYPOINT.
    if (ins.argsRange === null) syntax(at, 'needsArgument', { kw });
    return;
  }
  if (AT_LEAST_ONE.has(kw) && ins.argsRange === null) {
    syntax(at, 'needsArgument', { kw });
    return;
  }
  if (ins.kind === 'user') {
    if (n === 0) syntax(at, 'userMissing');
    else if (/\s/.test(ins.value)) {
      syntax(ins.valueRange, 'userWhitespace', { value: ins.value });
    }
  }
  if ((kw === 'COPY' || kw === 'ADD') && n < 2) {
    syntax(ins.argsRange ?? at, 'needsTwoArguments', { kw });
  }
  if (ins.kind === 'env' || ins.kind === 'arg') {
    for (const p of ins.pairs) {
      if (!p.key) syntax(p.range, 'blankName', { kw });
    }
    if (ins.kind === 'env' && ins.pairs.length) {
      const legacy = ins.pairs.length === 1 && !ins.args[0].raw.includes('=');
      if (legacy && ins.pairs[0].value === null) syntax(ins.pairs[0].range, 'envNoValue', { key: ins.pairs[0].key });
      if (!legacy) {
        for (const p of ins.pairs) {
          if (p.value === null) syntax(p.range, 'envNoEquals', { key: p.key });
        }
      }
    }
  }
  if (kw === 'HEALTHCHECK' && n > 0) {
    const typ = ins.args[0].value.toUpperCase();
    if (typ !== 'CMD' && typ !== 'NONE') syntax(ins.args[0].range, 'healthcheckType', { value: ins.args[0].value });
  }
}

function parseImageRef(ref: string): { name: string; tag: string | null; digest: string | null } {
  const at = ref.indexOf('@');
  const digest = at === -1 ? null : ref.slice(at + 1);
  const beforeDigest = at === -1 ? ref : ref.slice(0, at);
  const colon = beforeDigest.lastIndexOf(':');
  const slash = beforeDigest.lastIndexOf('/');
  if (colon > slash) return { name: beforeDigest.slice(0, colon), tag: beforeDigest.slice(colon + 1), digest };
  return { name: beforeDigest, tag: null, digest };
}

/** Expands global ARG references; null when one has no known value. */
export function expandArgs(value: string, vars: ReadonlyMap<string, string | null>): string | null {
  let unresolved = false;
  const out = value.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
    const name = (braced ?? bare) as string;
    const v = vars.get(name);
    const set = v !== undefined && v !== null && (op?.startsWith(':') ? v !== '' : true);
    if (op === ':-' || op === '-') return set ? (v as string) : (word ?? '');
    if (op === ':+' || op === '+') return set ? (word ?? '') : '';
    if (v === undefined || v === null) {
      unresolved = true;
      return '';
    }
    return v;
  });
  return unresolved ? null : out;
}

function makeStage(ins: FromInstruction, index: number, aliases: Map<string, number>, globalArgs: Map<string, string | null>, syntax: SyntaxReporter): Stage {
  const args = ins.args;
  const imageWord = args[0];
  let alias: string | null = null;
  let aliasRange: Range | null = null;
  if (args.length === 3 && args[1].value.toLowerCase() === 'as') {
    alias = args[2].value.toLowerCase();
    aliasRange = args[2].range;
    if (!STAGE_NAME.test(alias)) {
      syntax(args[2].range, 'stageName', { value: args[2].value });
    } else if (aliases.has(alias)) {
      syntax(args[2].range, 'duplicateStage', { alias });
    }
  } else if (args.length !== 1 && ins.argsRange) {
    syntax(ins.argsRange, 'fromArguments');
  }
  const image = imageWord ? imageWord.value : '';
  const argExpanded = image.includes('$');
  const resolvedImage = argExpanded ? expandArgs(image, globalArgs) : image;
  const lower = (resolvedImage ?? image).toLowerCase();
  const baseStage = aliases.has(lower) ? (aliases.get(lower) as number) : null;
  const ref = parseImageRef(resolvedImage ?? image);
  const platform = ins.flags.find((f) => f.name === 'platform')?.value ?? null;
  if (alias && !aliases.has(alias)) aliases.set(alias, index);
  return {
    index,
    from: ins,
    image,
    resolvedImage,
    imageName: ref.name,
    tag: ref.tag,
    digest: ref.digest,
    imageRange: imageWord ? imageWord.range : ins.keywordRange,
    alias,
    aliasRange,
    platform,
    baseStage,
    argExpanded,
    isFinal: false,
    instructions: [],
    users: [],
  };
}

function fillRun(ins: RunInstruction, read: ReadInstruction, lines: LineIndex, shellCmd: string[], syntax: SyntaxReporter) {
  const { l, head, tokens } = read;
  // Script text starts after the flags.
  const firstArg = tokens.find((t) => !(t.raw.startsWith('--') && t.raw.length > 2));
  const scriptStart = firstArg ? firstArg.start : head.text.length;

  let code: Logical | null = null;
  if (ins.form === 'exec') {
    const json = readJsonArray(sliceLogical(head, scriptStart, head.text.length));
    if (!json || json.length === 0) return;
    const rest = sliceLogical(head, scriptStart, head.text.length);
    const name = json[0].value;
    const words = json.map((j) => {
      const [s, e] = sourceSpan(rest, j.start, j.end);
      return { raw: j.raw, value: j.value as string | null, text: j.value, range: lines.range(s, e) };
    });
    const base = name.split('/').pop() ?? name;
    if (POSIX_SHELLS.has(base) && json.length >= 3 && json[1].value === '-c') {
      const script = json[2];
      code = { text: script.value, map: script.map.map((m) => sourceAt(rest, m)), ends: script.last.map((m) => sourceAt(rest, m) + 1) };
    } else {
      ins.commands = [{ name, args: words.slice(1), words, range: ins.argsRange ?? ins.keywordRange }];
      return;
    }
  } else {
    const shellName = (shellCmd[0] ?? '').split(/[\\/]/).pop()?.replace(/\.exe$/i, '') ?? '';
    if (!POSIX_SHELLS.has(shellName)) return;
    const full = sliceLogical(l, scriptStart, l.text.length);
    const only = /^<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2[ \t]*\n/.exec(full.text);
    if (only) {
      // `RUN <<EOF` alone: the heredoc body is the script.
      ins.heredoc = true;
      const bodyStart = only[0].length;
      const delim = new RegExp(`^${only[1] ? '\\t*' : ''}${only[3]}$`, 'm');
      const rest = full.text.slice(bodyStart);
      const m = delim.exec(rest);
      const bodyEnd = m ? bodyStart + m.index : full.text.length;
      code = sliceLogical(full, bodyStart, bodyEnd);
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(code.text);
      if (shebang) {
        const interp = (shebang[1].endsWith('/env') ? shebang[2] ?? '' : shebang[1]).split('/').pop() ?? '';
        if (!POSIX_SHELLS.has(interp)) return;
      }
    } else {
      code = full;
    }
  }
  const res = parseShell(code, lines);
  if (res.ok) {
    ins.script = res.script;
    ins.commands = res.script.commands;
    ins.pipelines = res.script.pipelines;
  } else if (res.tooLarge) {
    syntax(ins.keywordRange, 'runTooLarge', { maxLength: MAX_SCRIPT_LENGTH, maxNodes: MAX_SCRIPT_NODES, message: res.message }, 'warning');
  } else {
    const p = lines.pos(res.offset);
    syntax(ins.keywordRange, 'runSyntax', { line: p.line, column: p.column, message: res.message });
  }
}
