/** Shared by the docker/run-* rules: the containers a shell script starts, read once per script text. */
import { readDockerCall, type DockerCall } from '../../dockerrun/run';
import { readScript } from '../../dockerrun/script';
import { LineIndex } from '../../dockerfile/text';
import type { Range } from '../../types';

export interface ScriptRuns {
  starts: Extract<DockerCall, { kind: 'start' }>[];
  execs: Extract<DockerCall, { kind: 'exec' }>[];
  range(at: { start: number; end: number }): Range;
}

let last: { text: string; runs: ScriptRuns | null } | null = null;

/** Null when the script does not parse (nothing to say about it). */
export function scriptRuns(text: string): ScriptRuns | null {
  if (last?.text === text) return last.runs;
  const read = readScript(text);
  let runs: ScriptRuns | null = null;
  if (read.ok) {
    const calls = read.reading.commands.map(readDockerCall).filter((c): c is DockerCall => c !== null);
    const index = new LineIndex(text);
    runs = {
      starts: calls.filter((c): c is Extract<DockerCall, { kind: 'start' }> => c.kind === 'start'),
      execs: calls.filter((c): c is Extract<DockerCall, { kind: 'exec' }> => c.kind === 'exec'),
      range: (at) => index.range(at.start, Math.max(at.start + 1, at.end)),
    };
  }
  last = { text, runs };
  return runs;
}
