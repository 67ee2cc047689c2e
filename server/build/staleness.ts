/**
 * Whether `npm start` must build before serving: out/ missing, built without the final step, the grader
 * package's build missing, or out/ older than any source. Reads file times only.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { HEADERS_FILE } from '../security/static-host';

export const SOURCE_DIRS = ['app', 'components', 'content', 'lib', 'labs', 'packages', 'public', 'server'];
export const SOURCE_FILES = ['next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];
// dist/ folders are build output (the grader package, the CLI): `npm install` rewrites them, which is no reason to rebuild.
const SKIP_DIRS = new Set(['node_modules', '.next', 'out', 'dist', 'test-results', 'data']);
/** The grader package's build, which the site and the server's lab catalogue import (`npm run build` makes it first). */
export const GRADER_BUILD = path.join('packages', 'grader', 'dist', 'index.js');

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
  if (!existsSync(path.join(root, GRADER_BUILD))) return '검사 라이브러리(@w7/grader)가 빌드되지 않았습니다';
  const built = statSync(markerOf(outDir)).mtimeMs;
  const sources = Math.max(
    ...SOURCE_DIRS.map((dir) => newestMtime(path.join(root, dir))),
    ...SOURCE_FILES.map((file) => (existsSync(path.join(root, file)) ? statSync(path.join(root, file)).mtimeMs : 0)),
  );
  return sources > built ? '마지막 빌드 이후 소스가 바뀌었습니다' : null;
}
