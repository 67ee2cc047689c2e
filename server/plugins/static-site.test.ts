import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { finishExport } from '../export/finish';
import { scriptHash } from '../export/page-csp';
import { COMMON_HEADERS, IMMUTABLE_CACHE } from '../security/headers';
import { BIG_SCRIPT, createExportFixture, DATA_SCRIPT, THEME_SCRIPT, type ExportFixture } from '../test/export-fixture';
import { header, rawRequest } from '../test/http';

let fixture: ExportFixture;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  fixture = createExportFixture();
  await finishExport(fixture.dir);
  app = await buildApp({ outDir: fixture.dir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await app.close();
  fixture.remove();
});

const file = (relative: string) => readFileSync(path.join(fixture.dir, relative));

function expectSecurityHeaders(response: Awaited<ReturnType<typeof rawRequest>>) {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(header(response, name), name).toBe(value);
  const csp = header(response, 'content-security-policy');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
}

describe('pages', () => {
  it("maps /route to route.html and / to index.html, revalidated, with the page's own script hashes in the CSP", async () => {
    const page = await rawRequest(`${base}/chapters/intro`);
    expect(page.status).toBe(200);
    expect(header(page, 'content-type')).toBe('text/html; charset=utf-8');
    expect(page.body.equals(file('chapters/intro.html'))).toBe(true);
    expect(header(page, 'cache-control')).toBe('no-cache');
    expect(header(page, 'etag')).toMatch(/^W\/".+"$/);
    expect(header(page, 'vary').toLowerCase()).toContain('accept-encoding');
    expectSecurityHeaders(page);
    const csp = header(page, 'content-security-policy');
    expect(csp).toMatch(
      new RegExp(
        `^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${scriptHash(THEME_SCRIPT).replace(/[+/]/g, '\\$&')}' '${scriptHash(DATA_SCRIPT).replace(/[+/]/g, '\\$&')}'; `,
      ),
    );
    const home = await rawRequest(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.body.equals(file('index.html'))).toBe(true);
  });

  it("sends the page's segment data files, also from the folder beside the page", async () => {
    const segment = await rawRequest(`${base}/chapters/intro.txt?_rsc=abc`);
    expect(segment.status).toBe(200);
    expect(header(segment, 'content-type')).toBe('text/plain; charset=utf-8');
    expect(segment.body.equals(file('chapters/intro.txt'))).toBe(true);
    const tree = await rawRequest(`${base}/chapters/intro/__next._tree.txt`);
    expect(tree.status).toBe(200);
    expect(tree.body.equals(file('chapters/intro/__next._tree.txt'))).toBe(true);
  });

  it('answers a missing path with 404.html, status 404, no ETag, the security headers', async () => {
    const missing = await rawRequest(`${base}/chapters/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body.equals(file('404.html'))).toBe(true);
    expect(header(missing, 'etag')).toBe('');
    expectSecurityHeaders(missing);
    const ranged = await rawRequest(`${base}/chapters/nope`, { headers: { Range: 'bytes=0-3' } });
    expect(ranged.status).toBe(404);
  });

  it('never hands out the static-host files or a compressed variant by its own name, nor escapes out/', async () => {
    for (const target of ['/_headers', '/_nginx.conf', '/index.html.br', '/chapters/intro.html.gz']) {
      const response = await rawRequest(`${base}${target}`);
      expect(response.status, target).toBe(404);
      expect(response.body.equals(file('404.html')), target).toBe(true);
    }
    const escape = await rawRequest(`${base}/..%2f..%2fetc%2fpasswd`);
    expect([403, 404]).toContain(escape.status);
    expect(escape.body.toString()).not.toContain('root:');
  });
});

describe('compression', () => {
  it('sends the brotli or gzip file written at build time, by Accept-Encoding, with Vary', async () => {
    const original = file('_next/static/chunks/app-abc123.js');
    expect(original.toString()).toBe(BIG_SCRIPT);
    const br = await rawRequest(`${base}/_next/static/chunks/app-abc123.js`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(header(br, 'content-encoding')).toBe('br');
    expect(header(br, 'content-type')).toMatch(/javascript/);
    expect(Number(header(br, 'content-length'))).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(original.length / 5);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gz = await rawRequest(`${base}/_next/static/chunks/app-abc123.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(header(gz, 'content-encoding')).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await rawRequest(`${base}/_next/static/chunks/app-abc123.js`);
    expect(header(plain, 'content-encoding')).toBe('');
    expect(plain.body.equals(original)).toBe(true);
    for (const response of [br, gz, plain]) expect(header(response, 'vary').toLowerCase()).toContain('accept-encoding');
  });

  it('compresses pages too, and leaves small files and binary formats as they are', async () => {
    const page = await rawRequest(`${base}/chapters/intro`, { headers: { 'Accept-Encoding': 'br' } });
    expect(header(page, 'content-encoding')).toBe('br');
    expect(brotliDecompressSync(page.body).equals(file('chapters/intro.html'))).toBe(true);
    // The page's CSP does not depend on the encoding.
    expect(header(page, 'content-security-policy')).toContain(scriptHash(DATA_SCRIPT));
    const icon = await rawRequest(`${base}/icon.svg`, { headers: { 'Accept-Encoding': 'br' } });
    expect(icon.status).toBe(200);
    expect(header(icon, 'content-encoding')).toBe('');
    const font = await rawRequest(`${base}/_next/static/media/font-x1.woff2`, { headers: { 'Accept-Encoding': 'br' } });
    expect(header(font, 'content-encoding')).toBe('');
  });
});

describe('caching, HEAD and Range', () => {
  it('marks hashed /_next/static files immutable and everything else revalidated', async () => {
    expect(header(await rawRequest(`${base}/_next/static/chunks/app-abc123.js`), 'cache-control')).toBe(IMMUTABLE_CACHE);
    expect(IMMUTABLE_CACHE).toBe('public, max-age=31536000, immutable');
    expect(header(await rawRequest(`${base}/icon.svg`), 'cache-control')).toBe('no-cache');
    expect(header(await rawRequest(`${base}/chapters/intro.txt`), 'cache-control')).toBe('no-cache');
  });

  it('answers a matching If-None-Match with 304 and no body, per encoding', async () => {
    const first = await rawRequest(`${base}/chapters/intro`, { headers: { 'Accept-Encoding': 'br' } });
    const etag = header(first, 'etag');
    const again = await rawRequest(`${base}/chapters/intro`, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expectSecurityHeaders(again);
    // The identity representation has its own validator: the brotli one must not match it.
    const identity = await rawRequest(`${base}/chapters/intro`, { headers: { 'If-None-Match': etag } });
    expect(identity.status).toBe(200);
    expect(header(identity, 'etag')).not.toBe(etag);
    const changed = await rawRequest(`${base}/chapters/intro`, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': 'W/"other"' } });
    expect(changed.status).toBe(200);
  });

  it('answers HEAD with the GET headers and no body', async () => {
    const head = await rawRequest(`${base}/chapters/intro`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(header(head, 'content-length'))).toBe(file('chapters/intro.html').length);
    expect(header(head, 'etag')).toMatch(/^W\//);
    expectSecurityHeaders(head);
  });

  it('answers a Range request with 206 and exactly those bytes, and an unsatisfiable one with 416', async () => {
    const original = file('chapters/intro.html');
    const part = await rawRequest(`${base}/chapters/intro`, { headers: { Range: 'bytes=10-29' } });
    expect(part.status).toBe(206);
    expect(header(part, 'content-range')).toBe(`bytes 10-29/${original.length}`);
    expect(part.body.equals(original.subarray(10, 30))).toBe(true);
    const tail = await rawRequest(`${base}/_next/static/chunks/app-abc123.js`, { headers: { Range: 'bytes=-5' } });
    expect(tail.status).toBe(206);
    expect(tail.body.equals(Buffer.from(BIG_SCRIPT).subarray(-5))).toBe(true);
    const beyond = await rawRequest(`${base}/chapters/intro`, { headers: { Range: `bytes=${original.length + 10}-` } });
    expect(beyond.status).toBe(416);
  });
});

describe("what the site's features need", () => {
  it("lets Monaco's and the grader's workers, a service worker at /sw.js and Pagefind's WebAssembly run", async () => {
    const csp = header(await rawRequest(`${base}/`), 'content-security-policy');
    const directive = (name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `));
    // Workers (Monaco, grading, the service worker) are scripts of our own origin.
    expect(directive('worker-src')).toBe("worker-src 'self'");
    // Pagefind compiles WebAssembly: allowed, and nothing else that evaluates strings.
    expect(directive('script-src')).toMatch(/^script-src 'self' 'wasm-unsafe-eval' /);
    expect(directive('connect-src')).toBe("connect-src 'self'");
    // A service worker must be revalidated, or an update would wait for a cache to expire.
    const worker = await rawRequest(`${base}/sw.js`, { headers: { 'Accept-Encoding': 'br' } });
    expect(worker.status).toBe(200);
    expect(header(worker, 'content-type')).toMatch(/^(text|application)\/javascript/);
    expect(header(worker, 'cache-control')).toBe('no-cache');
    expect(header(worker, 'content-encoding')).toBe('br');
    expect(brotliDecompressSync(worker.body).equals(file('sw.js'))).toBe(true);
    // Pagefind's index is already gzipped by Pagefind: sent as it is.
    const index = await rawRequest(`${base}/pagefind/wasm.unknown.pagefind`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(index.status).toBe(200);
    expect(header(index, 'content-encoding')).toBe('');
    expect(index.body.equals(file('pagefind/wasm.unknown.pagefind'))).toBe(true);
    expect(header(await rawRequest(`${base}/pagefind/pagefind.js`), 'cache-control')).toBe('no-cache');
  });
});

describe('API paths', () => {
  it('answers an unknown API path with JSON 404, a locked-down CSP and no caching', async () => {
    const response = await rawRequest(`${base}/api/nope`);
    expect(response.status).toBe(404);
    expect(header(response, 'content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(response.body.toString())).toEqual({ error: 'not-found', message: '없는 API 경로입니다.' });
    expect(header(response, 'content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(header(response, 'cache-control')).toBe('no-store');
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(header(response, name)).toBe(value);
  });
});
