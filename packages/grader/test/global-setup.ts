/**
 * vitest global setup: the CLI tests spawn the built executables (packages/grader/dist/bin.js and
 * labs/cli/dist/w7-grade.js), so rebuild their JavaScript when a source is newer. Declarations are not needed here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !/\.(ts|json|mjs)$/.test(e.name) || e.parentPath.includes('node_modules') || e.parentPath.includes('/dist')) continue;
    newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

function stale(output: string, sources: string[]): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((dir) => newestMtime(dir) > built);
}

export default function setup(): void {
  const grader = join(ROOT, 'packages/grader');
  const sources = [join(grader, 'src'), join(grader, 'cli')];
  if (stale(join(grader, 'dist/bin.js'), sources)) {
    execFileSync(process.execPath, [join(grader, 'scripts/build.mjs'), '--js'], { stdio: 'inherit' });
  }
  if (stale(join(ROOT, 'labs/cli/dist/w7-grade.js'), [...sources, join(ROOT, 'labs/cli'), join(ROOT, 'labs/exercises')])) {
    execFileSync(process.execPath, [join(ROOT, 'labs/cli/build.mjs')], { stdio: 'inherit' });
  }
}
