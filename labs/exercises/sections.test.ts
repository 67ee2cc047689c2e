import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { ruleMeta } from '@w7/grader';
import { labs } from './index';

const CHAPTERS_DIR = path.join(process.cwd(), 'content', 'chapters');

/** Heading ids of each chapter, in order, as lib/mdx/plugins.ts rehypeHeadings makes them (h2-h4, github-slugger on the text). */
function chapterHeadings(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of fs.readdirSync(CHAPTERS_DIR).filter((f) => f.endsWith('.mdx')).sort()) {
    const text = fs.readFileSync(path.join(CHAPTERS_DIR, file), 'utf8');
    const id = /^id:\s*(\S+)\s*$/m.exec(text.split(/^---\s*$/m)[1] ?? '')?.[1];
    if (!id) continue;
    const slugger = new GithubSlugger();
    const ids: string[] = [];
    let fence: string | null = null;
    for (const line of text.split('\n')) {
      const f = /^\s*(`{3,}|~{3,})/.exec(line);
      if (f) {
        if (fence === null) fence = f[1]!;
        else if (f[1]!.startsWith(fence)) fence = null;
        continue;
      }
      if (fence !== null) continue;
      const h = /^#{2,4}\s+(.+?)\s*#*\s*$/.exec(line);
      if (!h) continue;
      const plain = h[1]!.replace(/`([^`]*)`/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
      ids.push(slugger.slug(plain));
    }
    out.set(id, ids);
  }
  return out;
}

const headings = chapterHeadings();
const CHAPTER_ORDER = [...headings.keys()];

describe('lab sections', () => {
  it('reads the chapters', () => {
    expect(CHAPTER_ORDER).toEqual(['intro', 'basics', 'container-security', 'kubernetes-security', 'hands-on']);
    expect(headings.get('kubernetes-security')).toContain('network-policies-or와-and-그리고-dns');
  });

  it.each(labs.map((l) => [l.id, l] as const))('%s: chapter, section and objective sections exist', (_, lab) => {
    expect(headings.get(lab.chapter), `chapter ${lab.chapter}`).toBeDefined();
    expect(headings.get(lab.chapter)).toContain(lab.section);
    for (const o of lab.objectives) {
      if (o.section === undefined) continue;
      const [chapter, heading] = o.section.split('#') as [string, string];
      expect(headings.get(chapter), `${o.id}: chapter ${chapter}`).toBeDefined();
      expect(headings.get(chapter), `${o.id}: ${o.section}`).toContain(heading);
    }
  });

  it.each(labs.map((l) => [l.id, l] as const))('%s: objective rules are known rule ids', (_, lab) => {
    for (const o of lab.objectives) for (const r of o.rules ?? []) expect(ruleMeta(r), `${o.id}: ${r}`).toBeDefined();
  });

  it('labs are in course order: by chapter, then by the position of their section', () => {
    const key = (l: (typeof labs)[number]) => [CHAPTER_ORDER.indexOf(l.chapter), headings.get(l.chapter)!.indexOf(l.section)];
    const keys = labs.map(key);
    const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(keys).toEqual(sorted);
  });
});
