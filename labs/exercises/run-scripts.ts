/**
 * The text of a Dockerfile instruction and the shell script of a RUN, for the labs that read scripts themselves.
 * (What a RUN executes, command by command, is the grader's: rules/_shared/run-calls.ts.)
 */
import type { Instruction } from '@w7/grader';

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

/** The shell text of a RUN: the heredoc body, or everything after the flags with line continuations joined. */
export function runScript(source: string): string {
  const body = source.replace(/^RUN\s+(?:--\S+\s+)*/i, '');
  const heredoc = /^<<-?\s*["']?(\w+)["']?[ \t]*\n([\s\S]*?)\n\s*\1\s*$/.exec(body);
  return heredoc ? heredoc[2]! : body.replace(/\\\n/g, ' ');
}
