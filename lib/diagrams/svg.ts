import type { DiagramTheme } from './files';

/** The id of a rendered diagram's root <svg>; every other id inside it starts with this prefix. */
export function svgIdPrefix(key: string, theme: DiagramTheme): string {
  return `w7d-${key}-${theme === 'dark' ? 'd' : 'l'}`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const OPEN_SVG = /^\s*<svg\b([^>]*)>/;
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)="([^"]*)"/g;

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) attributes.set(match[1], match[2]);
  return attributes;
}

export class SvgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SvgError';
  }
}

/** Renames every id that does not start with `prefix`, with all its references (url(#), href, aria, CSS). */
export function prefixIds(svg: string, prefix: string): string {
  const ids = new Set<string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (match[1] !== prefix && !match[1].startsWith(`${prefix}-`) && !match[1].startsWith(`${prefix}_`)) ids.add(match[1]);
  }
  let result = svg;
  // Longest first, so that an id that is a prefix of another one does not rewrite part of it.
  for (const id of [...ids].sort((a, b) => b.length - a.length)) {
    const renamed = `${prefix}-${id}`;
    const quoted = escapeRegExp(id);
    result = result
      .replace(new RegExp(`(\\sid=")${quoted}(")`, 'g'), `$1${renamed}$2`)
      .replace(new RegExp(`url\\(#${quoted}\\)`, 'g'), `url(#${renamed})`)
      .replace(new RegExp(`((?:xlink:)?href=")#${quoted}(")`, 'g'), `$1#${renamed}$2`)
      .replace(new RegExp(`#${quoted}(?![\\w-])`, 'g'), `#${renamed}`);
  }
  return result;
}

export interface FinaliseOptions {
  key: string;
  theme: DiagramTheme;
  title: string;
  desc: string;
}

/**
 * Turns mermaid's SVG into the committed file: ids unique per diagram and theme, no fixed size (viewBox and
 * max-width; CSS makes it fluid), role="img" named by a <title> and described by a <desc>, mermaid's own
 * accessibility attributes and bulky data attributes removed. Rejects SVGs with <foreignObject> or <script>.
 */
export function finaliseSvg(raw: string, options: FinaliseOptions): string {
  if (/<foreignObject\b/i.test(raw)) throw new SvgError('the SVG contains <foreignObject> (htmlLabels must be false)');
  if (/<script\b/i.test(raw)) throw new SvgError('the SVG contains <script>');
  const open = OPEN_SVG.exec(raw);
  if (!open) throw new SvgError('the render result does not start with <svg>');
  const prefix = svgIdPrefix(options.key, options.theme);
  const attributes = parseAttributes(open[1]);
  const viewBox = attributes.get('viewBox');
  const numbers =
    viewBox
      ?.trim()
      .split(/[\s,]+/)
      .map(Number) ?? [];
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)) || numbers[2] <= 0 || numbers[3] <= 0) {
    throw new SvgError(`the SVG has no usable viewBox (${viewBox ?? 'none'})`);
  }
  const width = Math.ceil(numbers[2] * 100) / 100;
  const renderedId = attributes.get('id');

  let body = raw.slice(open[0].length);
  if (renderedId && renderedId !== prefix) {
    body = body.replace(new RegExp(`#${escapeRegExp(renderedId)}(?![\\w-])`, 'g'), `#${prefix}`);
  }
  body = body
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>/g, '')
    .replace(/<desc\b[^>]*>[\s\S]*?<\/desc>/g, '')
    .replace(/\sdata-points="[^"]*"/g, '');

  const kept = new Map<string, string>();
  for (const [name, value] of attributes) {
    if (['id', 'width', 'height', 'style', 'role', 'viewBox'].includes(name)) continue;
    if (name.startsWith('aria-')) continue;
    kept.set(name, value);
  }
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const head = [
    `id="${prefix}"`,
    ...[...kept].map(([name, value]) => `${name}="${value}"`),
    `viewBox="${numbers.join(' ')}"`,
    `style="max-width: ${width}px;"`,
    'role="img"',
    `aria-labelledby="${titleId}"`,
    `aria-describedby="${descId}"`,
  ].join(' ');
  const svg = `<svg ${head}><title id="${titleId}">${escapeXml(options.title)}</title>` + `<desc id="${descId}">${escapeXml(options.desc)}</desc>${body}`;
  return `${prefixIds(svg, prefix).trim()}\n`;
}

/** Replaces the text of the SVG's <title> (the committed file may carry an older wording of the fence title). */
export function withTitle(svg: string, title: string): string {
  return svg.replace(/(<title\b[^>]*>)[\s\S]*?(<\/title>)/, (_all, open: string, close: string) => `${open}${escapeXml(title)}${close}`);
}

/** What the committed SVGs must satisfy; empty when fine. */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  const open = OPEN_SVG.exec(svg);
  if (!open) return ['does not start with <svg>'];
  const attributes = parseAttributes(open[1]);
  if (attributes.get('role') !== 'img') problems.push('root <svg> has no role="img"');
  const labelledBy = attributes.get('aria-labelledby');
  const title = /<title\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/title>/.exec(svg);
  if (!title?.[2].trim()) problems.push('no non-empty <title>');
  else if (labelledBy !== title[1]) problems.push(`aria-labelledby="${labelledBy ?? ''}" does not point at the <title> (${title[1]})`);
  const desc = /<desc\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/desc>/.exec(svg);
  if (!desc?.[2].trim()) problems.push('no non-empty <desc>');
  else if (attributes.get('aria-describedby') !== desc[1]) problems.push('aria-describedby does not point at the <desc>');
  if (attributes.has('width') || attributes.has('height')) problems.push('fixed width/height on the root <svg>');
  if (!attributes.has('viewBox')) problems.push('no viewBox');
  if (/<foreignObject\b/i.test(svg)) problems.push('contains <foreignObject>');
  if (/<script\b/i.test(svg)) problems.push('contains <script>');
  if (/\son[a-z]+\s*=/i.test(svg)) problems.push('contains an event handler attribute');
  return problems;
}

/** The natural width of a finished SVG (its viewBox width), in CSS pixels. */
export function svgWidth(svg: string): number {
  const open = OPEN_SVG.exec(svg);
  const numbers = open
    ? (parseAttributes(open[1]).get('viewBox') ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number)
    : [];
  return numbers.length === 4 && Number.isFinite(numbers[2]) ? numbers[2] : 0;
}

/**
 * Wider diagrams than this do not shrink below WIDE_MIN_SCALE of their size (text would become unreadable
 * in the reading column): their wrapper scrolls horizontally and is focusable for keyboard scrolling.
 */
export const WIDE_DIAGRAM_PX = 600;
export const WIDE_MIN_SCALE = 0.65;
