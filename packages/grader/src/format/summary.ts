/** Counts and pass/fail decisions shared by the formats, the CLI and the browser UI. */
import type { GradeResult, Severity, SourceFile } from '../types';
export { splitSourceLines } from '../select';

export interface Summary {
  files: number;
  error: number;
  warning: number;
  info: number;
  /** Findings turned off by an inline comment or an option (not in the counts above). */
  suppressed: number;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function summarize(result: GradeResult): Summary {
  const s: Summary = { files: result.results.length, error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const r of result.results) {
    for (const f of r.findings) {
      if (f.suppressed) s.suppressed++;
      else s[f.severity]++;
    }
  }
  return s;
}

/** Number of unsuppressed findings at or above `failOn` (what makes the CLI exit 1). */
export function failingCount(result: GradeResult, failOn: Severity): number {
  let n = 0;
  for (const r of result.results) {
    for (const f of r.findings) if (!f.suppressed && RANK[f.severity] >= RANK[failOn]) n++;
  }
  return n;
}

/** The source of the i-th result: same index when the name matches, else the first with that name. */
export function sourceFor(sources: readonly SourceFile[] | undefined, file: string, index: number): string | undefined {
  if (!sources) return undefined;
  const same = sources[index];
  if (same && same.name === file) return stripBom(same.text);
  const byName = sources.find((s) => s.name === file);
  return byName ? stripBom(byName.text) : undefined;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
