/**
 * Chapters at build time: content/chapters/NN-<id>.mdx, front matter validated by content/schema.ts,
 * compiled by lib/mdx/compile.ts once per id and render pass.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import type { Root as HastRoot } from 'hast';
import { COURSE_TITLE, timetable, type Slot } from '@/content/timetable';
import { FrontMatterError, parseChapterSource, type ChapterFrontMatter } from '@/content/schema';
import { compileMdx } from '@/lib/mdx/compile';
import { readingMinutes } from '@/lib/mdx/fence';
import type { TocEntry } from '@/lib/mdx/plugins';

export { COURSE_TITLE, timetable };
export type { Slot, TocEntry };

export const CHAPTERS_DIR = path.join(process.cwd(), 'content', 'chapters');
const FILE_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

export interface ChapterInfo extends ChapterFrontMatter {
  /** Path relative to the project root, for messages. */
  file: string;
  absolutePath: string;
  order: number;
  readingMinutes: number;
  /** Line count of the front matter block (tree lines are relative to the body). */
  bodyLine: number;
}

export interface Chapter extends ChapterInfo {
  code: string;
  toc: TocEntry[];
}

/** Reads and validates every chapter's front matter; ordered by file name. */
export function loadChapterInfos(dir: string = CHAPTERS_DIR): ChapterInfo[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const chapters = names.map((name): ChapterInfo => {
    const absolutePath = path.join(dir, name);
    const file = path.relative(process.cwd(), absolutePath) || name;
    const match = FILE_NAME.exec(name);
    if (!match) throw new FrontMatterError(file, 'id', 'the file name must be NN-<id>.mdx (two digits, a dash, the chapter id)');
    const { frontMatter, body, bodyLine } = parseChapterSource(file, readFileSync(absolutePath, 'utf8'));
    if (frontMatter.id !== match[2]) throw new FrontMatterError(file, 'id', `"${frontMatter.id}" must match the file name's id "${match[2]}"`);
    return { ...frontMatter, file, absolutePath, order: Number(match[1]), readingMinutes: readingMinutes(body), bodyLine };
  });
  const seen = new Map<string, string>();
  for (const chapter of chapters) {
    const other = seen.get(chapter.id);
    if (other) throw new FrontMatterError(chapter.file, 'id', `"${chapter.id}" is also the id of ${other}`);
    seen.set(chapter.id, chapter.file);
  }
  return chapters;
}

/** Chapters in timetable order (the order of the class). */
export const getChapterInfos = cache((): ChapterInfo[] => {
  const infos = loadChapterInfos();
  const position = (id: string) => timetable.findIndex((slot) => slot.chapter === id);
  return [...infos].sort((a, b) => position(a.id) - position(b.id));
});

export function getChapterInfo(id: string): ChapterInfo | undefined {
  return getChapterInfos().find((chapter) => chapter.id === id);
}

/** Compiles one chapter file to an mdx-bundler module string plus its table of contents. */
export async function compileChapter(info: ChapterInfo, extra: { rehypePlugins?: (() => (tree: HastRoot) => void)[] } = {}): Promise<Chapter> {
  const { code, toc } = await compileMdx(info.absolutePath, { file: info.file, lineOffset: info.bodyLine - 1, rehypePlugins: extra.rehypePlugins });
  return { ...info, code, toc };
}

/** The compiled chapter `id` (cached per render pass, so metadata and page share one compile). */
export const getChapter = cache(async (id: string): Promise<Chapter | undefined> => {
  const info = getChapterInfo(id);
  return info ? compileChapter(info) : undefined;
});

/** The previous and next chapters in class order. */
export function neighbours(id: string): { previous?: ChapterInfo; next?: ChapterInfo } {
  const chapters = getChapterInfos();
  const index = chapters.findIndex((chapter) => chapter.id === id);
  return { previous: index > 0 ? chapters[index - 1] : undefined, next: index >= 0 ? chapters[index + 1] : undefined };
}
