import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { compactCode } from './compact-code';
import { CODE_THEMES, getHighlighter } from './plugins';

/** The foreground variables of an element's style, lower-case ('' when it sets none). */
function foreground(node: Element): string {
  const style = typeof node.properties.style === 'string' ? node.properties.style.toLowerCase() : '';
  return style
    .split(';')
    .map((part) => part.trim())
    .filter((part) => /^--shiki-(light|dark):/.test(part))
    .join(';');
}

/** Each non-space character with the colours it is drawn in (from the nearest element that sets them). */
function colouredText(root: Root): string[] {
  const out: string[] = [];
  const walk = (node: RootContent | Root, colour: string) => {
    if (node.type === 'text') {
      for (const char of node.value) if (char.trim() !== '') out.push(`${char} ${colour}`);
    } else if ('children' in node) {
      const own = node.type === 'element' ? foreground(node) || colour : colour;
      for (const child of node.children) walk(child as RootContent, own);
    }
  };
  walk(root, '');
  return out;
}

const elementCount = (root: Root) => {
  let count = 0;
  const walk = (node: RootContent | Root) => {
    if (node.type === 'element') count++;
    if ('children' in node) node.children.forEach((child) => walk(child as RootContent));
  };
  walk(root);
  return count;
};

const SAMPLES = {
  yaml: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.29\n      securityContext:\n        runAsNonRoot: true # 루트 금지\n',
  dockerfile: 'FROM node:24-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci && npm run build\nUSER 1000\nCMD ["node", "server.js"]\n',
  bash: 'docker run --rm -it --read-only --cap-drop ALL --security-opt no-new-privileges alpine:3.22 sh -c "id && echo $HOME"\n',
};

describe('compactCode', () => {
  for (const [lang, code] of Object.entries(SAMPLES)) {
    it(`${lang}: same text in the same colours with fewer elements`, async () => {
      const shiki = await getHighlighter();
      const options = { lang, themes: { light: CODE_THEMES.light, dark: CODE_THEMES.dark }, defaultColor: false as const };
      const plain = shiki.codeToHast(code, options);
      const compact = shiki.codeToHast(code, { ...options, transformers: [compactCode] });
      expect(colouredText(compact)).toEqual(colouredText(plain));
      expect(shiki.codeToHtml(code, { ...options, transformers: [compactCode] }).replace(/<[^>]+>/g, '')).toBe(
        shiki.codeToHtml(code, options).replace(/<[^>]+>/g, ''),
      );
      expect(elementCount(compact)).toBeLessThan(elementCount(plain) * 0.6);
    });
  }

  it('keeps spans of other colours apart and merges a colour across whitespace', async () => {
    const shiki = await getHighlighter();
    const html = shiki.codeToHtml('a: 1\nb: 2\n', {
      lang: 'yaml',
      themes: { light: CODE_THEMES.light, dark: CODE_THEMES.dark },
      defaultColor: false,
      transformers: [compactCode],
    });
    expect(html).not.toContain('class="line"');
    expect(html.match(/<span/g)?.length).toBeLessThanOrEqual(4);
  });
});
