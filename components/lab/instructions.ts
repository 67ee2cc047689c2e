/**
 * Build time: compiles a lab's instructions (labs/exercises/<id>/instructions.mdx) with the chapters' one MDX
 * pipeline (lib/mdx/compile.ts), once per lab and render pass.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { compileMdx } from '@/lib/mdx/compile';

export const EXERCISES_DIR = path.join(process.cwd(), 'labs', 'exercises');

export function instructionsPath(id: string): string {
  return path.join(EXERCISES_DIR, id, 'instructions.mdx');
}

/** The mdx-bundler code of lab `id`'s instructions; throws naming the file when it is missing or invalid. */
export const compileLabInstructions = cache(async (id: string): Promise<string> => {
  const absolutePath = instructionsPath(id);
  const file = path.relative(process.cwd(), absolutePath);
  if (!existsSync(absolutePath)) throw new Error(`${file}: the instructions of lab "${id}" are missing`);
  return (await compileMdx(absolutePath, { file })).code;
});
