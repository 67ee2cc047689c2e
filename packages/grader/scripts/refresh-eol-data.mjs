#!/usr/bin/env node
/**
 * Refreshes src/images/eol-data.json from endoflife.date (https://endoflife.date/docs/api/): the
 * cycles, release and end-of-life dates of each product the image rules know. Needs internet; run it
 * by hand, review the diff (the `recommended` releases are kept as they are unless they went out of
 * support, in which case the newest supported LTS or release is taken), run the tests, commit.
 *
 *   node packages/grader/scripts/refresh-eol-data.mjs [--today YYYY-MM-DD]
 *
 * distroless is not on endoflife.date: its cycles are kept (see its SUPPORT_POLICY.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'images', 'eol-data.json');
/** our product id → endoflife.date product */
const PRODUCTS = { nodejs: 'nodejs', python: 'python', go: 'go', nginx: 'nginx', alpine: 'alpine-linux', debian: 'debian', ubuntu: 'ubuntu' };

const arg = process.argv.indexOf('--today');
const today = arg > 0 ? process.argv[arg + 1] : new Date().toISOString().slice(0, 10);

/** endoflife.date spells some fields differently per product; for Debian the LTS end is what the images follow. */
function cycleOf(id, c) {
  const eol = id === 'debian' && typeof c.extendedSupport === 'string' ? c.extendedSupport : c.eol;
  let codename = typeof c.codename === 'string' ? c.codename.toLowerCase().split(/\s+/)[0] : null;
  if (id === 'nodejs' && typeof c.codename === 'string') codename = c.codename.toLowerCase() || null;
  return {
    cycle: String(c.cycle),
    codename: codename || null,
    releaseDate: c.releaseDate,
    eol: eol === true ? c.releaseDate : eol === false ? false : String(eol),
    lts: c.lts === true || typeof c.lts === 'string',
  };
}

const data = JSON.parse(readFileSync(FILE, 'utf8'));
for (const [id, slug] of Object.entries(PRODUCTS)) {
  const res = await fetch(`https://endoflife.date/api/${slug}.json`);
  if (!res.ok) throw new Error(`${slug}: HTTP ${res.status}`);
  const cycles = (await res.json()).map((c) => cycleOf(id, c));
  const p = data.products[id];
  // keep codenames the API leaves out (the images use them as tags)
  for (const c of cycles) c.codename ??= p.cycles.find((o) => o.cycle === c.cycle)?.codename ?? null;
  p.cycles = cycles;
  p.asOf = today;
  const rec = cycles.find((c) => c.cycle === p.recommended);
  if (!rec || (rec.eol !== false && rec.eol <= today)) {
    const supported = cycles.filter((c) => c.eol === false || c.eol > today);
    p.recommended = (supported.find((c) => c.lts) ?? supported[0])?.cycle ?? p.recommended;
  }
  console.log(`${id}: ${cycles.length} cycles, recommended ${p.recommended}`);
}
data.generated = today;
writeFileSync(FILE, `${JSON.stringify(data, null, 2)}\n`);
console.log(`wrote ${FILE}`);
