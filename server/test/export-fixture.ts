/**
 * Test support: a small static export in a temporary folder, shaped like Next's (pages as route.html,
 * segment .txt files, hashed /_next/static files, 404.html), for server tests that must not depend on a
 * full `next build`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const THEME_SCRIPT = "(function(){document.documentElement.dataset.t='1'})();";
export const DATA_SCRIPT = 'self.__next_f.push([1,"한국어 데이터"])';
/** Long enough to be compressed (text is compressed from 1 KB on). */
export const BIG_SCRIPT = `console.log(${JSON.stringify('보안 '.repeat(2000))});`;

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/><title>${title}</title><script>${THEME_SCRIPT}</script>` +
  `<script src="/_next/static/chunks/app-abc123.js" async=""></script></head><body>${body}<script>${DATA_SCRIPT}</script></body></html>`;

export interface ExportFixture {
  dir: string;
  remove(): void;
}

export function createExportFixture(): ExportFixture {
  const dir = mkdtempSync(path.join(tmpdir(), 'w7-out-'));
  const write = (relative: string, content: string | Buffer) => {
    const full = path.join(dir, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  };
  write('index.html', page('홈', `<main>${'<p>시간표</p>'.repeat(200)}</main>`));
  write('chapters/intro.html', page('들어가며', `<main>${'<p>본문</p>'.repeat(300)}</main>`));
  // A folder beside the page, as Next writes the segment data of /chapters/intro.
  write('chapters/intro/__next._tree.txt', '0:{"tree":true}\n'.repeat(100));
  write('chapters/intro.txt', '1:"segment"\n'.repeat(200));
  write('404.html', page('없는 페이지', '<main><h1>페이지를 찾을 수 없습니다</h1></main>'));
  write('_next/static/chunks/app-abc123.js', BIG_SCRIPT);
  write('_next/static/media/font-x1.woff2', Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]));
  write('icon.svg', `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(10)}</svg>`);
  // What the offline and search features add to the export: a service worker at the root, Pagefind's files.
  write('sw.js', `self.addEventListener('fetch', () => {});\n${'// precache\n'.repeat(200)}`);
  write('pagefind/pagefind.js', `export const search = () => [];\n${'// runtime\n'.repeat(200)}`);
  write('pagefind/wasm.unknown.pagefind', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4]));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
