/** Test support: parse a Dockerfile, run one rule, collect its findings (no engine involved). */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../src/dockerfile/model';
import { findingFrom } from '../src/messages';
import type { DockerfileRule } from '../src/rule';
import type { Finding, GradeOptions } from '../src/types';

export const TODAY = '2026-11-28';

export function runRule(rule: DockerfileRule, text: string, options: GradeOptions = { today: TODAY }): Finding[] {
  const model = parseDockerfile('Dockerfile', text);
  const out: Finding[] = [];
  rule.check(model, {
    options,
    report(r) {
      out.push(findingFrom(rule.meta, r.messageId, r.data, r.range, r.severity));
    },
  });
  return out;
}

/** Position and message summary, for exact comparisons. */
export function summary(findings: Finding[]): { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[] {
  return findings.map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }));
}

/** Parse findings plus every Dockerfile rule, sorted by position: what a reviewer sees. */
export function gradeAll(rules: readonly DockerfileRule[], text: string, options: GradeOptions = { today: TODAY }): Finding[] {
  const model = parseDockerfile('Dockerfile', text);
  const out: Finding[] = [...model.findings];
  for (const rule of rules) {
    rule.check(model, {
      options,
      report(r) {
        out.push(findingFrom(rule.meta, r.messageId, r.data, r.range, r.severity));
      },
    });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A substring of the Korean message. */
  message: string;
  severity?: 'error' | 'warning' | 'info';
}

export interface RuleCases {
  valid: (string | { code: string; options?: GradeOptions })[];
  invalid: { code: string; options?: GradeOptions; errors: ExpectedFinding[] }[];
}

/** ESLint RuleTester style: valid code reports nothing, invalid code reports exactly `errors` (in order). */
export function testRule(rule: DockerfileRule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((c, i) => {
      const code = typeof c === 'string' ? c : c.code;
      const options = typeof c === 'string' ? undefined : c.options;
      it(`valid #${i + 1}`, () => {
        expect(parseDockerfile('Dockerfile', code).findings).toEqual([]);
        expect(runRule(rule, code, options)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}`, () => {
        const found = runRule(rule, c.code, c.options);
        expect(summary(found)).toEqual(
          c.errors.map((e) => ({ ruleId: rule.meta.id, line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn })),
        );
        c.errors.forEach((e, j) => {
          expect(found[j].message).toContain(e.message);
          expect(found[j].messageEn).toBeTruthy();
          expect(found[j].severity).toBe(e.severity ?? rule.meta.severity);
        });
      });
    });
  });
}
