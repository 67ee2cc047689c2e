/**
 * Code-block includes of the MDX pipeline (remark, build time): a fence with `sample="<id>"` takes its code from
 * content/samples, and a slide's `<Show block="<name>">` takes a block of the same file by name, so a sample,
 * a snippet or a diagram is written once and shown in both the reading view and the slides.
 * It checks the slide structure too: `<Slide>` only at the top level, `<Show>` only inside a `<Slide>`.
 */
import type { Code, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { diagramKey, fenceTitle } from '@/lib/diagrams/source';
import { FenceMetaError, parseFenceMeta, sampleCode, type FenceMeta } from './fence';
import { LineSelectionError, lineCount, parseHighlight, parseShownLines } from './lines';
import { SAMPLES } from '../../content/samples';

export interface BlockLocator {
  file: string;
  lineOffset: number;
}

const where = (locator: BlockLocator, line: number | undefined) => `${locator.file}:${(line ?? 1) + locator.lineOffset}`;

function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

const stringAttribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

function isJsx(node: RootContent, name: string): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === name;
}

/** Walks every node with its ancestors' JSX names. */
function walk(node: Parent, ancestors: string[], visit: (child: RootContent, parent: Parent, index: number, ancestors: string[]) => void) {
  node.children.forEach((child, index) => {
    visit(child as RootContent, node, index, ancestors);
    if ('children' in child) {
      const name = child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement' ? [...ancestors, child.name ?? ''] : ancestors;
      walk(child as Parent, name, visit);
    }
  });
}

interface NamedBlock {
  lang: string;
  code: string;
  title?: string;
  line?: number;
}

/** Resolves sample includes in place and returns every named block (explicit `name` or the sample id). */
function resolveFences(tree: Root, locator: BlockLocator): Map<string, NamedBlock> {
  const named = new Map<string, NamedBlock>();
  walk(tree, [], (node) => {
    if (node.type !== 'code') return;
    const code = node as Code;
    const line = code.position?.start.line;
    let meta: FenceMeta;
    try {
      meta = parseFenceMeta(code.meta);
    } catch (error) {
      if (error instanceof FenceMetaError) throw new Error(`${where(locator, line)}: ${error.message}`);
      throw error;
    }
    if (meta.sample) {
      const sample = SAMPLES[meta.sample]!;
      if (code.value.trim() !== '') {
        throw new Error(
          `${where(locator, line)}: a sample="${meta.sample}" block has no body of its own: its code comes from content/samples (delete the lines between the fences)`,
        );
      }
      if (code.lang !== sample.lang)
        throw new Error(`${where(locator, line)}: sample="${meta.sample}" is ${sample.lang}, not ${code.lang ?? 'a block without language'}`);
      code.value = sampleCode(meta.sample);
      if (!meta.title) code.meta = `${code.meta ?? ''} title="${sample.file}"`.trim();
    }
    const name = meta.name ?? meta.sample;
    if (!name) return;
    const other = named.get(name);
    if (other) throw new Error(`${where(locator, line)}: two blocks are named "${name}" (the other is at ${where(locator, other.line)})`);
    named.set(name, { lang: code.lang ?? 'text', code: code.value, title: fenceTitle(code.meta), line });
  });
  return named;
}

/**
 * `<Show block="name" lines="a-b" highlight="...">` becomes a Diagram for a mermaid block, or keeps its name
 * with the code, language and title filled in for the presenter's highlighted excerpt.
 */
function resolveShows(tree: Root, named: Map<string, NamedBlock>, locator: BlockLocator) {
  walk(tree, [], (node, parent, index, ancestors) => {
    if (isJsx(node, 'Slide') && parent.type !== 'root') {
      throw new Error(`${where(locator, node.position?.start.line)}: <Slide> must stand at the top level of the file, not inside another element`);
    }
    if (!isJsx(node, 'Show')) return;
    const line = node.position?.start.line;
    if (!ancestors.includes('Slide')) throw new Error(`${where(locator, line)}: <Show> belongs inside a <Slide> (the reading view shows the block itself)`);
    const name = attribute(node, 'block');
    if (!name) throw new Error(`${where(locator, line)}: <Show> needs block="<name>": the name or sample id of a code block in this file`);
    const block = named.get(name);
    if (!block) {
      throw new Error(
        `${where(locator, line)}: <Show block="${name}">: no code block in this file is named "${name}" (known: ${[...named.keys()].join(', ') || 'none'})`,
      );
    }
    if (block.lang === 'mermaid') {
      if (attribute(node, 'lines') || attribute(node, 'highlight'))
        throw new Error(`${where(locator, line)}: <Show block="${name}"> is a diagram: lines and highlight apply to code`);
      const diagram: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: [stringAttribute('id', diagramKey(block.code)), stringAttribute('title', block.title ?? name)],
        children: [],
      };
      parent.children.splice(index, 1, diagram);
      return;
    }
    try {
      const shown = parseShownLines(attribute(node, 'lines'), lineCount(block.code));
      parseHighlight(attribute(node, 'highlight'), shown);
    } catch (error) {
      if (error instanceof LineSelectionError) throw new Error(`${where(locator, line)}: <Show block="${name}">: ${error.message}`);
      throw error;
    }
    node.attributes.push(stringAttribute('code', block.code), stringAttribute('lang', block.lang));
    if (block.title && attribute(node, 'title') === undefined) node.attributes.push(stringAttribute('title', block.title));
  });
}

export function remarkBlocks(locator: BlockLocator) {
  return () => (tree: Root) => {
    resolveShows(tree, resolveFences(tree, locator), locator);
  };
}
