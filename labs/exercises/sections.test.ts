/**
 * Lab placement comes from the chapters' <Lab id="..." /> embeds (content/lab-placement.ts): every lab is embedded
 * once, every embed names a lab, the labs are listed in course order, and every section an objective links to is a
 * real heading id. Heading ids are checked against the site's own compile (lib/content.ts, rehypeHeadings).
 */
import { describe, expect, it } from 'vitest';
import { ruleMeta } from '@w7/grader';
import { courseMap, labPlacement } from '@/content/lab-placement';
import { compileChapter, loadChapterInfos } from '@/lib/content';
import { labs } from './index';

const { headings, placements } = courseMap();

describe('lab placement from the chapters', () => {
  it('reads the chapters in course order', () => {
    expect([...headings.keys()]).toEqual(['intro', 'basics', 'container-security', 'kubernetes-security', 'hands-on']);
    expect(headings.get('kubernetes-security')).toContain('network-policies-or와-and-그리고-dns');
  });

  it('derives heading ids exactly as the compiled site does (h2 and h3 of every chapter)', async () => {
    for (const info of loadChapterInfos()) {
      const { toc } = await compileChapter(info);
      const derived = headings.get(info.id)!;
      expect(
        toc.map((t) => t.id),
        info.id,
      ).toEqual(derived.filter((id) => toc.some((t) => t.id === id)));
      expect(toc.length, info.id).toBeGreaterThan(0);
    }
  }, 120_000);

  it('embeds every lab exactly once, and only labs that exist', () => {
    expect(placements.map((p) => p.lab).sort()).toEqual(labs.map((l) => l.id).sort());
  });

  it('lists the labs in course order (labs/exercises/index.ts follows the chapters)', () => {
    expect(labs.map((l) => l.id)).toEqual(placements.map((p) => p.lab));
  });

  it.each(labs.map((l) => [l.id, l] as const))('%s: sits in a real section, and its objectives link to real headings', (id, lab) => {
    const placement = labPlacement(id);
    expect(headings.get(placement.chapter)).toContain(placement.section);
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

  it('names the lab of an unknown id and a lab outside every chapter', () => {
    expect(() => labPlacement('no-such-lab')).toThrow('lab "no-such-lab" is not embedded in any chapter');
  });
});
