/**
 * Renders the course's mermaid diagrams to committed SVGs (content/diagrams/<key>.<theme>.svg) and the
 * matching NanumGothic woff2 subsets (public/fonts/). Needs Chromium; the site build does not.
 *
 *   npm run diagrams                    render missing diagrams, delete orphans, refresh the font subsets
 *   npm run diagrams -- --force         re-render every diagram
 *   npm run diagrams -- --check         only verify; exit 1 listing missing/stale SVGs, orphans, font problems
 *   npm run diagrams -- [--chapters DIR] [--out DIR] [--fonts DIR] [DIR]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DiagramSourceError, type DiagramSource } from '../lib/diagrams/source';
import { DEFAULT_DIAGRAMS_DIR, THEMES, svgFileName } from '../lib/diagrams/files';
import { DEFAULT_CHAPTERS_DIR, checkStore, committedSvgs, formatStoreReport, scanChapters } from '../lib/diagrams/store';
import {
  DEFAULT_FONTS_DIR,
  FONT_FILES,
  SOURCE_FONTS,
  fontIsCurrent,
  fontProblems,
  makeSubset,
  requiredFontText,
  svgTextCharacters,
  uncoveredCharacters,
  type FontWeightName,
} from '../lib/diagrams/font';
import { launchRenderer } from '../lib/diagrams/render';

const USAGE = 'usage: npm run diagrams -- [--check] [--force] [--chapters DIR] [--out DIR] [--fonts DIR] [DIR]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseCli() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        check: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        chapters: { type: 'string' },
        out: { type: 'string', default: DEFAULT_DIAGRAMS_DIR },
        fonts: { type: 'string', default: DEFAULT_FONTS_DIR },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (positionals.length > 1 || (positionals.length === 1 && values.chapters)) fail(`give one content directory\n${USAGE}`);
    if (values.check && values.force) fail(`--check and --force exclude each other\n${USAGE}`);
    return {
      check: values.check,
      force: values.force,
      chapters: values.chapters ?? positionals[0] ?? DEFAULT_CHAPTERS_DIR,
      out: values.out,
      fonts: values.fonts,
    };
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
}

function scan(chaptersDir: string): DiagramSource[] {
  if (!existsSync(chaptersDir) || !statSync(chaptersDir).isDirectory()) fail(`${chaptersDir}: no such content directory`);
  try {
    return scanChapters(chaptersDir);
  } catch (error) {
    if (error instanceof DiagramSourceError) fail(error.message);
    throw error;
  }
}

/** One entry per key: the same diagram may appear in several places. */
function uniqueByKey(diagrams: DiagramSource[]): DiagramSource[] {
  const seen = new Map<string, DiagramSource>();
  for (const diagram of diagrams) if (!seen.has(diagram.key)) seen.set(diagram.key, diagram);
  return [...seen.values()];
}

async function refreshFonts(svgs: string[], fontsDir: string): Promise<void> {
  const wanted = requiredFontText(svgs);
  mkdirSync(fontsDir, { recursive: true });
  for (const weight of Object.keys(FONT_FILES) as FontWeightName[]) {
    const file = path.join(fontsDir, FONT_FILES[weight]);
    const text = wanted[weight];
    if (!text) {
      if (existsSync(file)) {
        rmSync(file);
        console.log(`deleted ${file} (no ${weight} text)`);
      }
      continue;
    }
    if (existsSync(file) && (await fontIsCurrent(readFileSync(file), text))) continue;
    if (!existsSync(SOURCE_FONTS[weight])) {
      fail(`${SOURCE_FONTS[weight]}: NanumGothic not found (install fonts-nanum, or set W7_DIAGRAM_FONT / W7_DIAGRAM_FONT_BOLD)`);
    }
    const subset = await makeSubset(readFileSync(SOURCE_FONTS[weight]), text);
    writeFileSync(file, subset);
    console.log(`wrote ${file} (${[...text].length} characters, ${subset.length} bytes)`);
  }
}

async function main(): Promise<void> {
  const options = parseCli();
  const diagrams = scan(options.chapters);
  const unique = uniqueByKey(diagrams);
  const report = checkStore(diagrams, options.out);

  if (options.check) {
    const problems = [formatStoreReport(report, options.out)].filter(Boolean);
    const fonts = await fontProblems(committedSvgs(unique, options.out), options.fonts);
    if (fonts.length > 0) problems.push([...fonts, 'To fix: run `npm run diagrams` and commit public/fonts/.'].join('\n'));
    if (problems.length > 0) fail(problems.join('\n'));
    console.log(`${unique.length} diagram(s) in ${options.chapters}: SVGs and fonts are up to date.`);
    return;
  }

  const stale = new Set(report.missing.map((entry) => entry.diagram.key));
  const toRender = options.force ? unique : unique.filter((diagram) => stale.has(diagram.key));
  if (toRender.length > 0) {
    mkdirSync(options.out, { recursive: true });
    const sourceFont = readFileSync(SOURCE_FONTS.regular);
    const renderer = await launchRenderer();
    try {
      for (const diagram of toRender) {
        const started = Date.now();
        const svgs = await renderer.render(diagram);
        const unavailable = await uncoveredCharacters(sourceFont, [...svgTextCharacters(svgs.light)].join(''));
        if (unavailable.length > 0) {
          throw new Error(`${diagram.file}:${diagram.line}: diagram "${diagram.title}" uses character(s) NanumGothic does not have: ${unavailable.join(' ')}`);
        }
        for (const theme of THEMES) writeFileSync(path.join(options.out, svgFileName(diagram.key, theme)), svgs[theme]);
        console.log(`rendered ${diagram.key} "${diagram.title}" (${diagram.file}:${diagram.line}) in ${Date.now() - started} ms`);
      }
    } finally {
      await renderer.close();
    }
  }
  for (const name of report.orphans) {
    rmSync(path.join(options.out, name));
    console.log(`deleted orphan ${path.join(options.out, name)}`);
  }
  await refreshFonts(committedSvgs(unique, options.out), options.fonts);
  console.log(`${unique.length} diagram(s): ${toRender.length} rendered, ${report.orphans.length} orphan(s) deleted.`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
