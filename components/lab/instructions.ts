/**
 * Build time: compiles a lab's instructions (labs/exercises/<id>/instructions.mdx) with mdx-bundler and the
 * same plugins as the chapters (lib/content.ts), once per lab and render pass.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import { remarkMermaid } from '@/lib/diagrams/remark';
import { rehypeHeadings, rehypeShiki, remarkCheckCallouts, type TocEntry } from '@/lib/mdx/plugins';

export const EXERCISES_DIR = path.join(process.cwd(), 'labs', 'exercises');

export function instructionsPath(id: string): string {
  return path.join(EXERCISES_DIR, id, 'instructions.mdx');
}

/** The mdx-bundler code of lab `id`'s instructions; throws naming the file when it is missing or invalid. */
export const compileLabInstructions = cache(async (id: string): Promise<string> => {
  const absolutePath = instructionsPath(id);
  const file = path.relative(process.cwd(), absolutePath);
  if (!existsSync(absolutePath)) throw new Error(`${file}: the instructions of lab "${id}" are missing`);
  const toc: TocEntry[] = [];
  const locator = { file, lineOffset: 0 };
  const { code } = await bundleMDX({
    file: absolutePath,
    cwd: path.dirname(absolutePath),
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkMermaid, remarkCheckCallouts(locator)];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeHeadings(toc), rehypeShiki(locator)];
      return options;
    },
  });
  return code;
});
