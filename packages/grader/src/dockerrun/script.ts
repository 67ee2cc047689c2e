/**
 * A shell script read the way it would run, without running it: variables assigned earlier (NAME=, export,
 * readonly, ${VAR:-default}), quotes and field splitting of unquoted expansions, wrappers (sudo, exec, env,
 * command, nohup, time, nice, timeout), `sh -c`, `eval` and here-documents fed to a shell. Values the script
 * cannot know (positional parameters, the environment, command substitution) are marked unknown, never guessed.
 * Pure; never throws.
 */
import { parseScript, stmtEnd, type Cmd, type Stmt } from '../dockerfile/sh/parser';

/** One argument after expansion; `unknown` when part of it cannot be known statically. */
export interface Arg {
  value: string;
  unknown: boolean;
  /** The word as written (for messages about values that cannot be known). */
  raw: string;
  /** Offsets of the source word in the top-level script (for positions). */
  start: number;
  end: number;
}

/** A simple command as it would execute, wrappers removed. */
export interface ExecCommand {
  /** The command name, '' when unknown. */
  name: string;
  args: Arg[];
  /** The wrappers in front of it (`sudo`, `exec`...). */
  via: string[];
  /** Offsets of the whole statement in the top-level script. */
  start: number;
  end: number;
  /** Inside an if/loop/case/function: it may run, or not, or several times. */
  conditional: boolean;
}

export interface ScriptReading {
  commands: ExecCommand[];
  /** Names defined as shell functions or aliases (they replace commands of that name). */
  redefined: { name: string; start: number; end: number }[];
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'busybox']);
const WRAPPERS: Record<string, readonly string[]> = {
  sudo: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-R', '-T'],
  doas: ['-u', '-C'],
  exec: ['-a'],
  command: [],
  builtin: [],
  nohup: [],
  time: [],
  nice: ['-n'],
  ionice: ['-c', '-n', '-t'],
  timeout: ['-s', '-k'],
  stdbuf: ['-i', '-o', '-e'],
  setsid: [],
  env: ['-u', '-C', '-S'],
};
const MAX_NESTING = 6;

type Vars = Map<string, string | null>;

/** The script, or the reason it does not parse (offset into `text`). */
export function readScript(text: string): { ok: true; reading: ScriptReading } | { ok: false; message: string; offset: number } {
  const parsed = parseScript(text);
  if (!parsed.ok) return { ok: false, message: parsed.message, offset: parsed.offset };
  const r = new Reader();
  r.stmts(parsed.stmts, text, new Map(), false, 0);
  return { ok: true, reading: { commands: r.commands, redefined: r.redefined } };
}

class Reader {
  readonly commands: ExecCommand[] = [];
  readonly redefined: { name: string; start: number; end: number }[] = [];

  /** `host` is the span of the command that runs a nested script (sh -c, eval, a heredoc): its commands are positioned there. */
  stmts(list: readonly Stmt[], src: string, vars: Vars, conditional: boolean, depth: number, host?: [number, number]): void {
    for (const s of list) this.stmt(s, src, vars, conditional, depth, host);
  }

  private stmt(s: Stmt, src: string, vars: Vars, conditional: boolean, depth: number, host?: [number, number]): void {
    const c = s.cmd;
    const at: [number, number] = host ?? [s.start, stmtEnd(s)];
    if (!c) return;
    switch (c.t) {
      case 'call':
        this.call(c, s, src, vars, conditional, depth, at, host !== undefined);
        return;
      case 'decl':
        for (const a of c.args) {
          const raw = src.slice(a.start, a.end);
          const eq = raw.indexOf('=');
          if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(raw.slice(0, eq))) assign(vars, raw.slice(0, eq), raw.slice(eq + 1), conditional);
        }
        return;
      case 'bin':
        this.stmt(c.x, src, vars, conditional, depth, host);
        // The right side of && / || may or may not run.
        this.stmt(c.y, src, vars, conditional || c.op === '&&' || c.op === '||', depth, host);
        return;
      case 'subshell':
        // Assignments in a subshell do not leave it.
        this.stmts(c.stmts, src, new Map(vars), conditional, depth, host);
        return;
      case 'group':
        this.stmts(c.stmts, src, vars, conditional, depth, host);
        return;
      case 'compound': {
        if (c.keyword === 'FuncDecl') {
          const name = /^\s*(?:function\s+)?([^\s()]+)/.exec(src.slice(s.start, stmtEnd(s)))?.[1];
          if (name) this.redefined.push({ name, start: at[0], end: at[1] });
        }
        this.stmts(c.stmts, src, vars, true, depth, host);
        return;
      }
    }
  }

  private call(
    c: Extract<Cmd, { t: 'call' }>,
    s: Stmt,
    src: string,
    vars: Vars,
    conditional: boolean,
    depth: number,
    at: [number, number],
    nested: boolean,
  ): void {
    if (c.words.length === 0) {
      for (const a of c.assigns) {
        const raw = src.slice(a.start, a.end);
        const eq = raw.indexOf('=');
        if (eq > 0) assign(vars, raw.slice(0, eq).replace(/\+$/, ''), raw.slice(eq + 1), conditional);
      }
      return;
    }
    const args: Arg[] = [];
    for (const w of c.words) {
      const ex = expandWord(src.slice(w.start, w.end), vars);
      const pos = nested ? { start: at[0], end: at[1] } : { start: w.start, end: w.end };
      const raw = src.slice(w.start, w.end);
      if (ex === null) args.push({ value: raw, unknown: true, raw, ...pos });
      else for (const f of ex) args.push({ value: f.value, unknown: f.unknown, raw, ...pos });
    }
    // Substitutions run too: `$(docker run ...)` starts a container.
    for (const w of c.words) for (const sub of w.subs ?? []) this.stmts(sub, src, new Map(vars), conditional, depth, nested ? at : undefined);
    this.exec(args, s, src, vars, conditional, depth, at);
  }

  private exec(words: Arg[], s: Stmt, src: string, vars: Vars, conditional: boolean, depth: number, at: [number, number]): void {
    const via: string[] = [];
    let i = 0;
    for (let guard = 0; guard < 8 && i < words.length; guard++) {
      const name = baseName(words[i]!.value);
      if (words[i]!.unknown || !Object.hasOwn(WRAPPERS, name)) break;
      via.push(name);
      i++;
      const valued = WRAPPERS[name]!;
      while (i < words.length) {
        const v = words[i]!.value;
        if (v === '--') {
          i++;
          break;
        }
        if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) i++;
        else if (v.startsWith('-') && v.length > 1) i += valued.includes(v) ? 2 : 1;
        else if (name === 'timeout' && /^\d/.test(v)) i++;
        else if (name === 'nice' && /^-?\d/.test(v)) i++;
        else break;
      }
    }
    const rest = words.slice(i);
    if (rest.length === 0) return;
    const head = rest[0]!;
    const name = head.unknown ? '' : baseName(head.value);
    if (name === 'alias') {
      for (const a of rest.slice(1)) {
        const m = /^([^=\s]+)=/.exec(a.value);
        if (m) this.redefined.push({ name: m[1]!, start: at[0], end: at[1] });
      }
    }
    const nested = (text: string) => {
      if (depth >= MAX_NESTING) {
        this.commands.push({ name: '', args: [], via, start: at[0], end: at[1], conditional });
        return;
      }
      const p = parseScript(text);
      if (!p.ok) return;
      this.stmts(p.stmts, text, new Map(vars), conditional, depth + 1, at);
    };
    if (name === 'eval' && !rest.slice(1).some((a) => a.unknown)) {
      nested(
        rest
          .slice(1)
          .map((a) => a.value)
          .join(' '),
      );
      return;
    }
    if (SHELLS.has(name)) {
      const dashC = rest.findIndex((a, k) => k > 0 && /^-[a-z]*c[a-z]*$/.test(a.value));
      if (dashC > 0 && rest[dashC + 1] && !rest[dashC + 1]!.unknown) {
        nested(rest[dashC + 1]!.value);
        return;
      }
      const heredoc = heredocBody(s, src);
      if (heredoc !== null && rest.length === 1) {
        nested(heredoc);
        return;
      }
    }
    this.commands.push({ name, args: rest.slice(1), via, start: at[0], end: at[1], conditional });
  }
}

/** The text of a here-document given to the statement (delimiter line removed), else null. */
function heredocBody(s: Stmt, src: string): string | null {
  const idx = s.redirs.findIndex((w, k) => k > 0 && w === s.lastRedir);
  if (idx < 1 || !s.lastRedir) return null;
  const delimWord = s.redirs[idx - 1]!;
  const delim = (delimWord.value ?? src.slice(delimWord.start, delimWord.end)).replace(/^['"]|['"]$/g, '');
  let body = src.slice(s.lastRedir.start, s.lastRedir.end);
  const lines = body.split('\n');
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length && lines[lines.length - 1]!.replace(/^\t+/, '') === delim) lines.pop();
  body = lines.join('\n');
  return body;
}

function baseName(v: string): string {
  return v.slice(v.lastIndexOf('/') + 1);
}

function assign(vars: Vars, name: string, rawValue: string, conditional: boolean): void {
  if (conditional) {
    vars.set(name, null);
    return;
  }
  const ex = expandWord(rawValue, vars, false);
  vars.set(name, ex === null || ex.some((f) => f.unknown) ? null : ex.map((f) => f.value).join(''));
}

interface Field {
  value: string;
  unknown: boolean;
}

/**
 * Expands one word: quotes removed, `$VAR` and `${VAR...}` substituted, unquoted expansions split on blanks
 * (when `split`). Returns null when the word's shape itself is unknown (command substitution, arithmetic, arrays).
 */
export function expandWord(raw: string, vars: ReadonlyMap<string, string | null>, split = true): Field[] | null {
  const fields: Field[] = [];
  let cur = '';
  let curUnknown = false;
  let hasContent = false;
  const pushField = () => {
    fields.push({ value: cur, unknown: curUnknown });
    cur = '';
    curUnknown = false;
    hasContent = false;
  };
  const addLiteral = (t: string) => {
    cur += t;
    hasContent = true;
  };
  const addExpansion = (v: string | null, quoted: boolean) => {
    if (v === null) {
      curUnknown = true;
      hasContent = true;
      return;
    }
    if (quoted || !split) {
      cur += v;
      hasContent = true;
      return;
    }
    const parts = v.split(/[ \t\n]+/);
    parts.forEach((p, k) => {
      if (k > 0 && (hasContent || cur !== '')) pushField();
      if (p !== '') addLiteral(p);
    });
  };
  let i = 0;
  const n = raw.length;
  while (i < n) {
    const ch = raw[i]!;
    if (ch === "'") {
      const end = raw.indexOf("'", i + 1);
      if (end < 0) return null;
      addLiteral(raw.slice(i + 1, end));
      hasContent = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      hasContent = true;
      while (i < n && raw[i] !== '"') {
        if (raw[i] === '\\' && i + 1 < n && '$`"\\\n'.includes(raw[i + 1]!)) {
          if (raw[i + 1] !== '\n') cur += raw[i + 1];
          i += 2;
        } else if (raw[i] === '$') {
          const r = dollar(raw, i, vars);
          if (r === null) return null;
          addExpansion(r.value, true);
          i = r.end;
        } else if (raw[i] === '`') return null;
        else cur += raw[i++];
      }
      i++;
    } else if (ch === '\\') {
      if (i + 1 < n && raw[i + 1] !== '\n') addLiteral(raw[i + 1]!);
      i += 2;
    } else if (ch === '$') {
      const r = dollar(raw, i, vars);
      if (r === null) return null;
      addExpansion(r.value, false);
      i = r.end;
    } else if (ch === '`') {
      return null;
    } else {
      addLiteral(ch);
      i++;
    }
  }
  if (hasContent || cur !== '' || curUnknown) pushField();
  return fields;
}

/** `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`, `${#NAME}`; null for `$(`, `$((`. */
function dollar(raw: string, i: number, vars: ReadonlyMap<string, string | null>): { value: string | null; end: number } | null {
  const next = raw[i + 1];
  if (next === '(') return null;
  const lookup = (name: string): string | null | undefined => (vars.has(name) ? vars.get(name)! : undefined);
  if (next === '{') {
    const close = matchingBrace(raw, i + 1);
    if (close < 0) return null;
    const inner = raw.slice(i + 2, close);
    const m = /^(#?)([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])(?:(:?[-+=?])([\s\S]*))?$/.exec(inner);
    if (!m) return { value: null, end: close + 1 };
    const [, hash, name, op, word] = m;
    const v = lookup(name!);
    if (hash) return { value: v === undefined || v === null ? null : String(v.length), end: close + 1 };
    if (!op) return { value: v === undefined ? null : v, end: close + 1 };
    // A variable the script never sets reads as unset (the script run in a clean environment), so its default
    // applies; one set where it may or may not run stays unknown.
    if (v === null) return { value: null, end: close + 1 };
    const set = v !== undefined && (op.startsWith(':') ? v !== '' : true);
    const wordValue = () => {
      const ex = expandWord(word ?? '', vars, false);
      return ex === null || ex.some((f) => f.unknown) ? null : ex.map((f) => f.value).join('');
    };
    if (op.endsWith('-') || op.endsWith('=')) return { value: set ? (v as string) : wordValue(), end: close + 1 };
    if (op.endsWith('+')) return { value: set ? wordValue() : '', end: close + 1 };
    return { value: set ? (v as string) : null, end: close + 1 };
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(raw.slice(i + 1));
  if (!m) return { value: '$', end: i + 1 };
  const v = lookup(m[1]!);
  return { value: v === undefined ? null : v, end: i + 1 + m[1]!.length };
}

function matchingBrace(raw: string, open: number): number {
  let d = 0;
  for (let k = open; k < raw.length; k++) {
    if (raw[k] === '{') d++;
    else if (raw[k] === '}' && --d === 0) return k;
  }
  return -1;
}
