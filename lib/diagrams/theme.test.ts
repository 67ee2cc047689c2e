import { describe, expect, it } from 'vitest';
import { DIAGRAM_FONT_FAMILY, darkColor, mermaidConfig, themedSource } from './theme';

describe('darkColor', () => {
  it('turns the course pastel fills into dark fills of the same hue', () => {
    expect(darkColor('fill', '#e1f5ff')).toBe('#1f475c');
    expect(darkColor('fill', '#ffebee')).toBe('#5c1f28');
    expect(darkColor('fill', '#e8f5e9')).toBe('#255529');
    expect(darkColor('fill', '#fff4e1')).toBe('#5c451f');
  });

  it('makes strokes mid-light and text light, and accepts #rgb', () => {
    expect(darkColor('stroke', '#333')).toBe('#a8a8a8');
    expect(darkColor('color', '#000000')).toBe('#ebebeb');
  });

  it('leaves what is not a hex colour alone', () => {
    expect(darkColor('fill', '#zzzzzz')).toBe('#zzzzzz');
  });
});

describe('themedSource', () => {
  const source = [
    'graph LR',
    '  A["#fff 라벨"] --> B',
    '  style A fill:#e1f5ff,stroke:#333,color:#000',
    '  classDef warn fill:#ffebee',
    '  linkStyle 0 stroke:#ff0000',
    '  style B fill:red',
  ].join('\n');

  it('is the source itself for light', () => {
    expect(themedSource(source, 'light')).toBe(source);
  });

  it('rewrites only colours on style, classDef and linkStyle lines for dark', () => {
    expect(themedSource(source, 'dark').split('\n')).toEqual([
      'graph LR',
      '  A["#fff 라벨"] --> B',
      '  style A fill:#1f475c,stroke:#a8a8a8,color:#ebebeb',
      '  classDef warn fill:#5c1f28',
      '  linkStyle 0 stroke:#dc7474',
      '  style B fill:red',
    ]);
  });
});

describe('mermaidConfig', () => {
  it('renders without HTML labels, in strict mode, with the diagram font', () => {
    for (const theme of ['light', 'dark'] as const) {
      const config = mermaidConfig(theme);
      expect(config.securityLevel).toBe('strict');
      expect(config.htmlLabels).toBe(false);
      expect(config.flowchart).toEqual({ htmlLabels: false, useMaxWidth: true });
      expect(config.fontFamily).toBe(DIAGRAM_FONT_FAMILY);
    }
    expect(mermaidConfig('light').theme).toBe('default');
    expect(mermaidConfig('dark').theme).toBe('dark');
    expect(DIAGRAM_FONT_FAMILY).toBe('"W7 Diagram", NanumGothic, sans-serif');
  });
});
