/**
 * The chapters and the lab instructions embedded in them spell every glossary term one way: no avoided variant
 * appears in the text a reader sees
 * (prose, tables, callouts, notes, slides and diagram labels; code blocks, inline code and link targets are
 * not prose and are skipped).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsVariant, GLOSSARY, readerText } from './glossary';

const CHAPTERS = join(import.meta.dirname, 'chapters');
const LABS = join(import.meta.dirname, '..', 'labs', 'exercises');

describe('glossary', () => {
  it('has one entry per term and no variant listed twice', () => {
    const terms = GLOSSARY.map((t) => t.term);
    expect(new Set(terms).size).toBe(terms.length);
    const variants = GLOSSARY.flatMap((t) => t.avoid);
    expect(new Set(variants).size).toBe(variants.length);
    for (const t of GLOSSARY) expect(t.avoid, t.term).not.toContain(t.term);
  });

  it('skips code, inline code and link targets, keeps diagram labels', () => {
    const text = readerText(
      '셸 `shell`\n```bash\nshell\n```\n```mermaid title="x"\nA["shell"]\n```\n[셸](https://example.com/shell) <Callout source="https://x/shell">',
    );
    expect(text).toEqual(['셸  ', '', '', '', '', 'A["shell"]', '', '[셸]  <Callout  >']);
  });

  it('matches an English variant only as a whole word, Korean ones anywhere', () => {
    expect(containsVariant('hostPath volume과', 'volume')).toBe(true);
    expect(containsVariant('volumeMounts 필드', 'volume')).toBe(false);
    expect(containsVariant('멀티-stage 빌드', 'stage')).toBe(true);
    expect(containsVariant('워크플로우를', '워크플로우')).toBe(true);
  });

  const chapters = readdirSync(CHAPTERS)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ file: name, path: join(CHAPTERS, name) }));
  const labs = readdirSync(LABS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ file: `${entry.name}/instructions.mdx`, path: join(LABS, entry.name, 'instructions.mdx') }));
  it('reads the instructions of all 14 labs', () => expect(labs).toHaveLength(14));
  for (const { file, path } of [...chapters, ...labs].sort((a, b) => a.file.localeCompare(b.file))) {
    it(`${file} spells every term the glossary's way`, () => {
      const lines = readerText(readFileSync(path, 'utf8'));
      const found: string[] = [];
      lines.forEach((line, index) => {
        for (const entry of GLOSSARY) {
          for (const variant of entry.avoid) if (containsVariant(line, variant)) found.push(`${file}:${index + 1}: "${variant}" → "${entry.term}"`);
        }
      });
      expect(found).toEqual([]);
    });
  }
});
