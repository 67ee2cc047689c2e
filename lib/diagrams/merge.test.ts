import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DIAGRAMS_DIR } from './files';
import { cssRules, mergeThemes, ThemeMergeError } from './merge';
import { svgProblems } from './svg';

const KEY = '0123456789abcdef';
const svg = (theme: 'l' | 'd', style: string, body: string) =>
  `<svg id="w7d-${KEY}-${theme}" viewBox="0 0 10 10" style="max-width: 10px;" role="img" aria-labelledby="w7d-${KEY}-${theme}-title" aria-describedby="w7d-${KEY}-${theme}-desc">` +
  `<title id="w7d-${KEY}-${theme}-title">제목</title><desc id="w7d-${KEY}-${theme}-desc">설명</desc><style>${style}</style>${body}</svg>\n`;

describe('mergeThemes', () => {
  it('keeps the light elements and puts the dark colours under html.dark, outside print', () => {
    const light = svg(
      'l',
      `#w7d-${KEY}-l{fill:#333;}@keyframes dash{to{stroke-dashoffset:0;}}#w7d-${KEY}-l .a,#w7d-${KEY}-l .b{stroke:#111;width:1px;}`,
      `<g><rect style="fill:#ffebee !important" class="x"></rect><path style="stroke:#000"></path><use href="#w7d-${KEY}-l-m"></use></g>`,
    );
    const dark = svg(
      'd',
      `#w7d-${KEY}-d{fill:#ccc;}@keyframes dash{to{stroke-dashoffset:0;}}#w7d-${KEY}-d .a,#w7d-${KEY}-d .b{stroke:#111;width:1px;}`,
      `<g><rect style="fill:#5c1f28 !important" class="x"></rect><path style="stroke:#000"></path><use href="#w7d-${KEY}-d-m"></use></g>`,
    );
    expect(mergeThemes(light, dark, KEY)).toBe(
      svg(
        'l',
        `#w7d-${KEY}-l{fill:#333;}@keyframes dash{to{stroke-dashoffset:0;}}#w7d-${KEY}-l .a,#w7d-${KEY}-l .b{stroke:#111;width:1px;}` +
          `@media not print{html.dark #w7d-${KEY}-l{fill:#ccc;}html.dark #w7d-${KEY}-l{--w7d-0:#5c1f28}}`,
        `<g><rect style="fill:var(--w7d-0,#ffebee) !important" class="x"></rect><path style="stroke:#000"></path><use href="#w7d-${KEY}-l-m"></use></g>`,
      ),
    );
  });

  it('refuses renderings that differ in more than colours', () => {
    const light = svg('l', `#w7d-${KEY}-l{fill:#333;}`, '<rect width="10"></rect>');
    expect(() => mergeThemes(light, svg('d', `#w7d-${KEY}-d{fill:#ccc;}`, '<rect width="12"></rect>'), KEY)).toThrow(ThemeMergeError);
    expect(() => mergeThemes(light, svg('d', `#w7d-${KEY}-d .other{fill:#ccc;}`, '<rect width="10"></rect>'), KEY)).toThrow(/selector/);
    expect(() => mergeThemes(light, svg('d', `#w7d-${KEY}-d{fill:#ccc;}`, '<rect width="10" style="fill:red"></rect>'), KEY)).toThrow(ThemeMergeError);
  });

  it('splits a stylesheet into top-level rules, nested at-rules whole', () => {
    expect(cssRules('a{b:c}@keyframes k{to{x:0;}}d e,f{g:h}')).toEqual(['a{b:c}', '@keyframes k{to{x:0;}}', 'd e,f{g:h}']);
    expect(() => cssRules('a{b:c')).toThrow(ThemeMergeError);
  });

  // The committed diagrams: each merges, stays a valid accessible SVG, and has the light rendering's elements once.
  const dir = path.join(process.cwd(), DEFAULT_DIAGRAMS_DIR);
  const keys = readdirSync(dir)
    .filter((name) => name.endsWith('.light.svg'))
    .map((name) => name.slice(0, -'.light.svg'.length));
  it.each(keys)('committed diagram %s', (key) => {
    const light = readFileSync(path.join(dir, `${key}.light.svg`), 'utf8');
    const dark = readFileSync(path.join(dir, `${key}.dark.svg`), 'utf8');
    const merged = mergeThemes(light, dark, key);
    expect(svgProblems(merged)).toEqual([]);
    const tagNames = (text: string) =>
      [...text.replace(/<(linear|radial)Gradient\b[\s\S]*?<\/\1Gradient>/g, '').matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]);
    expect(tagNames(merged), "the light rendering's elements, once").toEqual(tagNames(light));
    expect(merged).not.toContain(`w7d-${key}-d`);
    const text = (svgText: string) => svgText.replace(/<[^>]+>/g, '');
    expect(text(merged.replace(/<style>[\s\S]*?<\/style>/, ''))).toBe(text(light.replace(/<style>[\s\S]*?<\/style>/, '')));
  });
});
