/**
 * The package boundary: code outside packages/grader reaches the grader only through its public entries
 * (`@w7/grader`, and `@w7/grader/cli` for Node command lines), never through a path into the package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const PACKAGE = join(ROOT, 'packages/grader');
const SKIP = new Set(['node_modules', '.next', 'out', 'dist', 'test-results', 'playwright-report', '.git']);
const PUBLIC = new Set(['@w7/grader', '@w7/grader/cli']);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"`])([^'"`]+)\1/gm;

/** The import specifiers of `text` that reach into the grader from the file at `file`. */
export function internalImports(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[2]!;
    if (spec.startsWith('@w7/grader')) {
      if (!PUBLIC.has(spec)) out.push(spec);
      continue;
    }
    const target = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null;
    if (target === null && spec.includes('packages/grader')) out.push(spec);
    else if (target !== null && (target === PACKAGE || target.startsWith(PACKAGE + sep))) out.push(spec);
  }
  return out;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (path !== PACKAGE) sourceFiles(path, out);
    } else if (/\.(?:[cm]?[jt]s|tsx)$/.test(e.name)) out.push(path);
  }
  return out;
}

describe('package boundary', () => {
  it('finds deep imports of every shape (so the repository check below can fail)', () => {
    const file = join(ROOT, 'labs/exercises/x/lab.ts');
    const text = [
      "import { grade } from '@w7/grader';",
      "import { main } from '@w7/grader/cli';",
      "import { parseYaml } from '@/packages/grader/src/yaml/document';",
      "import type { Stage } from '../../../packages/grader/src/dockerfile/model';",
      "import { x } from '@w7/grader/src/engine';",
      "const m = await import('../../../packages/grader/src/index.ts');",
      "import { y } from '../../lib/other';",
    ].join('\n');
    expect(internalImports(file, text)).toEqual([
      '@/packages/grader/src/yaml/document',
      '../../../packages/grader/src/dockerfile/model',
      '@w7/grader/src/engine',
      '../../../packages/grader/src/index.ts',
    ]);
  });

  it('no file outside packages/grader imports its internals', () => {
    const offenders = sourceFiles(ROOT).flatMap((file) => internalImports(file, readFileSync(file, 'utf8')).map((spec) => `${relative(ROOT, file)}: ${spec}`));
    expect(offenders).toEqual([]);
  });
});
