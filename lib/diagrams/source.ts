import { createHash } from 'node:crypto';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Code, Root } from 'mdast';

/**
 * Bump when anything that changes the rendered SVGs changes (mermaid version, themes, fonts,
 * post-processing): every key changes, so every committed SVG becomes stale and must be re-rendered.
 */
export const RENDER_VERSION = 'w7-diagrams/1 mermaid@12.3.0';

export interface DiagramSource {
  /** Hash of the normalised source and RENDER_VERSION; names the committed SVG files. */
  key: string;
  /** The fence's `title="..."`: the diagram's accessible name and caption. */
  title: string;
  /** The mermaid source as written between the fences. */
  source: string;
  /** 1-based line of the opening fence in the MDX file. */
  line: number;
  /** The MDX file the diagram came from, as given to extractDiagrams. */
  file: string;
}

/** Trailing/leading blank space and CRLF line ends do not change a diagram. */
export function normaliseSource(source: string): string {
  return source.replace(/\r\n?/g, '\n').trim();
}

export function diagramKey(source: string): string {
  return createHash('sha256').update(RENDER_VERSION).update('\0').update(normaliseSource(source)).digest('hex').slice(0, 16);
}

/** The title from a fence meta string such as `title="보안 레이어"`; undefined when absent or empty. */
export function fenceTitle(meta: string | null | undefined): string | undefined {
  if (!meta) return undefined;
  const match = /(?:^|\s)title="([^"]*)"/.exec(meta);
  const title = match?.[1]?.trim();
  return title ? title : undefined;
}

export function isMermaidCode(node: Code): boolean {
  return node.lang === 'mermaid';
}

export class DiagramSourceError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'DiagramSourceError';
  }
}

export function missingTitleMessage(file: string, line: number): string {
  return `${file}:${line}: mermaid diagram without a title. Write the fence as \`\`\`mermaid title="..." (the title is the diagram's accessible name and caption).`;
}

/** Replaces a leading YAML front matter block with blank lines, so MDX parsing keeps the file's line numbers. */
function blankFrontMatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return text;
  const lines = match[0].split('\n').length - 1;
  return '\n'.repeat(lines) + text.slice(match[0].length);
}

const parser = unified().use(remarkParse).use(remarkMdx);

export interface MermaidFence {
  source: string;
  meta: string | null | undefined;
  line: number;
}

/**
 * Every ```mermaid fence of an MDX file, parsed the same way as the site's MDX pipeline
 * (remark-parse + remark-mdx) so that keys match what the remark plugin computes.
 * Throws DiagramSourceError naming file:line for an unparseable file.
 */
export function mermaidFences(mdxText: string, file: string): MermaidFence[] {
  let tree: Root;
  try {
    tree = parser.parse(blankFrontMatter(mdxText));
  } catch (error) {
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const line = place?.line ?? place?.start?.line ?? 1;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new DiagramSourceError(`${file}:${line}: cannot parse the MDX to find its diagrams: ${reason}`, file, line);
  }
  const fences: MermaidFence[] = [];
  visit(tree, 'code', (node: Code) => {
    if (isMermaidCode(node)) fences.push({ source: node.value, meta: node.meta, line: node.position?.start.line ?? 1 });
  });
  return fences;
}

/** The diagrams of an MDX file; throws DiagramSourceError naming file:line for a fence without a title. */
export function extractDiagrams(mdxText: string, file: string): DiagramSource[] {
  return mermaidFences(mdxText, file).map(({ source, meta, line }) => {
    const title = fenceTitle(meta);
    if (!title) throw new DiagramSourceError(missingTitleMessage(file, line), file, line);
    return { key: diagramKey(source), title, source, line, file };
  });
}
