/**
 * RUN scripts parsed as shell (sh/parser.ts: POSIX sh and the bash subset, read as mvdan-sh reads
 * them) into a small tree whose ranges point back into the Dockerfile, through the
 * continuation-aware map of the script text.
 */
import type { Range } from '../types';
import { parseScript, stmtEnd, type Cmd, type Stmt, type Word } from './sh/parser';
import { LineIndex, logicalRange, sourceAt, sourceSpan, type Logical } from './text';

export interface ShellWord {
  /** As written in the script. */
  raw: string;
  /** Value after quote removal, or null when the word contains an expansion ($VAR, $(...), globs of braces). */
  value: string | null;
  /** Like `value`, but expansions are kept as written, for pattern checks (`curl=${VERSION}`). */
  text: string;
  range: Range;
}

/** A simple command: `name args...` (assignment prefixes and redirections are left out). */
export interface ShellCommand {
  /** Static name (`apt-get`), or null when it is an expansion. */
  name: string | null;
  args: ShellWord[];
  /** All words, name included. */
  words: ShellWord[];
  range: Range;
}

export type ShellNode =
  | { type: 'command'; range: Range; command: ShellCommand }
  | { type: 'and' | 'or'; range: Range; left: ShellNode; right: ShellNode }
  | { type: 'pipeline'; range: Range; parts: ShellNode[] }
  | { type: 'subshell' | 'group'; range: Range; body: ShellNode[] }
  /** if / while / until / for / case / function / time / test / arithmetic: `keyword` is the mvdan-sh node type (IfClause, ForClause...). */
  | { type: 'compound'; range: Range; keyword: string; body: ShellNode[] }
  /** Only assignments or redirections. */
  | { type: 'empty'; range: Range };

export interface ShellPipeline {
  range: Range;
  /** The piped parts in order: `a | b | c` has three. */
  parts: ShellNode[];
}

export interface ShellScript {
  /** Top-level statements (`;` and newline separated). */
  body: ShellNode[];
  /** Every simple command, in source order, including those nested in subshells, lists and `$(...)`. */
  commands: ShellCommand[];
  /** Every pipeline, in source order, wherever it is nested. */
  pipelines: ShellPipeline[];
}

/** `tooLarge`: not parsed because of its size (not a syntax error). `offset` is a source offset. */
export type ShellParseResult = { ok: true; script: ShellScript } | { ok: false; tooLarge?: boolean; message: string; offset: number };

/**
 * Scripts longer than this are not parsed. The parser is linear, but the tree, the findings and the
 * work of the RUN rules (which look at every command and pipeline) grow with the script.
 */
export const MAX_SCRIPT_LENGTH = 30_000;
/**
 * Nor are scripts with more syntax nodes than this (estimated from words, `$`, quotes and parentheses):
 * real RUN scripts have a few hundred, and this keeps the tree and the rules' work small on generated input.
 */
export const MAX_SCRIPT_NODES = 1_500;

/** Every simple command inside a node (depth first, in order). */
export function commandsIn(node: ShellNode): ShellCommand[] {
  switch (node.type) {
    case 'command':
      return [node.command];
    case 'and':
    case 'or':
      return [...commandsIn(node.left), ...commandsIn(node.right)];
    case 'pipeline':
      return node.parts.flatMap(commandsIn);
    case 'subshell':
    case 'group':
    case 'compound':
      return node.body.flatMap(commandsIn);
    case 'empty':
      return [];
  }
}

export function parseShell(code: Logical, index: LineIndex): ShellParseResult {
  const src = code.text;
  // estimateNodes counts at most two nodes per character: short scripts need no count.
  if (src.length > MAX_SCRIPT_LENGTH || (src.length * 2 > MAX_SCRIPT_NODES && estimateNodes(src) > MAX_SCRIPT_NODES)) {
    return { ok: false, tooLarge: true, message: `over ${MAX_SCRIPT_LENGTH} characters or about ${MAX_SCRIPT_NODES} syntax nodes`, offset: sourceAt(code, 0) };
  }
  const parsed = parseScript(src);
  if (!parsed.ok) return { ok: false, message: parsed.message, offset: sourceSpan(code, parsed.offset, parsed.offset + 1)[0] };
  const c = new Converter(code, index);
  const body = parsed.stmts.map((s) => c.stmt(s));
  c.commands.sort(byPos);
  c.pipelines.sort(byPos);
  return { ok: true, script: { body, commands: c.commands, pipelines: c.pipelines } };
}

const byPos = (a: { range: Range }, b: { range: Range }) => a.range.line - b.range.line || a.range.column - b.range.column;

const isPipe = (c: Cmd | null) => c !== null && c.t === 'bin' && (c.op === '|' || c.op === '|&');

/** Builds the contract's nodes from parser statements, as the former mvdan-sh adapter did. */
class Converter {
  readonly commands: ShellCommand[] = [];
  readonly pipelines: ShellPipeline[] = [];
  private readonly src: string;

  constructor(
    private readonly code: Logical,
    private readonly index: LineIndex,
  ) {
    this.src = code.text;
  }

  private range(start: number, end: number): Range {
    return logicalRange(this.code, start, end, this.index);
  }

  /** Converts the statements of the substitutions in a word (their commands join `commands`). */
  private visit(w: Word) {
    if (w.subs) for (const list of w.subs) for (const s of list) this.stmt(s);
  }

  private word(w: Word): ShellWord {
    this.visit(w);
    return { raw: this.src.slice(w.start, w.end), value: w.value, text: w.text, range: this.range(w.start, w.end) };
  }

  private command(words: ShellWord[], range: Range): ShellNode {
    const command: ShellCommand = { name: words[0].value, args: words.slice(1), words, range };
    this.commands.push(command);
    return { type: 'command', range, command };
  }

  private pipeParts(s: Stmt, out: ShellNode[]) {
    if (!s.negated && s.cmd?.t === 'bin' && isPipe(s.cmd)) {
      this.pipeParts(s.cmd.x, out);
      this.pipeParts(s.cmd.y, out);
    } else out.push(this.stmt(s));
  }

  stmt(s: Stmt): ShellNode {
    for (const r of s.redirs) this.visit(r);
    const range = this.range(s.start, stmtEnd(s));
    const c = s.cmd;
    if (!c) return { type: 'empty', range };
    switch (c.t) {
      case 'call': {
        for (const a of c.assigns) this.visit(a);
        return c.words.length
          ? this.command(
              c.words.map((w) => this.word(w)),
              range,
            )
          : { type: 'empty', range };
      }
      case 'decl': {
        const variant = this.src.slice(c.variant.start, c.variant.end);
        const name: ShellWord = { raw: variant, value: variant, text: variant, range: this.range(c.variant.start, c.variant.end) };
        const args = c.args.map((a): ShellWord => {
          if (a.value) this.visit(a.value);
          const raw = this.src.slice(a.start, a.end);
          return { raw, value: raw.includes('$') ? null : raw, text: raw, range: this.range(a.start, a.end) };
        });
        return this.command([name, ...args], range);
      }
      case 'bin': {
        if (isPipe(c)) {
          const parts: ShellNode[] = [];
          this.pipeParts(c.x, parts);
          this.pipeParts(c.y, parts);
          this.pipelines.push({ range, parts });
          return { type: 'pipeline', range, parts };
        }
        return { type: c.op === '||' ? 'or' : 'and', range, left: this.stmt(c.x), right: this.stmt(c.y) };
      }
      case 'subshell':
      case 'group':
        return { type: c.t, range, body: c.stmts.map((x) => this.stmt(x)) };
      case 'compound':
        return { type: 'compound', range, keyword: c.keyword, body: c.stmts.map((x) => this.stmt(x)) };
    }
  }
}

/** Words plus expansions, quotes and parentheses: a cheap upper estimate of the syntax nodes. */
function estimateNodes(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const blank = c === ' ' || c === '\t' || c === '\n' || c === ';' || c === '&' || c === '|';
    if (!blank && !inWord) n++;
    if (c === '$' || c === '"' || c === "'" || c === '`' || c === '(' || c === ')') n++;
    inWord = !blank;
  }
  return n;
}

/** Parses a whole text as one shell script (a `docker run` line, a script file): positions are in `text`. */
export function parseShellText(text: string): ShellParseResult {
  return parseShell({ text, base: 0 }, new LineIndex(text));
}
