import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DIAGRAMS_DIR } from './files';
import { slimSvg } from './slim';
import { svgProblems } from './svg';

const elements = (svg: string) => svg.match(/<[a-zA-Z]/g)?.length ?? 0;
const text = (svg: string) => svg.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '');

describe('slimSvg', () => {
  const label =
    '<g class="label" transform="translate(0, -1)"><rect></rect><g><rect class="background" style="stroke: none"></rect>' +
    '<text y="-10.1"><tspan class="text-outer-tspan row" x="0"><tspan font-style="normal" class="text-inner-tspan" font-weight="normal">API</tspan>' +
    '<tspan font-style="normal" class="text-inner-tspan" font-weight="normal"> Server</tspan><tspan font-style="italic" class="text-inner-tspan" font-weight="normal"> 기울임</tspan></tspan></text></g></g>';

  it('joins the words of a line, drops rects without geometry and bare groups', () => {
    expect(slimSvg(`<svg><style>#a{fill:#333;}</style>${label}</svg>`)).toBe(
      '<svg><style>#a{fill:#333;}</style><g class="label" transform="translate(0, -1)"><text y="-10.1"><tspan class="text-outer-tspan row" x="0">' +
        'API Server<tspan font-style="italic" class="text-inner-tspan" font-weight="normal"> 기울임</tspan></tspan></text></g></svg>',
    );
  });

  it('keeps normal-weight word spans when the stylesheet sets a weight they would undo', () => {
    expect(slimSvg(`<svg><style>#a text{font-weight:bold;}</style>${label}</svg>`)).toContain(
      '<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">API Server</tspan>',
    );
  });

  it('keeps rects with a size and groups with attributes or with a class the stylesheet names', () => {
    const kept =
      '<style>#d .a{}</style><g class="a"><rect width="2" height="2"></rect><g transform="translate(1, 1)"><rect class="background" x="1"></rect></g></g>';
    expect(slimSvg(kept)).toBe(kept);
    const style = '<style>#d .nodes rect{fill:red;}</style>';
    expect(slimSvg(`<svg>${style}<g class="nodes"><rect x="1"></rect></g><g class="nodes-x"><rect x="2"></rect></g></svg>`)).toBe(
      `<svg>${style}<g class="nodes"><rect x="1"></rect></g><rect x="2"></rect></svg>`,
    );
  });

  it('unwraps groups whose only attribute is a class no rule names, keeping nested groups balanced', () => {
    expect(
      slimSvg(
        '<svg><style>#d .node rect{fill:red;}</style><g class="root"><g class="nodes"><g class="node default" transform="translate(1, 2)"><rect x="1"></rect></g></g></g></svg>',
      ),
    ).toBe('<svg><style>#d .node rect{fill:red;}</style><g class="node default" transform="translate(1, 2)"><rect x="1"></rect></g></svg>');
  });

  it('lets a one-line label be its <text>, with the line span position, unless a rule styles the span', () => {
    const line =
      '<text y="-10.1" style="" text-anchor="middle"><tspan class="text-outer-tspan row" x="0" y="-0.1em" dy="1.1em" text-anchor="middle">같은 번호</tspan></text>';
    expect(slimSvg(`<svg>${line}</svg>`)).toBe('<svg><text style="" x="0" y="-0.1em" dy="1.1em" text-anchor="middle">같은 번호</text></svg>');
    const styledSpan = `<svg><style>#d .row{font-size:12px;}</style>${line}</svg>`;
    expect(slimSvg(styledSpan)).toBe(styledSpan);
    const twoLines =
      '<text y="-10.1"><tspan class="text-outer-tspan row" x="0" y="-0.1em" dy="1.1em">A</tspan><tspan class="text-outer-tspan row" x="0" y="1em" dy="1.1em">B</tspan></text>';
    expect(slimSvg(twoLines)).toBe(twoLines);
  });

  it('drops drop-shadow filters nothing refers to, and the <defs> they leave empty', () => {
    const shadow = '<defs><filter id="d-drop-shadow" height="130%"><feDropShadow dx="4" dy="4"></feDropShadow></filter></defs>';
    expect(slimSvg(`<svg>${shadow}<rect x="1"></rect></svg>`)).toBe('<svg><rect x="1"></rect></svg>');
    const used = `<svg>${shadow}<rect x="1" style="filter: url(#d-drop-shadow)"></rect></svg>`;
    expect(slimSvg(used)).toBe(used);
  });

  it('drops arrowhead markers that no edge refers to and keeps the used ones', () => {
    const used = '<marker id="m-end" orient="auto"><path d="M 0 0 L 10 5 z"></path></marker>';
    const unused = '<marker id="m-circle" orient="auto"><circle cx="5" cy="5" r="5"></circle></marker>';
    const styled = '<marker id="m-cross"><path d="M 1 1 l 9 9"></path></marker>';
    const edges = '<path d="M0 0L9 9" marker-end="url(#m-end)"></path><path style="marker-start: url(#m-cross);"></path>';
    expect(slimSvg(`<svg><defs>${used}${unused}${styled}</defs>${edges}</svg>`)).toBe(`<svg><defs>${used}${styled}</defs>${edges}</svg>`);
  });

  const dir = path.join(process.cwd(), DEFAULT_DIAGRAMS_DIR);
  const files = readdirSync(dir).filter((name) => name.endsWith('.svg'));
  it.each(files)('%s: same text, valid, at least an eighth fewer elements', (name) => {
    const svg = readFileSync(path.join(dir, name), 'utf8');
    const slim = slimSvg(svg);
    expect(text(slim)).toBe(text(svg));
    expect(svgProblems(slim)).toEqual([]);
    expect(elements(slim)).toBeLessThan(elements(svg) * 0.875);
  });
});
