import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExportFixture, type ExportFixture } from '../test/export-fixture';
import { brotliQuality, compressTree } from './compress';

let fixture: ExportFixture;
let cache: string;

beforeEach(() => {
  fixture = createExportFixture();
  cache = mkdtempSync(path.join(tmpdir(), 'w7-cache-'));
});
afterEach(() => {
  fixture.remove();
  rmSync(cache, { recursive: true, force: true });
});

const js = () => path.join(fixture.dir, '_next/static/chunks/app-abc123.js');

describe('compressTree', () => {
  it('writes brotli and gzip copies that decompress to the original, for text files of 1 KB or more only', async () => {
    const report = await compressTree(fixture.dir, cache);
    const original = readFileSync(js());
    expect(brotliDecompressSync(readFileSync(`${js()}.br`)).equals(original)).toBe(true);
    expect(gunzipSync(readFileSync(`${js()}.gz`)).equals(original)).toBe(true);
    expect(existsSync(path.join(fixture.dir, 'chapters/intro.html.br'))).toBe(true);
    // Under 1 KB, and a font: left alone.
    expect(existsSync(path.join(fixture.dir, 'icon.svg.br'))).toBe(false);
    expect(existsSync(path.join(fixture.dir, '_next/static/media/font-x1.woff2.br'))).toBe(false);
    expect(existsSync(path.join(fixture.dir, 'sw.js.br'))).toBe(true);
    expect(existsSync(path.join(fixture.dir, 'pagefind/wasm.unknown.pagefind.br'))).toBe(false);
    // Pages, their data, the hashed script, the service worker and Pagefind's runtime.
    expect(report.files).toBe(9);
    expect(report.brotliBytes).toBeLessThan(report.gzipBytes);
    expect(report.gzipBytes).toBeLessThan(report.originalBytes);
  });

  it('writes no variant that saves too little (incompressible bytes), and removes an old one', async () => {
    const wasm = path.join(fixture.dir, 'pagefind/wasm.wasm');
    mkdirSync(path.dirname(wasm), { recursive: true });
    writeFileSync(wasm, randomBytes(8192));
    writeFileSync(`${wasm}.br`, 'stale');
    await compressTree(fixture.dir, cache);
    expect(existsSync(`${wasm}.br`)).toBe(false);
    expect(existsSync(`${wasm}.gz`)).toBe(false);
  });

  it('reuses cached results for unchanged contents and drops cache entries no file uses any more', async () => {
    await compressTree(fixture.dir, cache);
    const entry = readdirSync(cache).find((name) => name.endsWith('-q11.br'));
    expect(entry).toBeDefined();
    // A marker in the cache shows up in the output only if the cache is read instead of compressing again.
    writeFileSync(path.join(cache, entry!), 'from-cache');
    await compressTree(fixture.dir, cache);
    expect(readFileSync(`${js()}.br`, 'utf8')).toBe('from-cache');
    writeFileSync(js(), `${readFileSync(js(), 'utf8')}\n// changed`);
    await compressTree(fixture.dir, cache);
    expect(existsSync(path.join(cache, entry!))).toBe(false);
    expect(brotliDecompressSync(readFileSync(`${js()}.br`)).toString()).toMatch(/\/\/ changed$/);
  });

  it('uses the best brotli quality for hashed files and one less for pages and data', () => {
    expect(brotliQuality('_next/static/chunks/a.js')).toBe(11);
    expect(brotliQuality('chapters/intro.html')).toBe(10);
    expect(brotliQuality('chapters/intro.txt')).toBe(10);
  });
});
