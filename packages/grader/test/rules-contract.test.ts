/**
 * The one rule contract, checked over the registry and the rule folders (ESLint's RuleTester over every rule):
 * each file of src/rules/<group>/ is one registered rule named after its id, with bilingual metadata and
 * messages, and examples whose findings are exactly what its metadata states.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grade } from '../src/engine';
import { placeholders } from '../src/messages';
import { allMetas, allRules } from '../src/registry';
import { ruleGroups } from '../src/rules/groups';
import { parseRules } from '../src/rules/parse/index';
import { pssCheckModules } from '../src/rules/pss/index';
import type { RuleMeta } from '../src/types';

const RULES_DIR = join(import.meta.dirname, '../src/rules');
const HANGUL = /[\uac00-\ud7a3]/;
const TODAY = '2026-11-28';

interface RuleFile {
  path: string;
  group: string;
  name: string;
  exports: Record<string, unknown>;
}

/** Every rule file: src/rules/<group>/<name>.ts, without index.ts, tests and the helpers of _shared/. */
async function ruleFiles(): Promise<RuleFile[]> {
  const out: RuleFile[] = [];
  for (const dir of readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name.startsWith('_')) continue;
    for (const f of readdirSync(join(RULES_DIR, dir.name))) {
      if (!f.endsWith('.ts') || f.endsWith('.test.ts') || f === 'index.ts') continue;
      const path = join(RULES_DIR, dir.name, f);
      out.push({ path: `${dir.name}/${f}`, group: dir.name, name: f.slice(0, -3), exports: (await import(path)) as Record<string, unknown> });
    }
  }
  return out;
}

/** The id a rule file's export declares, and whether the registry holds that very object. */
function declared(value: unknown): { id: string; registered: boolean } | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as { meta?: { id?: unknown }; check?: { id?: unknown }; doc?: unknown };
  if (v.check && typeof v.check === 'object' && typeof v.check.id === 'string' && v.doc) {
    return { id: `pss/${v.check.id}`, registered: (pssCheckModules as readonly unknown[]).includes(value) };
  }
  if (v.meta && typeof v.meta.id === 'string') {
    return { id: v.meta.id, registered: (allRules as readonly unknown[]).includes(value) || (parseRules as readonly unknown[]).includes(value) };
  }
  return null;
}

const files = await ruleFiles();

describe('rule files and the registry', () => {
  it('finds the rule files (so the checks below cannot pass on nothing)', () => {
    expect(files.length).toBeGreaterThan(70);
    expect(allMetas.length).toBe(files.length);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s holds one registered rule named after its id', (_path, f) => {
    const rules = Object.values(f.exports)
      .map(declared)
      .filter((d) => d !== null);
    expect(rules).toEqual([{ id: `${f.group}/${f.name}`, registered: true }]);
  });

  it('every registered id comes from its own rule file, once', () => {
    const fromFiles = files.map((f) => `${f.group}/${f.name}`).sort();
    expect(allMetas.map((m) => m.id)).toEqual(fromFiles);
  });

  it('every group has a Korean and an English title, and rules', () => {
    for (const g of ruleGroups) {
      expect(g.title.ko, g.id).toBeTruthy();
      expect(g.title.en, g.id).not.toMatch(HANGUL);
      expect(
        files.some((f) => f.group === g.id),
        g.id,
      ).toBe(true);
    }
    expect(new Set(files.map((f) => f.group))).toEqual(new Set(ruleGroups.map((g) => g.id)));
  });
});

describe.each(allMetas.map((m) => [m.id, m] as const))('%s', (id, meta: RuleMeta) => {
  it('has bilingual metadata and messages', () => {
    for (const t of [meta.title, meta.why, meta.fix]) {
      expect(t.ko).toMatch(HANGUL);
      expect(t.en).not.toMatch(HANGUL);
    }
    const messages = Object.entries(meta.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const [messageId, text] of messages) {
      expect(text.ko, messageId).toMatch(HANGUL);
      expect(text.en, messageId).not.toMatch(HANGUL);
      expect(
        placeholders(text.ko)
          .concat(placeholders(text.en))
          .every((p) => /^[A-Za-z][A-Za-z0-9]*$/.test(p)),
        messageId,
      ).toBe(true);
    }
  });

  it('has examples: good ones, and bad ones or the reason there are none', () => {
    expect(meta.examples.good.length).toBeGreaterThan(0);
    if (meta.examples.bad.length === 0) expect(meta.examples.noBadExample?.ko).toMatch(HANGUL);
    for (const ex of meta.examples.bad) expect(ex.errors.length).toBeGreaterThan(0);
  });

  it.each(meta.examples.bad.map((ex, i) => [i + 1, ex] as const))('bad example %i reports exactly its stated findings', (_n, ex) => {
    const findings = grade([{ name: ex.file, text: ex.text }], { today: TODAY }).results[0]!.findings.filter((f) => f.ruleId === id && !f.suppressed);
    expect(findings.map((f) => ({ messageId: f.messageId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }))).toEqual(ex.errors);
    for (const f of findings) {
      expect(Object.keys(meta.messages)).toContain(f.messageId);
      expect(f.message).not.toMatch(/\{\{|\}\}/);
      expect(f.messageEn).not.toMatch(/\{\{|\}\}|[\uac00-\ud7a3]/);
    }
  });

  it.each(meta.examples.good.map((ex, i) => [i + 1, ex] as const))('good example %i is clean', (_n, ex) => {
    const findings = grade([{ name: ex.file, text: ex.text }], { today: TODAY }).results[0]!.findings.filter((f) => f.ruleId === id && !f.suppressed);
    expect(findings).toEqual([]);
  });
});
