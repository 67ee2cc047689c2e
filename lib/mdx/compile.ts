/**
 * The one MDX compile of the site (build time, reads files): chapters and lab instructions go through the same
 * remark and rehype plugins. It never renders; callers evaluate the returned mdx-bundler code with the registry.
 */
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import type { Root as HastRoot } from 'hast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import { remarkMermaid } from '@/lib/diagrams/remark';
import { remarkBlocks } from './blocks';
import { rehypeNoBreakNumbers } from './nobreak';
import { rehypeHeadings, rehypeShiki, remarkCheckCallouts, type TocEntry } from './plugins';

export interface CompileOptions {
  /** Path relative to the project root, for messages ("content/chapters/02-basics.mdx:12"). */
  file: string;
  /** Lines before the MDX body in the file (front matter), added to tree lines in messages. */
  lineOffset?: number;
  /** Extra rehype plugins run last (the presenter's slide splitter). */
  rehypePlugins?: (() => (tree: HastRoot) => void)[];
}

export interface CompiledMdx {
  /** The mdx-bundler module string. */
  code: string;
  /** h2 and h3 headings in order, with their ids. */
  toc: TocEntry[];
}

/**
 * Compiles one MDX file. CJK-friendly emphasis comes right after GFM so that `**강조**가` is bold next to a
 * Korean particle; code-block includes are resolved before the diagrams so a slide can show a named diagram;
 * dates and version ranges in prose are kept on one line.
 */
export async function compileMdx(absolutePath: string, options: CompileOptions): Promise<CompiledMdx> {
  const toc: TocEntry[] = [];
  const locator = { file: options.file, lineOffset: options.lineOffset ?? 0 };
  const { code } = await bundleMDX({
    file: absolutePath,
    cwd: path.dirname(absolutePath),
    // A failure is thrown with its message (file:line and what to fix); esbuild's own log would only repeat it.
    esbuildOptions(options) {
      options.logLevel = 'silent';
      return options;
    },
    mdxOptions(mdx) {
      mdx.remarkPlugins = [
        ...(mdx.remarkPlugins ?? []),
        remarkGfm,
        remarkCjkFriendly,
        remarkCjkFriendlyGfmStrikethrough,
        remarkBlocks(locator),
        remarkMermaid,
        remarkCheckCallouts(locator),
      ];
      mdx.rehypePlugins = [...(mdx.rehypePlugins ?? []), rehypeHeadings(toc), rehypeShiki(locator), rehypeNoBreakNumbers, ...(options.rehypePlugins ?? [])];
      return mdx;
    },
  });
  return { code, toc };
}
