/**
 * Builds @w7/grader into dist/ (git-ignored): the library (index.js), the CLI runner for host CLIs (cli.js),
 * the standalone `w7-grade` executable (bin.js, which turns on V8's compile cache and loads run.js: one file with
 * the library and yaml inside, so a run compiles nothing it has compiled before), and the declarations (types/). Runs on `npm install` (prepare) and in `npm run build`.
 * `--js` skips the declarations (the tests' fast rebuild of a stale bin).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const jsOnly = process.argv.includes('--js');
const dist = join(pkg, 'dist');
const common = { absWorkingDir: pkg, bundle: true, format: 'esm', target: 'node24', logLevel: 'warning', legalComments: 'none' };
// yaml's Node build is CommonJS and requires Node built-ins: give the ESM bundles a `require`.
const nodeRequire = { js: "import { createRequire as __w7CreateRequire } from 'node:module'; const require = __w7CreateRequire(import.meta.url);" };

const started = Date.now();
// A full build starts clean; the JavaScript-only rebuild keeps the declarations.
if (!jsOnly) rmSync(dist, { recursive: true, force: true });
else rmSync(join(dist, 'chunks'), { recursive: true, force: true });
await Promise.all([
  // The library for bundlers (the app): yaml stays a dependency so an app bundles one copy.
  build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: dist, platform: 'neutral', target: 'es2022', external: ['yaml'] }),
  // The runner for host CLIs: the library comes from the package's own entry, not a second copy.
  build({ ...common, entryPoints: { cli: 'cli/index.ts' }, outdir: dist, platform: 'node', external: ['@w7/grader', 'yaml'] }),
  // The executable: a few lines that turn on the compile cache, then everything else in one file, read from source.
  build({ ...common, entryPoints: { bin: 'cli/bin.ts' }, outdir: dist, platform: 'node', external: ['./run.js'] }),
  // Split at the commands' dynamic imports, so the modules load as plain ESM instead of esbuild's lazy wrappers.
  build({
    ...common,
    entryPoints: { run: 'cli/run.ts' },
    outdir: dist,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    conditions: ['@w7/source'],
    banner: nodeRequire,
    minifyWhitespace: true,
    minifySyntax: true,
  }),
]);
if (!jsOnly) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(pkg, 'tsconfig.build.json')], { stdio: 'inherit' });
}
console.log(`@w7/grader: dist/ built in ${Date.now() - started} ms${jsOnly ? ' (JavaScript only)' : ''}`);
