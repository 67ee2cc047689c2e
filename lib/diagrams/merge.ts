/**
 * One inline SVG for both themes: the light rendering, plus the dark rendering's colours as CSS under
 * `html.dark` (never in print, which stays light), so a page holds each diagram's elements once instead of
 * twice. Pure string work on the committed SVGs (finaliseSvg output); throws ThemeMergeError when the two
 * renderings differ in anything but colours, so a caller can fall back to showing both.
 */
import { svgIdPrefix } from './svg';

export class ThemeMergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThemeMergeError';
  }
}

const STYLE = /<style>([\s\S]*?)<\/style>/;
/** Where the stylesheet was, while the rest is compared. */
const STYLE_PLACE = '\u0000style\u0000';
/** Presentation attributes that carry a colour, which a theme may change. */
const COLOUR_ATTRIBUTES = new Set(['fill', 'stroke', 'flood-color', 'stop-color', 'lighting-color', 'color']);
/** Definitions only the dark rendering has (the gradient its stylesheet strokes with): kept, they draw nothing. */
const DEFINITION = /^<(linearGradient|radialGradient)\b/;

/** The top-level rules of a stylesheet (`selector{...}` or `@rule{...{...}}`), as written. */
export function cssRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}') {
      depth--;
      if (depth === 0) {
        rules.push(css.slice(start, i + 1).trim());
        start = i + 1;
      }
    }
  }
  if (depth !== 0 || css.slice(start).trim() !== '') throw new ThemeMergeError('the stylesheet has unbalanced braces');
  return rules;
}

/** `#root .a,#root .b{...}` -> `html.dark #root .a,html.dark #root .b{...}`; every selector must start at the root. */
function scopeToDark(rule: string, rootSelector: string): string {
  const open = rule.indexOf('{');
  const selectors = rule.slice(0, open).split(',');
  if (!selectors.every((selector) => selector.trim().startsWith(rootSelector))) {
    throw new ThemeMergeError(`a dark rule is not scoped to the diagram: ${rule.slice(0, 80)}`);
  }
  return `${selectors.map((selector) => `html.dark ${selector.trim()}`).join(',')}${rule.slice(open)}`;
}

/** Declarations of an inline style, in order: [property, value]. */
function declarations(style: string): [string, string][] {
  return style
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}

/** Attributes of a start tag, in order. */
function attributes(tag: string): [string, string][] {
  return [...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]);
}

/** Gives out one custom property per (light, dark) colour pair; the dark values go into the dark stylesheet. */
class ColourVariables {
  private readonly names = new Map<string, string>();
  readonly darkDeclarations: string[] = [];

  /** `var(--w7d-N,<light>)`, which the dark stylesheet sets to `dark`. */
  use(light: string, dark: string): string {
    const pair = `${light}\n${dark}`;
    let name = this.names.get(pair);
    if (!name) {
      name = `--w7d-${this.names.size}`;
      this.names.set(pair, name);
      this.darkDeclarations.push(`${name}:${dark}`);
    }
    return `var(${name},${light})`;
  }
}

/** One inline style with each differing declaration's value taken from a variable. */
function mergeStyle(light: string, dark: string, colours: ColourVariables): string {
  const ours = declarations(light);
  const theirs = declarations(dark);
  if (ours.length !== theirs.length || ours.some(([property], i) => property !== theirs[i][0])) {
    throw new ThemeMergeError(`inline styles differ in their properties: "${light}" / "${dark}"`);
  }
  return ours
    .map(([property, value], i) => {
      const other = theirs[i][1];
      if (value === other) return `${property}:${value}`;
      const [lightValue, lightFlag = ''] = value.split(/\s*(?=!important$)/);
      const [darkValue, darkFlag = ''] = other.split(/\s*(?=!important$)/);
      if (lightFlag !== darkFlag) throw new ThemeMergeError(`inline styles differ in !important: "${light}"`);
      return `${property}:${colours.use(lightValue, darkValue)}${lightFlag ? ` ${lightFlag}` : ''}`;
    })
    .join(';');
}

/** A start tag of the light rendering whose colours differ in the dark one, with those colours as variables. */
function mergeTag(light: string, dark: string, colours: ColourVariables): string {
  const name = /^<([\w:-]+)/.exec(light)?.[1];
  const ours = attributes(light);
  const theirs = attributes(dark);
  if (!name || name !== /^<([\w:-]+)/.exec(dark)?.[1] || ours.length !== theirs.length || ours.some(([attribute], i) => attribute !== theirs[i][0])) {
    throw new ThemeMergeError(`the renderings have different elements: ${light.slice(0, 80)} / ${dark.slice(0, 80)}`);
  }
  // A colour moved out of an attribute joins the element's style (which comes first, where it was).
  const kept: string[] = [];
  const moved: string[] = [];
  let style: string | undefined;
  ours.forEach(([attribute, value], i) => {
    const other = theirs[i][1];
    if (attribute === 'style') {
      style = value === other ? value : mergeStyle(value, other, colours);
      kept.push('');
    } else if (value === other) kept.push(`${attribute}="${value}"`);
    else if (COLOUR_ATTRIBUTES.has(attribute)) moved.push(`${attribute}:${colours.use(value, other)}`);
    else throw new ThemeMergeError(`the renderings differ in ${attribute}: ${light.slice(0, 80)}`);
  });
  const merged = `style="${[style, ...moved].filter(Boolean).join(';')}"`;
  const styleAt = kept.indexOf('');
  if (styleAt >= 0) kept[styleAt] = merged;
  else kept.push(merged);
  return `<${name} ${kept.join(' ')}${light.endsWith('/>') ? '/>' : '>'}`;
}

export function mergeThemes(light: string, dark: string, key: string): string {
  const lightPrefix = svgIdPrefix(key, 'light');
  const darkAsLight = dark.split(svgIdPrefix(key, 'dark')).join(lightPrefix);
  const lightStyle = STYLE.exec(light);
  const darkStyle = STYLE.exec(darkAsLight);
  if (!lightStyle || !darkStyle) throw new ThemeMergeError('a rendering has no <style>');

  // The elements must be the same; only colours may differ (classDef fills, filter and gradient colours).
  const lightTokens = light
    .replace(STYLE, STYLE_PLACE)
    .split(/(<[^>]+>)/)
    .filter(Boolean);
  const darkTokens = darkAsLight
    .replace(STYLE, STYLE_PLACE)
    .split(/(<[^>]+>)/)
    .filter(Boolean);
  const colours = new ColourVariables();
  const merged: string[] = [];
  let d = 0;
  for (const token of lightTokens) {
    while (token !== darkTokens[d] && DEFINITION.test(darkTokens[d] ?? '')) {
      const end = darkTokens.indexOf(`</${DEFINITION.exec(darkTokens[d])?.[1]}>`, d);
      if (end < 0) throw new ThemeMergeError('an unclosed definition in the dark rendering');
      merged.push(...darkTokens.slice(d, end + 1));
      d = end + 1;
    }
    const other = darkTokens[d++];
    if (token === other) merged.push(token);
    else if (token.startsWith('<') && !token.startsWith('</') && other?.startsWith('<')) merged.push(mergeTag(token, other, colours));
    else throw new ThemeMergeError(`the renderings differ: ${token.slice(0, 80)} / ${(other ?? '(end)').slice(0, 80)}`);
  }
  if (d !== darkTokens.length) throw new ThemeMergeError('the dark rendering has more elements');

  const lightRules = cssRules(lightStyle[1]);
  const darkRules = cssRules(darkStyle[1]);
  if (lightRules.length !== darkRules.length) throw new ThemeMergeError('the stylesheets have different rules');
  const root = `#${lightPrefix}`;
  const darkOnly: string[] = [];
  lightRules.forEach((rule, index) => {
    const other = darkRules[index];
    if (rule === other) return;
    if (rule.slice(0, rule.indexOf('{')) !== other.slice(0, other.indexOf('{')) || rule.startsWith('@')) {
      throw new ThemeMergeError(`the stylesheets differ in a selector or an at-rule: ${rule.slice(0, 80)}`);
    }
    darkOnly.push(scopeToDark(other, root));
  });
  if (colours.darkDeclarations.length > 0) darkOnly.push(`html.dark ${root}{${colours.darkDeclarations.join(';')}}`);
  const style = `<style>${lightStyle[1]}@media not print{${darkOnly.join('')}}</style>`;
  return merged.join('').replace(STYLE_PLACE, () => style);
}
