import { describe, expect, it } from 'vitest';
import { SvgError, finaliseSvg, prefixIds, svgIdPrefix, svgProblems, svgWidth, withTitle } from './svg';

const KEY = '0123456789abcdef';

/** Shaped like mermaid 11's flowchart output (htmlLabels: false), trimmed. */
const RAW =
  '<svg id="w7d-0123456789abcdef-l" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" ' +
  'style="max-width: 240.5px;" viewBox="0 0 240.5 80" role="graphics-document document" aria-roledescription="flowchart-v2">' +
  '<style>#w7d-0123456789abcdef-l{font-family:"W7 Diagram",NanumGothic,sans-serif;}#w7d-0123456789abcdef-l .node rect{fill:#ECECFF;}#grad{fill:red;}</style>' +
  '<g><marker id="w7d-0123456789abcdef-l_flowchart-v2-pointEnd"></marker>' +
  '<linearGradient id="grad"></linearGradient>' +
  '<path d="M0,0L10,10" data-points="W3sieCI6MTM5fV0=" marker-end="url(#w7d-0123456789abcdef-l_flowchart-v2-pointEnd)" fill="url(#grad)"></path>' +
  '<use href="#grad"></use>' +
  '<g class="node" id="w7d-0123456789abcdef-l-flowchart-A-0"><rect style="fill:#e1f5ff !important"></rect>' +
  '<text><tspan class="text-inner-tspan" font-weight="normal">컨테이너</tspan></text></g></g></svg>';

describe('svgIdPrefix', () => {
  it('names the diagram and the theme', () => {
    expect(svgIdPrefix(KEY, 'light')).toBe('w7d-0123456789abcdef-l');
    expect(svgIdPrefix(KEY, 'dark')).toBe('w7d-0123456789abcdef-d');
  });
});

describe('finaliseSvg', () => {
  const svg = finaliseSvg(RAW, { key: KEY, theme: 'light', title: '보안 <레이어> & "경계"', desc: '노드: 컨테이너.' });

  it('replaces the fixed size by viewBox and max-width, and names the image by <title> and <desc>', () => {
    const open = /^<svg [^>]*>/.exec(svg)?.[0];
    expect(open).toBe(
      '<svg id="w7d-0123456789abcdef-l" xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="0 0 240.5 80" ' +
        'style="max-width: 240.5px;" role="img" aria-labelledby="w7d-0123456789abcdef-l-title" aria-describedby="w7d-0123456789abcdef-l-desc">',
    );
    expect(svg).toContain(
      '<title id="w7d-0123456789abcdef-l-title">보안 &lt;레이어&gt; &amp; &quot;경계&quot;</title><desc id="w7d-0123456789abcdef-l-desc">노드: 컨테이너.</desc>',
    );
    expect(svgProblems(svg)).toEqual([]);
  });

  it('prefixes ids that mermaid left unprefixed, with their url(), href and CSS references', () => {
    expect(svg).toContain('<linearGradient id="w7d-0123456789abcdef-l-grad">');
    expect(svg).toContain('fill="url(#w7d-0123456789abcdef-l-grad)"');
    expect(svg).toContain('<use href="#w7d-0123456789abcdef-l-grad">');
    expect(svg).toContain('#w7d-0123456789abcdef-l-grad{fill:red;}');
    expect(svg).toContain('marker-end="url(#w7d-0123456789abcdef-l_flowchart-v2-pointEnd)"');
    expect(svg).not.toMatch(/id="grad"|#grad\b/);
  });

  it('drops mermaid accessibility attributes and data-points', () => {
    expect(svg).not.toContain('aria-roledescription');
    expect(svg).not.toContain('graphics-document');
    expect(svg).not.toContain('data-points');
    expect(svg).toContain('<tspan class="text-inner-tspan" font-weight="normal">컨테이너</tspan>');
  });

  it('moves mermaid CSS scoped to another render id onto the prefix, and replaces mermaid <title>/<desc>', () => {
    const other = RAW.replace(/w7d-0123456789abcdef-l/g, 'mermaid-1').replace(
      '<style>',
      '<title id="chart-title-mermaid-1">accTitle</title><desc id="chart-desc-mermaid-1">accDescr</desc><style>',
    );
    const out = finaliseSvg(other, { key: KEY, theme: 'dark', title: 'T', desc: 'D' });
    expect(out).toContain('#w7d-0123456789abcdef-d{font-family');
    expect(out).toContain('#w7d-0123456789abcdef-d .node rect');
    expect(out).not.toContain('accTitle');
    expect(out.match(/<title/g)).toHaveLength(1);
    expect(out).toContain('id="w7d-0123456789abcdef-d-mermaid-1_flowchart-v2-pointEnd"');
    expect(svgProblems(out)).toEqual([]);
  });

  it('rejects foreignObject, script and a missing viewBox', () => {
    const options = { key: KEY, theme: 'light' as const, title: 'T', desc: 'D' };
    expect(() => finaliseSvg(RAW.replace('<g>', '<g><foreignObject></foreignObject>'), options)).toThrow(
      new SvgError('the SVG contains <foreignObject> (htmlLabels must be false)'),
    );
    expect(() => finaliseSvg(RAW.replace('<g>', '<g><script>alert(1)</script>'), options)).toThrow('the SVG contains <script>');
    expect(() => finaliseSvg(RAW.replace(' viewBox="0 0 240.5 80"', ''), options)).toThrow('the SVG has no usable viewBox (none)');
    expect(() => finaliseSvg('<div></div>', options)).toThrow('the render result does not start with <svg>');
  });
});

describe('prefixIds', () => {
  it('renames the longer of two ids sharing a start without corrupting either', () => {
    const out = prefixIds('<g id="a"></g><g id="a-b"></g><use href="#a"></use><use href="#a-b"></use>', 'p');
    expect(out).toBe('<g id="p-a"></g><g id="p-a-b"></g><use href="#p-a"></use><use href="#p-a-b"></use>');
  });
});

describe('withTitle', () => {
  it('replaces only the <title> text, escaped', () => {
    const svg = finaliseSvg(RAW, { key: KEY, theme: 'light', title: '옛 제목', desc: 'D' });
    const renamed = withTitle(svg, '새 <제목>');
    expect(renamed).toContain('<title id="w7d-0123456789abcdef-l-title">새 &lt;제목&gt;</title>');
    expect(renamed.replace('새 &lt;제목&gt;', '옛 제목')).toBe(svg);
  });
});

describe('svgProblems', () => {
  it('lists what a committed SVG lacks', () => {
    expect(svgProblems('<svg width="10" height="10"><foreignObject></foreignObject><script></script><g onclick="x()"></g></svg>')).toEqual([
      'root <svg> has no role="img"',
      'no non-empty <title>',
      'no non-empty <desc>',
      'fixed width/height on the root <svg>',
      'no viewBox',
      'contains <foreignObject>',
      'contains <script>',
      'contains an event handler attribute',
    ]);
    expect(svgProblems('<g></g>')).toEqual(['does not start with <svg>']);
  });
});

describe('svgWidth', () => {
  it('is the viewBox width, 0 without one', () => {
    expect(svgWidth(finaliseSvg(RAW, { key: KEY, theme: 'light', title: 'T', desc: 'D' }))).toBe(240.5);
    expect(svgWidth('<svg></svg>')).toBe(0);
    expect(svgWidth('<g></g>')).toBe(0);
  });
});
