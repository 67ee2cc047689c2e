/**
 * Where each lab sits in the course, read from the one place that says it: the `<Lab id="..." />` embeds of the
 * chapters. A lab's placement is its chapter and the id of the section (the nearest h2 above the embed), slugged
 * as lib/mdx/plugins.ts rehypeHeadings slugs every h2-h4. Build time and tests only (reads content/chapters).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parseChapterSource } from './schema';

export interface LabPlacement {
  lab: string;
  chapter: string;
  /** Heading id of the section (h2) the lab is in. */
  section: string;
}

/** Heading ids (h2-h4, in order) and the labs embedded in one chapter body. */
export function readChapterBody(chapter: string, body: string): { headings: string[]; placements: LabPlacement[] } {
  const tree: Root = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const slugger = new GithubSlugger();
  const headings: string[] = [];
  const placements: LabPlacement[] = [];
  let section: string | undefined;
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading' && node.depth >= 2 && node.depth <= 4) {
        const id = slugger.slug(toString(node).trim());
        headings.push(id);
        if (node.depth === 2) section = id;
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Lab') {
        const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        if (typeof id !== 'string') throw new Error(`${chapter}: <Lab> needs a literal id="..." attribute`);
        if (section === undefined) throw new Error(`${chapter}: <Lab id="${id}" /> must be inside a section (after an h2)`);
        placements.push({ lab: id, chapter, section });
      }
      if ('children' in node && node.type !== 'heading') walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return { headings, placements };
}

const CHAPTERS_DIR = join(process.cwd(), 'content', 'chapters');

export interface CourseMap {
  /** Chapter ids in file order, each with its heading ids. */
  headings: ReadonlyMap<string, readonly string[]>;
  /** Every embedded lab, in course order. */
  placements: readonly LabPlacement[];
}

let cached: CourseMap | undefined;

/** Reads every chapter once; throws when a lab is embedded twice. */
export function courseMap(): CourseMap {
  if (cached) return cached;
  const headings = new Map<string, string[]>();
  const placements: LabPlacement[] = [];
  for (const file of readdirSync(CHAPTERS_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const { frontMatter, body } = parseChapterSource(file, readFileSync(join(CHAPTERS_DIR, file), 'utf8'));
    const read = readChapterBody(frontMatter.id, body);
    headings.set(frontMatter.id, read.headings);
    for (const p of read.placements) {
      const twice = placements.find((q) => q.lab === p.lab);
      if (twice) throw new Error(`<Lab id="${p.lab}" /> is embedded twice (${twice.chapter}#${twice.section} and ${p.chapter}#${p.section})`);
      placements.push(p);
    }
  }
  cached = { headings, placements };
  return cached;
}

/** The placement of lab `id`; throws when no chapter embeds it (every lab must be reachable from its chapter). */
export function labPlacement(id: string): LabPlacement {
  const found = courseMap().placements.find((p) => p.lab === id);
  if (!found) throw new Error(`lab "${id}" is not embedded in any chapter (<Lab id="${id}" />)`);
  return found;
}
