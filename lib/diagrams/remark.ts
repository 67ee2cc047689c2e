import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { diagramKey, fenceTitle, isMermaidCode, mermaidFences, missingTitleMessage, type MermaidFence } from './source';
import { DEFAULT_DIAGRAMS_DIR, FIX_HINT, missingSvgFiles } from './files';

function fileLabel(file: VFile): string {
  const full = file.path;
  if (!full) return '<mdx>';
  const relative = path.relative(file.cwd || process.cwd(), full);
  return relative && !relative.startsWith('..') ? relative : full;
}

/**
 * The line of the fence in the file on disk. mdx-bundler strips the front matter before MDX sees the text,
 * so the tree's line is relative to the body; when the file is readable, its own fence with the same key
 * (nearest to the tree's line, counting from the end of the front matter) gives the real line.
 */
function lineOnDisk(file: VFile, key: string, treeLine: number): number {
  const full = file.path;
  if (!full || !existsSync(full)) return treeLine;
  let fences: MermaidFence[];
  try {
    fences = mermaidFences(readFileSync(full, 'utf8'), full);
  } catch {
    return treeLine;
  }
  const match = fences.find((fence) => diagramKey(fence.source) === key && fence.line >= treeLine);
  return match ? match.line : treeLine;
}

function diagramElement(key: string, title: string): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'Diagram',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'id', value: key },
      { type: 'mdxJsxAttribute', name: 'title', value: title },
    ],
    children: [],
  };
}

/** The remark plugin for a given diagrams directory (tests use a temporary one). */
export function createRemarkMermaid(diagramsDir: string) {
  return function remarkMermaidPlugin() {
    return function transform(tree: Root, file: VFile): void {
      visit(tree, 'code', (node: Code, index: number | undefined, parent: Parent | undefined) => {
        if (!isMermaidCode(node) || parent === undefined || index === undefined) return;
        const key = diagramKey(node.value);
        const treeLine = node.position?.start.line ?? 1;
        const title = fenceTitle(node.meta);
        if (!title) throw new Error(missingTitleMessage(fileLabel(file), lineOnDisk(file, key, treeLine)));
        const missing = missingSvgFiles(key, diagramsDir);
        if (missing.length > 0) {
          throw new Error(
            `${fileLabel(file)}:${lineOnDisk(file, key, treeLine)}: diagram "${title}" has no rendered SVG (${missing
              .map((name) => path.join(diagramsDir, name))
              .join(', ')}): its source is new or changed. To fix: ${FIX_HINT} and commit ${diagramsDir}/ and public/fonts/.`,
          );
        }
        parent.children.splice(index, 1, diagramElement(key, title));
        return SKIP;
      });
    };
  };
}

/**
 * Replaces every ```mermaid title="..." fence with `<Diagram id="<key>" title="..." />` (the committed SVG is
 * inlined by components/mdx/Diagram.tsx). Fails the build naming file:line and the title when the fence has
 * no title or its SVG is missing or stale. Reads content/diagrams relative to the working directory.
 */
export const remarkMermaid = createRemarkMermaid(DEFAULT_DIAGRAMS_DIR);
