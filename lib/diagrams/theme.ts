import type { DiagramTheme } from './files';

/** First family: the woff2 subset served with the site; NanumGothic (installed at render time) has the same metrics. */
export const DIAGRAM_FONT_FAMILY = '"W7 Diagram", NanumGothic, sans-serif';

/** Mermaid configuration per theme; plain JSON so that it can be sent to the headless page. */
export function mermaidConfig(theme: DiagramTheme): Record<string, unknown> {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: theme === 'dark' ? 'dark' : 'default',
    htmlLabels: false,
    fontFamily: DIAGRAM_FONT_FAMILY,
    themeVariables: { fontFamily: DIAGRAM_FONT_FAMILY, fontSize: '16px' },
    flowchart: { htmlLabels: false, useMaxWidth: true },
    deterministicIds: true,
  };
}

function parseHex(hex: string): [number, number, number] | undefined {
  const digits = hex.length === 3 || hex.length === 4 ? [...hex.slice(0, 3)].map((c) => c + c).join('') : hex.slice(0, 6);
  if (!/^[0-9a-fA-F]{6}$/.test(digits)) return undefined;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255) as [number, number, number];
}

function toHsl([r, g, b]: [number, number, number]): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, s, l];
}

function toHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** Lightness and maximum saturation a colour gets on dark, per style property. */
const DARK_TONE: Record<string, { lightness: number; saturation: number }> = {
  fill: { lightness: 0.24, saturation: 0.5 },
  stroke: { lightness: 0.66, saturation: 0.6 },
  color: { lightness: 0.92, saturation: 0.3 },
};

/** The dark counterpart of a `#rgb`/`#rrggbb` colour for a style property: same hue, dark fills and light text. */
export function darkColor(property: 'fill' | 'stroke' | 'color', hex: string): string {
  const rgb = parseHex(hex.replace(/^#/, ''));
  if (!rgb) return hex;
  const [h, s] = toHsl(rgb);
  const tone = DARK_TONE[property];
  return toHex(h, Math.min(s, tone.saturation), tone.lightness);
}

const STYLE_LINE = /^(\s*)(style|classDef|linkStyle)\b(.*)$/;
const COLOR_DECL = /\b(fill|stroke|color)(\s*:\s*)(#[0-9a-fA-F]{3,8})\b/g;

/**
 * The source to render for a theme. For dark, the authors' pastel `style`/`classDef`/`linkStyle` colours
 * (written for a light page) become dark fills with light strokes and text of the same hue, so that the
 * theme's light node text stays readable. Only those lines change; line count is preserved.
 */
export function themedSource(source: string, theme: DiagramTheme): string {
  if (theme === 'light') return source;
  return source
    .split('\n')
    .map((line) => {
      const match = STYLE_LINE.exec(line);
      if (!match) return line;
      const rest = match[3].replace(COLOR_DECL, (_all, property: 'fill' | 'stroke' | 'color', sep: string, hex: string) => {
        return `${property}${sep}${darkColor(property, hex)}`;
      });
      return `${match[1]}${match[2]}${rest}`;
    })
    .join('\n');
}
