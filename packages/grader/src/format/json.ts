/** Machine-readable output: `{"version":1,"results":[{"file","findings":[...]}]}`. */
import type { GradeResult } from '../types';

export function formatJson(result: GradeResult): string {
  const doc = {
    version: 1,
    results: result.results.map((r) => ({
      file: r.file,
      findings: r.findings.map((f) => {
        const out: Record<string, unknown> = {
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
        };
        if (f.messageEn !== undefined) out.messageEn = f.messageEn;
        if (f.suppressed) out.suppressed = true;
        return out;
      }),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
