/**
 * Test helper (used by *.test.ts only): parse YAML, run YAML rules on every object that has
 * apiVersion + kind (as the engine does) or on every object (`allDocs`), and collect the findings.
 */
import type { YamlRule } from '../src/rule';
import type { Finding, GradeOptions } from '../src/types';
import { findingFrom } from '../src/messages';
import { parseYaml } from '../src/yaml/document';

export function runRules(rules: readonly YamlRule[], text: string, opts: { file?: string; allDocs?: boolean; options?: GradeOptions } = {}): Finding[] {
  const parsed = parseYaml(opts.file ?? 'test.yaml', text);
  if (parsed.findings.length) throw new Error(`fixture does not parse: ${parsed.findings.map((f) => f.message).join('; ')}`);
  const findings: Finding[] = [];
  for (const obj of parsed.objects) {
    if (!opts.allDocs && !(obj.apiVersion && obj.kind)) continue;
    for (const rule of rules) {
      rule.check(
        obj,
        {
          options: opts.options ?? {},
          report: (r) => findings.push(findingFrom(rule.meta, r.messageId, r.data, r.range, r.severity)),
        },
        { objects: parsed.objects },
      );
    }
  }
  return findings;
}

/** Compact view for exact assertions: 'ruleId@line:col-endLine:endCol'. */
export function at(f: Finding): string {
  return `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
}

/** Build YAML from lines (keeps fixtures readable and indentation exact). */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
