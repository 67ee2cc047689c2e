/**
 * What a Dockerfile RUN executes, read as its shell would: the script (shell form, heredoc, or exec form) with the
 * build variables of its stage (ARG/ENV as BuildKit expands them) set first, then variables, quotes, `sh -c`,
 * `eval`, wrappers (sudo, env, exec ...) and here-documents fed to a shell followed by the shared script reader.
 */
import { readScript, varsAt, type DockerfileModel, type Instruction, type RunInstruction, type Stage } from '@w7/grader';

export interface RunCall {
  name: string;
  args: string[];
  /** An argument the reader could not know (command substitution, positional parameters). */
  unknown: boolean;
}

/** The source text of an instruction: its lines from the file. */
export function sourceOf(text: string, ins: Instruction): string {
  const lines = text.split('\n');
  const r = ins.range;
  const part = lines.slice(r.line - 1, r.endLine);
  if (part.length === 0) return '';
  part[part.length - 1] = part[part.length - 1]!.slice(0, r.endColumn - 1);
  part[0] = part[0]!.slice(r.column - 1);
  return part.join('\n');
}

function shellQuote(v: string): string {
  return `'${v.replace(/'/g, `'\\''`)}'`;
}

/** The shell text of a RUN: the heredoc body, or everything after the flags with line continuations joined. */
export function runScript(source: string): string {
  const body = source.replace(/^RUN\s+(?:--\S+\s+)*/i, '');
  const heredoc = /^<<-?\s*["']?(\w+)["']?[ \t]*\n([\s\S]*?)\n\s*\1\s*$/.exec(body);
  return heredoc ? heredoc[2]! : body.replace(/\\\n/g, ' ');
}

/** The build variables of the RUN's stage as shell assignments, so the script sees them as BuildKit sets them. */
function preamble(df: DockerfileModel, stage: Stage, ins: RunInstruction): string {
  return [...varsAt(df, stage, ins)]
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${shellQuote(v!)}`)
    .join('\n');
}

/** Every simple command the RUN executes, or null when its script does not parse. */
export function runCalls(df: DockerfileModel, stage: Stage, ins: RunInstruction): RunCall[] | null {
  const text = ins.form === 'exec' ? ins.args.map((a) => shellQuote(a.value)).join(' ') : runScript(sourceOf(df.text, ins));
  const read = readScript(`${preamble(df, stage, ins)}\n${text}`);
  if (!read.ok) return null;
  return read.reading.commands.map((c) => ({ name: c.name, args: c.args.map((a) => a.value), unknown: c.args.some((a) => a.unknown) }));
}
