import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Each diagram is committed twice: shown by CSS according to the `.dark` class on <html> (print uses light). */
export const THEMES = ['light', 'dark'] as const;
export type DiagramTheme = (typeof THEMES)[number];

export const DEFAULT_DIAGRAMS_DIR = path.join('content', 'diagrams');
export const FIX_HINT = 'run `npm run diagrams`';

export function svgFileName(key: string, theme: DiagramTheme): string {
  return `${key}.${theme}.svg`;
}

export function svgFileNames(key: string): string[] {
  return THEMES.map((theme) => svgFileName(key, theme));
}

/** The theme files of `key` that are not in `diagramsDir`. */
export function missingSvgFiles(key: string, diagramsDir: string): string[] {
  return svgFileNames(key).filter((name) => !existsSync(path.join(diagramsDir, name)));
}

const KEY = /^[0-9a-f]{16}$/;

export class MissingDiagramError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingDiagramError';
  }
}

/** The committed SVG of each theme for a diagram key; throws naming the title and the fix when one is missing. */
export function readDiagramSvgs(key: string, title: string, diagramsDir = DEFAULT_DIAGRAMS_DIR): Record<DiagramTheme, string> {
  if (!KEY.test(key)) throw new MissingDiagramError(`<Diagram id="${key}">: not a diagram key (16 hex characters expected).`);
  const missing = missingSvgFiles(key, diagramsDir);
  if (missing.length > 0) {
    throw new MissingDiagramError(
      `diagram "${title}": ${missing.map((name) => path.join(diagramsDir, name)).join(', ')} not found; ${FIX_HINT} and commit ${diagramsDir}/.`,
    );
  }
  const svgs = {} as Record<DiagramTheme, string>;
  for (const theme of THEMES) svgs[theme] = readFileSync(path.join(diagramsDir, svgFileName(key, theme)), 'utf8');
  return svgs;
}
