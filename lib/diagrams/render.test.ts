import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchRenderer, renderFailure, type Renderer } from './render';
import { diagramKey, type DiagramSource } from './source';
import { svgIdPrefix, svgProblems } from './svg';

describe('renderFailure', () => {
  it('drops the browser stack and adds the file line to mermaid parse errors', () => {
    const message = [
      'page.evaluate: Error: Parse error on line 3:',
      '... LR  A -->   B -->> C[[',
      '---------------------^',
      "Expecting 'AMP', got 'TAGEND'",
      '    at Parser.parseError (<anonymous>:922:132456)',
      '    at Parser.parse (<anonymous>:924:179)',
    ].join('\n');
    expect(renderFailure(message, 10)).toBe(
      ['Parse error on line 3 of the diagram (file line 13):', '... LR  A -->   B -->> C[[', '---------------------^', "Expecting 'AMP', got 'TAGEND'"].join(
        '\n',
      ),
    );
  });

  it('keeps other messages as they are', () => {
    expect(renderFailure('mermaid took longer than 30 s', 4)).toBe('mermaid took longer than 30 s');
  });
});

function diagram(source: string, title: string): DiagramSource {
  return { key: diagramKey(source), title, source, line: 7, file: 'content/chapters/99-test.mdx' };
}

// Rendering needs Chromium (the authoring machine); the site build and the other tests do not.
describe.runIf(chromiumPath() !== null)('launchRenderer (Chromium)', () => {
  let renderer: Renderer;

  beforeAll(async () => {
    renderer = await launchRenderer();
  }, 60_000);

  afterAll(async () => {
    await renderer?.close();
  });

  it('renders both themes as accessible SVGs with Korean text, a description and dark style colours', async () => {
    const source = 'graph LR\n  subgraph G["호스트"]\n    A["컨테이너<br/>UID 0"]\n  end\n  A -->|"매핑"| B["비권한 UID"]\n  style A fill:#e1f5ff';
    const input = diagram(source, '매핑 도식');
    const svgs = await renderer.render(input);
    for (const theme of ['light', 'dark'] as const) {
      expect(svgProblems(svgs[theme])).toEqual([]);
      expect(svgs[theme].startsWith(`<svg id="${svgIdPrefix(input.key, theme)}"`)).toBe(true);
      expect(svgs[theme]).toContain(`<title id="${svgIdPrefix(input.key, theme)}-title">매핑 도식</title>`);
      expect(svgs[theme]).toContain(
        `<desc id="${svgIdPrefix(input.key, theme)}-desc">그룹 &quot;호스트&quot;: 컨테이너 / UID 0. 노드: 비권한 UID. 연결: 컨테이너 / UID 0 → 비권한 UID: 매핑.</desc>`,
      );
      expect(svgs[theme]).toContain('>컨테이너</tspan>');
      expect(svgs[theme]).toContain('font-family:"W7 Diagram",NanumGothic,sans-serif');
    }
    expect(svgs.light).toContain('fill:#e1f5ff !important');
    expect(svgs.dark).toContain('fill:#1f475c !important');
  }, 60_000);

  it('fails naming file:line, the title and the file line of a syntax error', async () => {
    await expect(renderer.render(diagram('graph LR\n  A --> B -->> C[[', '깨진 도식'))).rejects.toThrow(
      /^content\/chapters\/99-test\.mdx:7: cannot render diagram "깨진 도식" \(light\): Parse error on line 2 of the diagram \(file line 9\)/,
    );
  }, 60_000);
});
