/**
 * Builds the root `w7-grade` (labs/cli/dist/w7-grade.js, git-ignored): a few lines that turn on V8's compile cache
 * and load run.js, one ESM file with the grader, its CLI and, loaded only by `lab`, the labs. Runs on
 * `npm install` (root prepare) and in `npm run build`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const started = Date.now();
const outdir = join(here, 'dist');
// The executable only turns on the compile cache, then loads the bundle.
await build({
  absWorkingDir: join(here, '../..'),
  entryPoints: { 'w7-grade': 'labs/cli/bin.ts' },
  outdir,
  bundle: true,
  external: ['./run.js'],
  format: 'esm',
  platform: 'node',
  target: 'node24',
  legalComments: 'none',
  logLevel: 'warning',
});
await build({
  absWorkingDir: join(here, '../..'),
  entryPoints: { run: 'labs/cli/run.ts' },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node24',
  // Sources, not the package's dist: this build does not depend on the order of the two builds.
  conditions: ['@w7/source'],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // yaml's Node build is CommonJS and requires Node built-ins: give the ESM bundle a `require`.
  banner: { js: "import { createRequire as __w7CreateRequire } from 'node:module'; const require = __w7CreateRequire(import.meta.url);" },
});
console.log(`w7-grade: labs/cli/dist built in ${Date.now() - started} ms`);
