import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDiagrams, type DiagramSource } from './source';
import { FIX_HINT, missingSvgFiles, svgFileNames } from './files';

export const DEFAULT_CHAPTERS_DIR = path.join('content', 'chapters');

const SVG_NAME = /^([0-9a-f]{16})\.(light|dark)\.svg$/;

/** Every diagram of every `*.mdx` in `chaptersDir` (sorted by file name), with `file` relative to the cwd when inside it. */
export function scanChapters(chaptersDir: string): DiagramSource[] {
  if (!existsSync(chaptersDir)) return [];
  const files = readdirSync(chaptersDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  return files.flatMap((name) => {
    const full = path.join(chaptersDir, name);
    const relative = path.relative(process.cwd(), full);
    return extractDiagrams(readFileSync(full, 'utf8'), relative.startsWith('..') || path.isAbsolute(relative) ? full : relative);
  });
}

/** The committed SVG files (every theme) of the given diagrams that exist, each key once. */
export function committedSvgs(diagrams: DiagramSource[], diagramsDir: string): string[] {
  const keys = [...new Set(diagrams.map((diagram) => diagram.key))];
  return keys.flatMap((key) =>
    svgFileNames(key)
      .map((name) => path.join(diagramsDir, name))
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8')),
  );
}

export interface MissingDiagram {
  diagram: DiagramSource;
  files: string[];
}

export interface StoreReport {
  /** Diagrams whose SVG(s) are not committed: new diagrams, or sources edited since the last render. */
  missing: MissingDiagram[];
  /** SVG files that no diagram uses any more. */
  orphans: string[];
}

export function checkStore(diagrams: DiagramSource[], diagramsDir: string): StoreReport {
  const missing = diagrams.map((diagram) => ({ diagram, files: missingSvgFiles(diagram.key, diagramsDir) })).filter((entry) => entry.files.length > 0);
  const used = new Set(diagrams.map((diagram) => diagram.key));
  const present = existsSync(diagramsDir) ? readdirSync(diagramsDir) : [];
  const orphans = present
    .filter((name) => {
      const match = SVG_NAME.exec(name);
      return match ? !used.has(match[1]) : name.endsWith('.svg');
    })
    .sort();
  return { missing, orphans };
}

export function formatStoreReport(report: StoreReport, diagramsDir: string): string {
  const lines: string[] = [];
  for (const { diagram, files } of report.missing) {
    lines.push(
      `${diagram.file}:${diagram.line}: diagram "${diagram.title}" (key ${diagram.key}) has no rendered SVG (${files
        .map((name) => path.join(diagramsDir, name))
        .join(', ')}): its source is new or changed since the last render.`,
    );
  }
  for (const name of report.orphans) {
    lines.push(`${path.join(diagramsDir, name)}: orphan SVG, no diagram in the chapters uses it.`);
  }
  if (lines.length > 0) lines.push(`To fix: ${FIX_HINT} (needs Chromium) and commit ${diagramsDir}/ and public/fonts/.`);
  return lines.join('\n');
}
