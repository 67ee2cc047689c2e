/**
 * The unified plugins of the chapter pipeline (besides remark-gfm and the diagrams' remarkMermaid):
 * Callout validation, heading ids + TOC, and build-time syntax highlighting with shiki.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { createHighlighter, type Highlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { SKIP, visit } from 'unist-util-visit';
import { compactCode } from './compact-code';
import { FenceMetaError, parseFenceMeta } from './fence';

export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** Where a node is, for messages: "content/chapters/x.mdx:12". Tree lines are relative to the MDX body. */
export interface SourceLocator {
  file: string;
  /** Added to tree line numbers (the front matter's line count). */
  lineOffset: number;
}

function where(locator: SourceLocator, line: number | undefined): string {
  return `${locator.file}:${(line ?? 1) + locator.lineOffset}`;
}

export const CALLOUT_TYPES = ['info', 'warning', 'update'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

function jsxAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') return attribute.value;
  }
  return undefined;
}

/** Fails the compile on a Callout with an unknown type, or an update Callout without an https source. */
export function remarkCheckCallouts(locator: SourceLocator) {
  return () => (tree: MdastRoot) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name !== 'Callout') return;
      const type = jsxAttribute(element, 'type') ?? 'info';
      if (!(CALLOUT_TYPES as readonly string[]).includes(type)) {
        throw new Error(`${where(locator, element.position?.start.line)}: <Callout type="${type}"> must be one of ${CALLOUT_TYPES.join(', ')}`);
      }
      const source = jsxAttribute(element, 'source');
      if (type === 'update' && !(source && /^https?:\/\/\S+$/.test(source))) {
        throw new Error(
          `${where(locator, element.position?.start.line)}: <Callout type="update"> needs source="https://..." (the reference for the 2026 update)`,
        );
      }
    });
  };
}

/** Gives h2/h3 (and h4) github-slugger ids and collects h2/h3 into `toc`. */
export function rehypeHeadings(toc: TocEntry[]) {
  return () => (tree: HastRoot) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3' && node.tagName !== 'h4') return;
      const text = hastToString(node).trim();
      const id = slugger.slug(text);
      node.properties = { ...node.properties, id };
      if (node.tagName !== 'h4') toc.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text });
    });
  };
}

export const CODE_LANGUAGES = ['dockerfile', 'yaml', 'bash', 'shell', 'json', 'text', 'diff', 'typescript'] as const;
const LANGUAGE_ALIASES: Record<string, string> = { yml: 'yaml', sh: 'bash', ts: 'typescript', txt: 'text', plaintext: 'text', console: 'bash' };
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<Highlighter> | undefined;

export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: [CODE_THEMES.light, CODE_THEMES.dark],
    langs: CODE_LANGUAGES.filter((lang) => lang !== 'text'),
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

function languageOf(code: Element): string | undefined {
  const classes = code.properties?.className;
  const list: unknown[] = Array.isArray(classes) ? classes : typeof classes === 'string' ? String(classes).split(' ') : [];
  for (const name of list) {
    if (typeof name === 'string' && name.startsWith('language-')) return name.slice('language-'.length).toLowerCase();
  }
  return undefined;
}

/**
 * Highlights `<pre><code class="language-x">` at build time. The result keeps the `pre`, with
 * `data-lang`, `data-title`, `data-check` and `data-expect` for the CodeBlock component, and colours as
 * CSS variables (--shiki-light / --shiki-dark) so one markup serves both themes.
 */
export function rehypeShiki(locator: SourceLocator) {
  return () => async (tree: HastRoot) => {
    const shiki = await getHighlighter();
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (!code) return;
      const line = node.position?.start.line;
      const rawLang = languageOf(code) ?? 'text';
      const lang = LANGUAGE_ALIASES[rawLang] ?? rawLang;
      if (!(CODE_LANGUAGES as readonly string[]).includes(lang)) {
        throw new Error(
          `${where(locator, line)}: code block language "${rawLang}" is not supported (use one of ${CODE_LANGUAGES.join(', ')}, or mermaid for diagrams)`,
        );
      }
      const metaValue = (code.data as { meta?: unknown } | undefined)?.meta;
      let meta: ReturnType<typeof parseFenceMeta>;
      try {
        meta = parseFenceMeta(typeof metaValue === 'string' ? metaValue : undefined);
      } catch (error) {
        if (error instanceof FenceMetaError) throw new Error(`${where(locator, line)}: ${error.message}`);
        throw error;
      }
      const text = hastToString(code).replace(/\n$/, '');
      const highlighted = shiki.codeToHast(text, {
        lang,
        themes: { light: CODE_THEMES.light, dark: CODE_THEMES.dark },
        defaultColor: false,
        transformers: [compactCode],
      });
      const pre = highlighted.children.find((child): child is Element => child.type === 'element' && child.tagName === 'pre');
      if (!pre) throw new Error(`${where(locator, line)}: shiki produced no <pre> for this ${lang} block`);
      pre.properties = {
        ...pre.properties,
        dataLang: lang,
        ...(meta.title ? { dataTitle: meta.title } : {}),
        ...(meta.check ? { dataCheck: meta.check } : {}),
        ...(meta.expect.length > 0 ? { dataExpect: meta.expect.join(' ') } : {}),
      };
      parent.children.splice(index, 1, pre as ElementContent);
      return SKIP;
    });
  };
}
