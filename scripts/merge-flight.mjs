#!/usr/bin/env node
/**
 * Second step of `npm run build`: in every exported page (out/**\/*.html), joins the run of inline scripts that
 * carry the page's RSC payload (`self.__next_f.push([1,"..."])`, one per chunk of a few KB) into one script with
 * the same payload. A chapter page loses ~140 elements and the per-script overhead, and a Content-Security-Policy
 * needs one script hash instead of ~140. Leaves everything else as it is; only node:* modules.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One payload chunk script as Next writes it (no nonce in a static export); group 1 is the JSON string. */
const CHUNK = /<script>self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)<\/script>/g;

/** What Next escapes in inline JSON (next/dist/shared/lib/htmlescape.js), so the script cannot end early. */
const ESCAPES = { '&': '\\u0026', '>': '\\u003e', '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };
const htmlEscapeJson = (json) => json.replace(/[&><\u2028\u2029]/g, (char) => ESCAPES[char]);

/**
 * @param {string} html
 * @returns {{ html: string, removed: number }} the page with each run of adjacent chunk scripts joined, and how many
 * scripts fewer it has.
 */
export function mergeFlightScripts(html) {
  /** @type {RegExpExecArray[][]} */
  const runs = [];
  for (const match of html.matchAll(CHUNK)) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.index + last[0].length === match.index) run.push(match);
    else runs.push([match]);
  }
  let result = '';
  let from = 0;
  let removed = 0;
  for (const run of runs) {
    if (run.length < 2) continue;
    const first = run[0];
    const last = run[run.length - 1];
    const payload = run.map((match) => JSON.parse(match[1])).join('');
    result += `${html.slice(from, first.index)}<script>self.__next_f.push(${htmlEscapeJson(JSON.stringify([1, payload]))})</script>`;
    from = last.index + last[0].length;
    removed += run.length - 1;
  }
  return { html: result + html.slice(from), removed };
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.isFile() && entry.name.endsWith('.html') ? [full] : [];
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'out');
  let files;
  try {
    files = htmlFiles(out);
  } catch {
    console.error('out/ is missing: run `next build` first.');
    process.exit(1);
  }
  let removed = 0;
  for (const file of files) {
    const page = mergeFlightScripts(readFileSync(file, 'utf8'));
    if (page.removed > 0) writeFileSync(file, page.html);
    removed += page.removed;
  }
  console.log(`RSC payload scripts joined: ${removed} fewer <script> elements in ${files.length} pages.`);
}
