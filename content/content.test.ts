/**
 * Content integrity: the timetable is one consistent day, every block has its chapter file whose front matter
 * agrees with it, broken front matter fails with the file and the field named, every YAML and Dockerfile
 * block in the chapters parses, and every chapter compiles with a slide form for each section.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { grade } from '@w7/grader';
import { compileChapter, loadChapterInfos } from '../lib/content';
import { rehypeSlides } from '../lib/present/slides';
import { parseFenceMeta, scanCodeBlocks } from '../lib/mdx/fence';
import { parseChapterSource, validateFrontMatter } from './schema';
import { timetable, type Slot } from './timetable';

const CHAPTERS = join(import.meta.dirname, 'chapters');
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

describe('timetable', () => {
  it('runs from 10:00 to 12:00 without gaps or overlaps', () => {
    expect(timetable[0].start).toBe('10:00');
    expect(timetable[timetable.length - 1].end).toBe('12:00');
    for (let i = 0; i < timetable.length; i++) {
      expect(minutes(timetable[i].end), `${timetable[i].title} ends after it starts`).toBeGreaterThan(minutes(timetable[i].start));
      if (i > 0) expect(timetable[i].start, `slot ${i} starts when slot ${i - 1} ends`).toBe(timetable[i - 1].end);
    }
  });

  it('alternates blocks and breaks, starting and ending with a block', () => {
    expect(timetable.map((s) => s.kind)).toEqual(['block', 'break', 'block', 'break', 'block', 'break', 'block', 'break', 'block']);
    expect(timetable.filter((s) => s.kind === 'break').map((s) => `${s.start}-${s.end}`)).toEqual(['10:20-10:25', '10:50-11:00', '11:25-11:30', '11:50-11:55']);
  });

  it('gives every block a distinct chapter and no break a chapter', () => {
    const blocks = timetable.filter((s) => s.kind === 'block');
    expect(blocks.map((s) => s.chapter)).toEqual(['intro', 'basics', 'container-security', 'kubernetes-security', 'hands-on']);
    expect(timetable.filter((s) => s.kind === 'break' && s.chapter !== undefined)).toEqual([]);
  });

  it('has exactly one chapter file per block, in class order', () => {
    const infos = loadChapterInfos(CHAPTERS);
    expect(infos.map((c) => c.id)).toEqual(['intro', 'basics', 'container-security', 'kubernetes-security', 'hands-on']);
    for (const info of infos) {
      const block = timetable.find((s) => s.chapter === info.id) as Slot;
      expect([info.title, info.start, info.end]).toEqual([block.title, block.start, block.end]);
    }
  });
});

const VALID = {
  id: 'basics',
  objectives: ['컨테이너와 VM의 차이를 설명한다'],
  summary: '요약',
};

describe('front matter validation', () => {
  it('accepts a valid front matter, trims values, and takes title and time slot from the timetable block', () => {
    expect(validateFrontMatter('x.mdx', { ...VALID, summary: '  요약 ' })).toEqual({
      id: 'basics',
      title: 'Docker/Container/Kubernetes 기본 이해',
      start: '10:25',
      end: '10:50',
      objectives: ['컨테이너와 VM의 차이를 설명한다'],
      summary: '요약',
    });
  });

  const cases: [string, Record<string, unknown>, string][] = [
    ['missing summary', { ...VALID, summary: undefined }, 'x.mdx: front matter field "summary": is missing'],
    ['empty summary', { ...VALID, summary: ' ' }, 'x.mdx: front matter field "summary": must not be empty'],
    ['objectives not a list', { ...VALID, objectives: 'a' }, 'x.mdx: front matter field "objectives": must be a list of strings, got string "a"'],
    ['empty objectives', { ...VALID, objectives: [] }, 'x.mdx: front matter field "objectives": must contain at least one objective'],
    ['objective not a string', { ...VALID, objectives: ['a', 3] }, 'x.mdx: front matter field "objectives": item 2 must be a non-empty string, got number 3'],
    ['id with capitals', { ...VALID, id: 'Basics' }, 'x.mdx: front matter field "id": "Basics" must be lowercase words joined by "-"'],
    ['unknown id', { ...VALID, id: 'extra' }, 'x.mdx: front matter field "id": "extra" is not the chapter of any block in content/timetable.ts'],
    [
      'a title (the timetable has it)',
      { ...VALID, title: '제목' },
      'x.mdx: front matter field "title": comes from the chapter\'s block in content/timetable.ts: remove it here',
    ],
    ['a start time', { ...VALID, start: '10:25' }, 'x.mdx: front matter field "start": comes from the chapter\'s block in content/timetable.ts'],
    ['an end time', { ...VALID, end: '10:50' }, 'x.mdx: front matter field "end": comes from the chapter\'s block in content/timetable.ts'],
  ];
  for (const [name, data, message] of cases) {
    it(`rejects ${name} naming the file and the field`, () => {
      expect(() => validateFrontMatter('x.mdx', data)).toThrow(message);
    });
  }

  it('rejects a file without front matter and YAML that does not parse', () => {
    expect(() => parseChapterSource('a.mdx', '# 제목\n')).toThrow('a.mdx: front matter field "(front matter)": the file must start with a "---" block');
    expect(() => parseChapterSource('a.mdx', '---\nid: [\n---\n')).toThrow('a.mdx: front matter field "(front matter)": is not valid YAML');
  });

  describe('loading a chapters folder', () => {
    let dir = '';
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    const frontMatter = (fields: Record<string, unknown>) =>
      `---\n${Object.entries(fields)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join('\n')}\n---\n\n본문\n`;

    it('names the file and the missing field', () => {
      dir = mkdtempSync(join(tmpdir(), 'w7-chapters-'));
      writeFileSync(join(dir, '02-basics.mdx'), frontMatter({ ...VALID, objectives: undefined }));
      expect(() => loadChapterInfos(dir)).toThrow(/02-basics\.mdx: front matter field "objectives": is missing/);
    });

    it('requires the id to match the file name', () => {
      dir = mkdtempSync(join(tmpdir(), 'w7-chapters-'));
      writeFileSync(join(dir, '02-basic.mdx'), frontMatter(VALID));
      expect(() => loadChapterInfos(dir)).toThrow(/02-basic\.mdx: front matter field "id": "basics" must match the file name's id "basic"/);
    });

    it('rejects a file name without the order prefix', () => {
      dir = mkdtempSync(join(tmpdir(), 'w7-chapters-'));
      writeFileSync(join(dir, 'basics.mdx'), frontMatter(VALID));
      expect(() => loadChapterInfos(dir)).toThrow(/basics\.mdx: front matter field "id": the file name must be NN-<id>\.mdx/);
    });
  });
});

describe('code blocks in the chapters', () => {
  const blocks = readdirSync(CHAPTERS)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((file) => scanCodeBlocks(readFileSync(join(CHAPTERS, file), 'utf8')).map((b) => ({ ...b, file })));
  const yamlBlocks = blocks.filter((b) => b.lang === 'yaml' || b.lang === 'yml');
  const dockerfiles = blocks.filter((b) => b.lang === 'dockerfile');

  it('has the samples the lecture teaches', () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(25);
    expect(dockerfiles.length).toBeGreaterThanOrEqual(5);
  });

  for (const b of yamlBlocks) {
    it(`YAML ${b.file}:${b.line} parses`, () => {
      const errors = parseAllDocuments(b.code, { uniqueKeys: true }).flatMap((doc) => doc.errors.map((e) => `${e.code}: ${e.message}`));
      expect(errors, `${b.file}:${b.line} ${parseFenceMeta(b.meta).title ?? ''}`).toEqual([]);
    });
  }

  for (const b of dockerfiles) {
    it(`Dockerfile ${b.file}:${b.line} parses`, () => {
      const result = grade([{ name: 'Dockerfile', text: b.code }], { today: '2026-12-05' });
      const parseErrors = result.results.flatMap((r) => r.findings).filter((f) => f.ruleId.startsWith('parse/'));
      expect(parseErrors.map((f) => `${f.ruleId}@${f.line}:${f.column} ${f.message}`)).toEqual([]);
    });
  }
});

describe('every chapter compiles, for reading and for the slides', () => {
  const infos = loadChapterInfos(CHAPTERS);
  for (const info of infos) {
    it(`${info.file} compiles with its slide blocks resolved`, async () => {
      const chapter = await compileChapter(info, { rehypePlugins: [rehypeSlides] });
      expect(chapter.code.length).toBeGreaterThan(1000);
      expect(chapter.toc.filter((entry) => entry.depth === 2).length).toBeGreaterThan(3);
    });
  }

  it('gives every ## section a <Slide>', () => {
    const missing: string[] = [];
    for (const info of infos) {
      const sections = readFileSync(info.absolutePath, 'utf8').split(/^## /m).slice(1);
      for (const section of sections) if (!/^<Slide[\s>]/m.test(section)) missing.push(`${info.file}: ## ${section.split('\n')[0]}`);
    }
    expect(missing).toEqual([]);
  });
});
