import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { convert } from 'fontverter';

/** Served by the site (public/ is the web root): referenced by the @font-face rules in components/mdx/diagram.css. */
export const DEFAULT_FONTS_DIR = path.join('public', 'fonts');
export const FONT_FILES = { regular: 'w7-diagram.woff2', bold: 'w7-diagram-bold.woff2' } as const;
export type FontWeightName = keyof typeof FONT_FILES;

/** The fonts mermaid measured the text with at render time (Debian/Ubuntu package fonts-nanum). */
export const SOURCE_FONTS: Record<FontWeightName, string> = {
  regular: process.env.W7_DIAGRAM_FONT ?? '/usr/share/fonts/truetype/nanum/NanumGothic.ttf',
  bold: process.env.W7_DIAGRAM_FONT_BOLD ?? '/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf',
};

/** Printable ASCII is always in the subset, so small edits in Latin labels never need a new font. */
export const ASCII = Array.from({ length: 95 }, (_unused, i) => String.fromCharCode(32 + i)).join('');

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_all, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_all, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

/** The characters drawn by the SVG's <text> elements (what the font must contain). */
export function svgTextCharacters(svg: string): Set<string> {
  const chars = new Set<string>();
  for (const match of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
    for (const char of decodeEntities(match[1].replace(/<[^>]*>/g, ''))) {
      if (char.trim()) chars.add(char);
    }
  }
  return chars;
}

/** Whether the SVG draws any bold text (mermaid markdown labels `**...**`, some diagram titles). */
export function usesBold(svg: string): boolean {
  return /font-weight(?:="|\s*:\s*)(?:bold|[6-9]00)/.test(svg);
}

/** Sorted text for subsetting: ASCII plus every given character. */
export function subsetText(chars: Iterable<string>): string {
  return [...new Set([...ASCII, ...chars])].sort().join('');
}

export async function makeSubset(fontFile: Buffer, text: string): Promise<Buffer> {
  return subsetFont(fontFile, text, { targetFormat: 'woff2' });
}

/** Every code point the font maps to a real glyph (cmap format 4 and 12), read from a woff2/woff/sfnt file. */
export async function fontCodePoints(font: Buffer): Promise<Set<number>> {
  const sfnt = await convert(font, 'sfnt');
  const numTables = sfnt.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const record = 12 + 16 * i;
    if (sfnt.toString('latin1', record, record + 4) === 'cmap') cmap = sfnt.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error('the font has no cmap table');
  const points = new Set<number>();
  const subtables = sfnt.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const offset = cmap + sfnt.readUInt32BE(cmap + 4 + 8 * i + 4);
    const format = sfnt.readUInt16BE(offset);
    if (format === 4) readFormat4(sfnt, offset, points);
    else if (format === 12) readFormat12(sfnt, offset, points);
  }
  return points;
}

function readFormat4(sfnt: Buffer, offset: number, points: Set<number>): void {
  const segments = sfnt.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = sfnt.readUInt16BE(ends + s * 2);
    const start = sfnt.readUInt16BE(starts + s * 2);
    const delta = sfnt.readInt16BE(deltas + s * 2);
    const rangeOffset = sfnt.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = sfnt.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(c);
    }
  }
}

function readFormat12(sfnt: Buffer, offset: number, points: Set<number>): void {
  const groups = sfnt.readUInt32BE(offset + 12);
  for (let g = 0; g < groups; g++) {
    const group = offset + 16 + g * 12;
    const start = sfnt.readUInt32BE(group);
    const end = sfnt.readUInt32BE(group + 4);
    const firstGlyph = sfnt.readUInt32BE(group + 8);
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) points.add(c);
  }
}

/** What the committed font subsets must contain for a set of rendered SVGs (undefined: no such file wanted). */
export function requiredFontText(svgs: Iterable<string>): Record<FontWeightName, string | undefined> {
  const chars = new Set<string>();
  let bold = false;
  let count = 0;
  for (const svg of svgs) {
    count++;
    for (const char of svgTextCharacters(svg)) chars.add(char);
    bold ||= usesBold(svg);
  }
  const text = subsetText(chars);
  return { regular: count > 0 ? text : undefined, bold: bold ? text : undefined };
}

/** Characters of `text` that the font does not map. */
export async function uncoveredCharacters(font: Buffer, text: string): Promise<string[]> {
  const points = await fontCodePoints(font);
  return [...text].filter((char) => char.trim() !== '' && !points.has(char.codePointAt(0) ?? 0));
}

/** Same-text subsets the font files should have (no missing and no superfluous glyphs). */
export async function fontIsCurrent(font: Buffer, text: string): Promise<boolean> {
  const points = await fontCodePoints(font);
  const wanted = new Set([...text].map((char) => char.codePointAt(0) ?? 0));
  return points.size === wanted.size && [...wanted].every((point) => points.has(point));
}

export const FONT_BUDGET_BYTES = 200 * 1024;

/** Why the committed subsets in `fontsDir` do not fit the rendered SVGs; empty when they do. */
export async function fontProblems(svgs: string[], fontsDir: string): Promise<string[]> {
  const wanted = requiredFontText(svgs);
  const problems: string[] = [];
  let total = 0;
  for (const weight of Object.keys(FONT_FILES) as FontWeightName[]) {
    const file = path.join(fontsDir, FONT_FILES[weight]);
    const text = wanted[weight];
    if (!existsSync(file)) {
      if (text) problems.push(`${file}: missing (the diagrams use ${weight} text)`);
      continue;
    }
    if (!text) {
      problems.push(`${file}: no diagram uses ${weight} text any more`);
      continue;
    }
    const font = readFileSync(file);
    total += font.length;
    const missing = await uncoveredCharacters(font, text);
    if (missing.length > 0) problems.push(`${file}: lacks ${missing.length} character(s) the diagrams draw: ${missing.join(' ')}`);
  }
  if (total > FONT_BUDGET_BYTES) problems.push(`${fontsDir}: the font subsets take ${total} bytes, over the ${FONT_BUDGET_BYTES} byte budget`);
  return problems;
}
