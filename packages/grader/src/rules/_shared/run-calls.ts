/**
 * What a Dockerfile RUN executes, read as its shell would: the script (shell form, heredoc or exec form) with the
 * build variables of its stage set first, then read by the shared script reader (variables, quotes, wrappers,
 * `sh -c`, `eval`, here-documents). Each call keeps where it stands in the Dockerfile. Pure; never throws.
 */
import type { DockerfileModel, RunInstruction, Stage } from '../../dockerfile/model';
import { varsAt } from '../../dockerfile/vars';
import { readScript } from '../../dockerrun/script';
import type { Range } from '../../types';

export interface RunCall {
  name: string;
  args: string[];
  /** An argument the reader could not know (command substitution, positional parameters). */
  unknown: boolean;
  /** The command in the Dockerfile; a command run through `sh -c` or `eval` is placed at that command. */
  range: Range;
}

/** Offset of a 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return text.length;
    at = nl + 1;
  }
  return at + column - 1;
}

function shellQuote(v: string): string {
  return `'${v.replace(/'/g, `'\\''`)}'`;
}

/**
 * The shell text of a shell-form RUN, with the Dockerfile offset of each of its characters: a heredoc body, or
 * everything after the flags with line continuations joined and the comment lines inside them dropped (as BuildKit does).
 */
function shellText(df: DockerfileModel, ins: RunInstruction): { text: string; map: number[] } {
  const start = offsetOf(df.text, ins.range.line, ins.range.column);
  const end = offsetOf(df.text, ins.range.endLine, ins.range.endColumn);
  const source = df.text.slice(start, end);
  const head = /^RUN\s+(?:--\S+\s+)*/i.exec(source)?.[0].length ?? source.length;
  const body = source.slice(head);
  const heredoc = /^<<-?\s*["']?(\w+)["']?[ \t]*\n([\s\S]*?)\n\s*\1\s*$/.exec(body);
  if (heredoc) {
    const from = head + heredoc[0].indexOf('\n') + 1;
    return { text: heredoc[2]!, map: Array.from(heredoc[2]!, (_c, i) => start + from + i) };
  }
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] === df.escape && body[i + 1] === '\n') {
      text += ' ';
      map.push(start + head + i);
      i++;
      // comment lines inside a continued instruction are not part of it
      for (let m = /^[ \t]*#[^\n]*\n/.exec(body.slice(i + 1)); m; m = /^[ \t]*#[^\n]*\n/.exec(body.slice(i + 1))) i += m[0].length;
      continue;
    }
    text += body[i];
    map.push(start + head + i);
  }
  return { text, map };
}

/** The shell text of a RUN as its shell receives it (exec form: the arguments, quoted). */
export function runText(df: DockerfileModel, ins: RunInstruction): string {
  return ins.form === 'exec' ? ins.args.map((a) => shellQuote(a.value)).join(' ') : shellText(df, ins).text;
}

/** Every simple command the RUN executes, in order, or null when its script does not parse. */
export function runCalls(df: DockerfileModel, stage: Stage, ins: RunInstruction): RunCall[] | null {
  const preamble = [...varsAt(df, stage, ins)]
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${shellQuote(v!)}\n`)
    .join('');
  const exec = ins.form === 'exec';
  const { text, map } = exec ? { text: ins.args.map((a) => shellQuote(a.value)).join(' '), map: [] } : shellText(df, ins);
  const read = readScript(preamble + text);
  if (!read.ok) return null;
  const whole = ins.argsRange ?? ins.range;
  const rangeOf = (from: number, to: number): Range => {
    const a = map[from - preamble.length];
    const b = map[to - 1 - preamble.length];
    return exec || a === undefined || b === undefined ? whole : df.lines.range(a, b + 1);
  };
  return read.reading.commands.map((c) => ({
    name: c.name,
    args: c.args.map((a) => a.value),
    unknown: c.args.some((a) => a.unknown),
    range: rangeOf(c.start, c.end),
  }));
}
