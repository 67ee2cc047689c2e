/**
 * Whether `npm start` must build before serving: out/ missing, built without the final step, or older than
 * any source. Reads file times only.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { HEADERS_FILE } from '../security/static-host';

export const SOURCE_DIRS = ['app', 'components', 'content', 'lib', 'labs', 'packages', 'public', 'server'];
export const SOURCE_FILES = ['next.config.mjs', 'postcss.config.mjs', 'package.json', 'package-lock.json'];
const SKIP_DIRS = new Set(['node_modules', '.next', 'out', 'test-results', 'data']);

/** Newest modification time (ms) of the files under `dir`; 0 when it does not exist. */
export function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.isFile()) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Written last by the build (server/export/finish.ts): its time is the time of the whole build. */
const markerOf = (outDir: string) => path.join(outDir, HEADERS_FILE);

/** Why out/ cannot be served as it is (missing, or built without the final step), or null. */
export function exportProblem(outDir: string): string | null {
  if (!existsSync(path.join(outDir, 'index.html'))) return 'out/가 없습니다';
  if (!existsSync(markerOf(outDir))) return '빌드의 마지막 단계(CSP, 압축)가 실행되지 않았습니다';
  return null;
}

/** Why out/ must be (re)built, or null when it is up to date. */
export function needsBuild(root: string, outDir: string): string | null {
  const problem = exportProblem(outDir);
  if (problem) return problem;
  const built = statSync(markerOf(outDir)).mtimeMs;
  const sources = Math.max(
    ...SOURCE_DIRS.map((dir) => newestMtime(path.join(root, dir))),
    ...SOURCE_FILES.map((file) => (existsSync(path.join(root, file)) ? statSync(path.join(root, file)).mtimeMs : 0)),
  );
  return sources > built ? '마지막 빌드 이후 소스가 바뀌었습니다' : null;
}
