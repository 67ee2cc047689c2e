/**
 * Hostile and malformed inputs through the real `grade`: each gives its expected positioned
 * finding, no exception, no internal error, and only valid ranges with known rule ids.
 */
import { describe, expect, it } from 'vitest';
import { hostileInputs, type HostileInput } from '../bench/inputs';
import { grade, MAX_YAML_DEPTH, MAX_YAML_LENGTH, yamlDepthOffset } from './engine';
import { ruleMeta } from './registry';
import type { Finding, GradeResult, SourceFile } from './types';

const inputs = new Map(hostileInputs().map((h) => [h.id, h]));

function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
}

/** The invariants every result must keep, whatever the input. */
function checkInvariants(files: readonly SourceFile[], result: GradeResult) {
  expect(result.results).toHaveLength(files.length);
  result.results.forEach((r, i) => {
    expect(r.file).toBe(files[i]!.name);
    const max = lineCount(files[i]!.text) + 1;
    for (const f of r.findings) {
      const where = `${r.file} ${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
      expect(f.line, where).toBeGreaterThanOrEqual(1);
      expect(f.endLine, where).toBeGreaterThanOrEqual(f.line);
      expect(f.endLine, where).toBeLessThanOrEqual(max);
      expect(f.column, where).toBeGreaterThanOrEqual(1);
      expect(f.endColumn, where).toBeGreaterThanOrEqual(1);
      if (f.endLine === f.line) expect(f.endColumn, where).toBeGreaterThanOrEqual(f.column);
      expect(ruleMeta(f.ruleId), where).toBeDefined();
      expect(f.message.length, where).toBeGreaterThan(0);
      expect(f.ruleId, `${where}: ${f.message}`).not.toBe('internal/rule-error');
    }
  });
}

function run(id: string): { input: HostileInput; result: GradeResult; ms: number } {
  const input = inputs.get(id)!;
  const start = performance.now();
  const result = grade(input.files);
  const ms = performance.now() - start;
  checkInvariants(input.files, result);
  return { input, result, ms };
}

const pick = (f: Finding) => ({ ruleId: f.ruleId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn });
const findings = (result: GradeResult, i = 0) => result.results[i]!.findings.map(pick);

describe('robustness', () => {
  it('invalid YAML: a syntax error where the flow sequence is left open', () => {
    const { result } = run('invalid-yaml');
    expect(findings(result)).toEqual([{ ruleId: 'parse/yaml-syntax', line: 5, column: 1, endLine: 5, endColumn: 2 }]);
  });

  it('tab indentation: a tab message on the tab', () => {
    const { result } = run('tab-indent');
    expect(findings(result)).toEqual([{ ruleId: 'parse/yaml-syntax', line: 4, column: 1, endLine: 4, endColumn: 2 }]);
    expect(result.results[0]!.findings[0]!.message).toBe('YAML 들여쓰기에 탭 문자를 쓸 수 없습니다. 스페이스로 바꾸세요.');
  });

  it('alias bomb: refused over the whole document, quickly', () => {
    const { result, ms } = run('alias-bomb');
    expect(findings(result)).toEqual([{ ruleId: 'parse/yaml-aliases', line: 1, column: 1, endLine: 10, endColumn: 1 }]);
    expect(ms).toBeLessThan(2000);
  });

  it('5 MB YAML: refused before parsing with a finding where the limit is crossed', () => {
    const { result, ms } = run('big-yaml');
    expect(result.results[0]!.language).toBe('yaml');
    const text = inputs.get('big-yaml')!.files[0]!.text;
    const before = text.slice(0, MAX_YAML_LENGTH);
    const line = before.split('\n').length;
    const column = MAX_YAML_LENGTH - before.lastIndexOf('\n');
    expect(findings(result)).toEqual([{ ruleId: 'parse/yaml-too-large', line, column, endLine: line, endColumn: column + 1 }]);
    expect(result.results[0]!.findings[0]!.message).toContain('YAML 파일이 너무 큽니다');
    expect(ms).toBeLessThan(2000);
  });

  it('5 MB single-line YAML and 5 MB Dockerfile: no exception, no internal error', () => {
    const line = run('big-line');
    expect(findings(line.result)).toEqual([
      { ruleId: 'parse/yaml-too-large', line: 1, column: MAX_YAML_LENGTH + 1, endLine: 1, endColumn: MAX_YAML_LENGTH + 2 },
    ]);
    const df = run('big-dockerfile');
    expect(df.result.results[0]!.language).toBe('dockerfile');
    expect(df.result.results[0]!.findings.filter((f) => f.ruleId.startsWith('internal/'))).toEqual([]);
  });

  it('a YAML file just under the limit is parsed', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "${'x'.repeat(MAX_YAML_LENGTH - 80)}"\n`;
    expect(text.length).toBeLessThanOrEqual(MAX_YAML_LENGTH);
    const result = grade([{ name: 'cm.yaml', text }]);
    expect(result.results[0]!.findings.filter((f) => f.ruleId.startsWith('parse/'))).toEqual([]);
  });

  it('10k-level flow nesting: refused before parsing, at the bracket that goes too deep', () => {
    const { result, ms } = run('deep-flow');
    // `a:` is one block level, so the 128th bracket (column 3 + 128) exceeds the limit.
    expect(findings(result)).toEqual([{ ruleId: 'parse/yaml-syntax', line: 1, column: 3 + MAX_YAML_DEPTH, endLine: 1, endColumn: 4 + MAX_YAML_DEPTH }]);
    expect(result.results[0]!.findings[0]!.message).toContain('중첩이 너무 깊습니다');
    expect(ms).toBeLessThan(1000);
  });

  it('10k-level block sequences and 1k-level indentation: refused with a position', () => {
    expect(findings(run('deep-seq').result)).toEqual([
      { ruleId: 'parse/yaml-syntax', line: 1, column: 2 * MAX_YAML_DEPTH + 1, endLine: 1, endColumn: 2 * MAX_YAML_DEPTH + 2 },
    ]);
    expect(findings(run('deep-indent').result)).toEqual([
      { ruleId: 'parse/yaml-syntax', line: MAX_YAML_DEPTH + 1, column: MAX_YAML_DEPTH + 1, endLine: MAX_YAML_DEPTH + 1, endColumn: MAX_YAML_DEPTH + 2 },
    ]);
  });

  it('10k-level shell nesting in RUN: a Dockerfile parse finding on that line', () => {
    const { result } = run('deep-shell');
    expect(result.results[0]!.findings.filter((f) => f.ruleId === 'parse/dockerfile-syntax').map((f) => f.line)).toEqual([2]);
  });

  it('binary data: positioned at the first bad byte in YAML and a parse finding in the Dockerfile', () => {
    const { input, result } = run('binary');
    const yamlText = input.files[0]!.text;
    const nul = yamlText.indexOf('\u0000');
    const before = yamlText.slice(0, nul).split('\n');
    expect(findings(result, 0)).toEqual([
      {
        ruleId: 'parse/yaml-syntax',
        line: before.length,
        column: before[before.length - 1]!.length + 1,
        endLine: before.length,
        endColumn: before[before.length - 1]!.length + 2,
      },
    ]);
    expect(result.results[1]!.findings.some((f) => f.ruleId === 'parse/dockerfile-syntax' && f.line >= 2)).toBe(true);
  });

  it('BOM and CRLF: positions count from the first visible character', () => {
    const { result } = run('bom-crlf');
    expect(findings(result, 0)).toEqual([{ ruleId: 'parse/yaml-duplicate-key', line: 5, column: 3, endLine: 5, endColumn: 7 }]);
    expect(result.results[1]!.findings.filter((f) => f.ruleId.startsWith('parse/')).map(pick)).toEqual([
      { ruleId: 'parse/dockerfile-syntax', line: 3, column: 1, endLine: 3, endColumn: 6 },
    ]);
  });

  it('duplicate keys: the second key is marked', () => {
    expect(findings(run('duplicate-keys').result)).toEqual([{ ruleId: 'parse/yaml-duplicate-key', line: 3, column: 1, endLine: 3, endColumn: 5 }]);
  });

  it('unknown kinds: reported on the kind value', () => {
    expect(findings(run('unknown-kind').result)).toContainEqual({ ruleId: 'schema/unknown-kind', line: 2, column: 7, endLine: 2, endColumn: 11 });
  });

  it('empty files: parse/empty at 1:1', () => {
    const { result } = run('empty');
    expect(result.results.map((r) => r.findings.map(pick))).toEqual([
      [{ ruleId: 'parse/empty', line: 1, column: 1, endLine: 1, endColumn: 2 }],
      [{ ruleId: 'parse/empty', line: 1, column: 1, endLine: 1, endColumn: 2 }],
    ]);
  });

  it('does not mistake legitimate YAML for deep nesting', () => {
    const legit = [
      'data:',
      '  script: |',
      ...Array.from({ length: 300 }, (_, i) => `${' '.repeat(4 + i)}[[[{{{`),
      '  json: \'{"a": [[[[[[[[[[]]]]]]]]]]}\'',
      '  note: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["',
      "  quote: 'it''s [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['",
      '  # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
    ].join('\n');
    expect(yamlDepthOffset(legit)).toBe(-1);
    const nested = `${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} [[[[[[[[[[]]]]]]]]]]`;
    expect(yamlDepthOffset(nested)).toBe(-1);
  });
});
