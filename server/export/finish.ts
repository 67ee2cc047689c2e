/**
 * The last step of `npm run build`, after `next build` (and anything else that writes into out/): gives
 * every page its <meta> CSP with the hashes of its inline scripts, writes the static-host header files,
 * then precompresses the text assets (last, so that it compresses the final bytes).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADERS_FILE, headersFile, NGINX_FILE, nginxSnippet } from '../security/static-host';
import { compressTree } from './compress';
import { withPageCsp } from './page-csp';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Runs the step on `outDir` (compression results cached in `cacheDir`); returns one summary line. */
export async function finishExport(outDir: string, cacheDir: string | null = null): Promise<string> {
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`${outDir}/index.html가 없습니다: 먼저 next build를 실행하세요.`);
  const started = Date.now();
  const pages = await htmlFiles(outDir);
  for (const file of pages) {
    const html = await readFile(file, 'utf8');
    let next: string;
    try {
      next = withPageCsp(html);
    } catch (error) {
      throw new Error(`${path.relative(outDir, file)}: ${(error as Error).message}`);
    }
    if (next !== html) await writeFile(file, next);
  }
  const report = await compressTree(outDir, cacheDir);
  // Last: `npm start` takes the header file's time as the time of the whole build.
  await writeFile(path.join(outDir, NGINX_FILE), nginxSnippet());
  await writeFile(path.join(outDir, HEADERS_FILE), headersFile());
  const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
  return (
    `CSP for ${pages.length} pages; compressed ${report.files} files, ${kb(report.originalBytes)} -> ` +
    `brotli ${kb(report.brotliBytes)}, gzip ${kb(report.gzipBytes)} (${((Date.now() - started) / 1000).toFixed(1)} s)`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  finishExport(path.join(root, 'out'), path.join(root, '.next', 'cache', 'w7-compressed')).then(
    (summary) => console.log(summary),
    (error: unknown) => {
      console.error(`빌드 마무리 실패: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
