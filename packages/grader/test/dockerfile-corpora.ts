/** Test support for the Dockerfile scanner and shell parser differential tests: corpora and seeded mutations. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from '../bench/inputs';
import { allMetas } from '../src/registry';
import { scanCodeBlocks } from '../../../lib/mdx/fence';

/** The ```dockerfile blocks of the course chapters (sample includes resolved to the corrected samples). */
export function chapterDockerfiles(): string[] {
  const dir = join(import.meta.dirname, '../../../content/chapters');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .flatMap((f) =>
      scanCodeBlocks(readFileSync(join(dir, f), 'utf8'))
        .filter((b) => b.lang === 'dockerfile')
        .map((b) => `${b.code}\n`),
    );
}

/** The good and bad Dockerfile examples of every rule's metadata. */
export function exampleDockerfiles(): string[] {
  return allMetas
    .flatMap((m) => [...m.examples.bad, ...m.examples.good])
    .filter((e) => /dockerfile/i.test(e.file))
    .map((e) => e.text);
}

/**
 * Seeded mutations (the fuzz style of packages/grader/src/fuzz.test.ts): 1-3 edits per copy, each a deletion,
 * a truncation or the insertion of one of `inserts`.
 */
export function mutations(texts: readonly string[], seed: number, perText: number, inserts: readonly string[]): string[] {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const out: string[] = [];
  for (const s of texts) {
    for (let k = 0; k < perText; k++) {
      let m = s;
      for (let j = 1 + int(3); j > 0; j--) {
        const p = int(m.length + 1);
        const op = int(6);
        if (op === 0) m = m.slice(0, p) + m.slice(p + 1 + int(3));
        else if (op === 1) m = m.slice(0, p);
        else m = m.slice(0, p) + inserts[int(inserts.length)] + m.slice(p);
      }
      out.push(m);
    }
  }
  return out;
}
