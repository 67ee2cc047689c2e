import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Diagram } from '@/components/mdx/Diagram';
import { DEFAULT_FONTS_DIR, FONT_BUDGET_BYTES, FONT_FILES, fontProblems } from './font';
import { DEFAULT_DIAGRAMS_DIR } from './files';
import { DEFAULT_CHAPTERS_DIR, checkStore, committedSvgs, formatStoreReport, scanChapters } from './store';
import { WIDE_DIAGRAM_PX, WIDE_MIN_SCALE, svgIdPrefix, svgProblems, svgWidth } from './svg';

// The course content as committed: every ```mermaid fence in content/chapters/*.mdx must have its SVGs.
const diagrams = scanChapters(DEFAULT_CHAPTERS_DIR);
const svgFiles = readdirSync(DEFAULT_DIAGRAMS_DIR).filter((name) => name.endsWith('.svg'));

describe('committed diagrams (content/diagrams)', () => {
  it('the chapters contain diagrams', () => {
    expect(diagrams.length).toBeGreaterThan(0);
  });

  it('every diagram has its light and dark SVG, and no SVG is an orphan', () => {
    const report = checkStore(diagrams, DEFAULT_DIAGRAMS_DIR);
    expect(report.missing.length + report.orphans.length, `\n${formatStoreReport(report, DEFAULT_DIAGRAMS_DIR)}\n`).toBe(0);
  });

  it.each(svgFiles)('%s is an accessible SVG without foreignObject or script, ids scoped to its key', (name) => {
    const svg = readFileSync(path.join(DEFAULT_DIAGRAMS_DIR, name), 'utf8');
    expect(svgProblems(svg)).toEqual([]);
    const [key, theme] = name.split('.') as [string, 'light' | 'dark'];
    const prefix = svgIdPrefix(key, theme);
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.filter((id) => id !== prefix && !id.startsWith(`${prefix}-`) && !id.startsWith(`${prefix}_`))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the font subsets cover every character the diagrams draw and stay under budget', async () => {
    const problems = await fontProblems(committedSvgs(diagrams, DEFAULT_DIAGRAMS_DIR), DEFAULT_FONTS_DIR);
    expect(problems, `\n${problems.join('\n')}\nrun \`npm run diagrams\`\n`).toEqual([]);
    const total = Object.values(FONT_FILES)
      .map((name) => path.join(DEFAULT_FONTS_DIR, name))
      .filter((file) => existsSync(file))
      .reduce((sum, file) => sum + readFileSync(file).length, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(FONT_BUDGET_BYTES);
  });
});

describe('<Diagram>', () => {
  const widths = diagrams.map((diagram) => ({
    key: diagram.key,
    width: svgWidth(readFileSync(path.join(DEFAULT_DIAGRAMS_DIR, `${diagram.key}.light.svg`), 'utf8')),
  }));

  it('inlines one SVG for both themes in a figure with a visible caption, titled with the current fence title', () => {
    const { key, width } = widths[0];
    const html = renderToStaticMarkup(createElement(Diagram, { id: key, title: '새 제목 <확인>' }));
    expect(html).toMatch(new RegExp(`^<figure class="w7-diagram not-prose( w7-diagram--wide)?" data-diagram="${key}"`));
    expect(html.endsWith('<figcaption class="w7-diagram__caption">새 제목 &lt;확인&gt;</figcaption></figure>')).toBe(true);
    expect(html).toMatch(
      new RegExp(`<div class="w7-diagram__svg w7-diagram__svg--both"[^>]*><div class="w7-diagram__canvas"><svg id="${svgIdPrefix(key, 'light')}"`),
    );
    expect(html).toContain(`<title id="${svgIdPrefix(key, 'light')}-title">새 제목 &lt;확인&gt;</title>`);
    expect(html).toContain(`@media not print{html.dark #${svgIdPrefix(key, 'light')}`);
    expect(html).not.toContain(svgIdPrefix(key, 'dark'));
    expect(html.match(/role="img"/g)).toHaveLength(1);
    expect(html).not.toMatch(/<foreignObject|<script/);
    expect(width).toBeGreaterThan(0);
  });

  it('sizes the box from the viewBox; wide diagrams get a minimum width and a focusable scrolling wrapper, narrow ones neither', () => {
    for (const { key, width } of widths) {
      const html = renderToStaticMarkup(createElement(Diagram, { id: key, title: '도식' }));
      const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(html);
      const aspect = `--w7d-aspect:${viewBox?.[1]} / ${viewBox?.[2]}`;
      if (width > WIDE_DIAGRAM_PX) {
        expect(html).toContain(
          `<figure class="w7-diagram not-prose w7-diagram--wide" data-diagram="${key}" style="--w7d-width:${width}px;--w7d-min-width:${Math.round(width * WIDE_MIN_SCALE)}px;${aspect}">`,
        );
        expect(html.match(/tabindex="0" role="group" aria-label="도식 \(가로 스크롤\)"/g)).toHaveLength(1);
      } else {
        expect(html).toContain(`<figure class="w7-diagram not-prose" data-diagram="${key}" style="--w7d-width:${width}px;--w7d-min-width:0px;${aspect}">`);
        expect(html).not.toContain('tabindex');
      }
    }
  });

  it('fails the build naming the title and the fix for an unknown key', () => {
    expect(() => renderToStaticMarkup(createElement(Diagram, { id: '0000000000000000', title: '없는 도식' }))).toThrow(
      /^diagram "없는 도식": content\/diagrams\/0000000000000000\.light\.svg, content\/diagrams\/0000000000000000\.dark\.svg not found; run `npm run diagrams`/,
    );
  });
});
