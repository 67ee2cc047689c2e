/**
 * Build time: writes `<file>.br` and `<file>.gz` beside every text asset of the export, so the server (and
 * nginx's gzip_static/brotli_static) send compressed bytes without compressing per request. Removes stale
 * variants of files that no longer benefit. Never touches the original files.
 * Brotli at its best quality is slow (11 s for Monaco's chunk), so results are kept in a cache keyed by
 * the content's hash: a rebuild compresses only what changed. Pages and their data change with every build
 * (they carry the build id), so they get quality 10: 2% larger, four times faster.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing (fonts, images and Pagefind's own gzipped index are left alone). */
export const COMPRESSIBLE = new Set(['.html', '.txt', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.xml', '.webmanifest', '.wasm', '.ttf']);
/** Below this size the headers cost more than compression saves. */
export const MIN_BYTES = 1024;
/** A variant must save at least this share of the bytes, else it is not written. */
const MIN_SAVING = 0.05;

export interface CompressionReport {
  files: number;
  originalBytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** A variant, or null when it is not worth sending (too small a saving). */
type Variant = Buffer | null;

/** Brotli quality: the best for hashed files (compressed once, cached for good), one less for the rest. */
export function brotliQuality(relativePath: string): number {
  return relativePath.split(path.sep).join('/').startsWith('_next/static/') ? constants.BROTLI_MAX_QUALITY : constants.BROTLI_MAX_QUALITY - 1;
}

const ENCODERS: Record<'.br' | '.gz', (original: Buffer, quality: number) => Promise<Buffer>> = {
  '.br': (original, quality) =>
    brotli(original, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    }),
  '.gz': (original) => gzipAsync(original, { level: constants.Z_BEST_COMPRESSION }),
};

/** The variant from the cache (an empty cache file records "not worth it"), else freshly encoded and cached. */
async function variant(original: Buffer, suffix: '.br' | '.gz', quality: number, cacheDir: string | null, key: string): Promise<Variant> {
  const cached = cacheDir ? path.join(cacheDir, key + suffix) : null;
  if (cached) {
    const hit = await readFile(cached).catch(() => null);
    if (hit) return hit.length === 0 ? null : hit;
  }
  const encoded = await ENCODERS[suffix](original, quality);
  const worth = encoded.length <= original.length * (1 - MIN_SAVING) ? encoded : null;
  if (cached) {
    // Written whole, then renamed: a page and its copy (404.html, _not-found.html) may race for one key.
    const temporary = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await writeFile(temporary, worth ?? Buffer.alloc(0));
    await rename(temporary, cached);
  }
  return worth;
}

async function compressFile(root: string, file: string, report: CompressionReport, cacheDir: string | null, used: Set<string>): Promise<void> {
  const original = await readFile(file);
  report.files += 1;
  report.originalBytes += original.length;
  const quality = brotliQuality(path.relative(root, file));
  const key = `${createHash('sha256').update(original).digest('hex')}-q${quality}`;
  for (const suffix of ['.br', '.gz'] as const) {
    const encoded = original.length < MIN_BYTES ? null : await variant(original, suffix, quality, cacheDir, key);
    if (original.length >= MIN_BYTES) used.add(key + suffix);
    if (encoded) await writeFile(file + suffix, encoded);
    else await rm(file + suffix, { force: true });
    const bytes = encoded?.length ?? original.length;
    if (suffix === '.br') report.brotliBytes += bytes;
    else report.gzipBytes += bytes;
  }
}

/**
 * Compresses every text asset under `root`, a few at a time (zlib runs on libuv's thread pool). With a
 * `cacheDir`, unchanged contents reuse earlier results, and cache entries this run did not use are removed.
 */
export async function compressTree(
  root: string,
  cacheDir: string | null = null,
  concurrency = Math.max(2, availableParallelism()),
): Promise<CompressionReport> {
  const report: CompressionReport = { files: 0, originalBytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const used = new Set<string>();
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const queue: string[] = [];
  for await (const file of walk(root)) {
    if (COMPRESSIBLE.has(path.extname(file).toLowerCase()) && (await stat(file)).size > 0) queue.push(file);
  }
  // Largest first, so that the slow Monaco chunk does not start last.
  const sizes = new Map(await Promise.all(queue.map(async (file) => [file, (await stat(file)).size] as const)));
  queue.sort((a, b) => sizes.get(b)! - sizes.get(a)!);
  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) await compressFile(root, file, report, cacheDir, used);
  });
  await Promise.all(workers);
  if (cacheDir) {
    for (const name of await readdir(cacheDir)) if (!used.has(name)) await rm(path.join(cacheDir, name), { force: true });
  }
  return report;
}
