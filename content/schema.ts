/**
 * Chapter front matter: parsing and validation. Every problem throws an Error whose message names
 * the file and the field, so a broken chapter fails `next build` with a clear pointer.
 */
import { parse as parseYamlText } from 'yaml';
import { timetable, type Slot } from './timetable';

export interface ChapterFrontMatter {
  id: string;
  title: string;
  start: string;
  end: string;
  objectives: string[];
  summary: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class FrontMatterError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: front matter field "${field}": ${detail}`);
    this.name = 'FrontMatterError';
  }
}

/** Splits `---\n...\n---` off the start of an MDX file. Returns the YAML text and the body. */
export function splitFrontMatter(file: string, source: string): { yaml: string; body: string; bodyLine: number } {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) throw new FrontMatterError(file, '(front matter)', 'the file must start with a "---" block (id, title, start, end, objectives, summary)');
  return { yaml: match[1], body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

function nonEmptyString(file: string, data: Record<string, unknown>, field: keyof ChapterFrontMatter): string {
  const value = data[field];
  if (value === undefined || value === null) throw new FrontMatterError(file, field, 'is missing');
  if (typeof value !== 'string') throw new FrontMatterError(file, field, `must be a string, got ${describe(value)}`);
  if (value.trim() === '') throw new FrontMatterError(file, field, 'must not be empty');
  return value.trim();
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

/** The timetable block whose `chapter` is `id`. */
export function blockFor(id: string, slots: readonly Slot[] = timetable): Slot | undefined {
  return slots.find((slot) => slot.kind === 'block' && slot.chapter === id);
}

/** Validates parsed front matter `data` of `file` against the schema and the timetable. */
export function validateFrontMatter(file: string, data: unknown, slots: readonly Slot[] = timetable): ChapterFrontMatter {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FrontMatterError(file, '(front matter)', `must be a mapping of fields, got ${describe(data)}`);
  }
  const record = data as Record<string, unknown>;
  const id = nonEmptyString(file, record, 'id');
  if (!ID.test(id)) throw new FrontMatterError(file, 'id', `"${id}" must be lowercase words joined by "-"`);
  const title = nonEmptyString(file, record, 'title');
  const start = nonEmptyString(file, record, 'start');
  if (!TIME.test(start)) throw new FrontMatterError(file, 'start', `"${start}" must be a quoted "HH:MM" time`);
  const end = nonEmptyString(file, record, 'end');
  if (!TIME.test(end)) throw new FrontMatterError(file, 'end', `"${end}" must be a quoted "HH:MM" time`);

  const objectives = record.objectives;
  if (objectives === undefined || objectives === null) throw new FrontMatterError(file, 'objectives', 'is missing');
  if (!Array.isArray(objectives)) throw new FrontMatterError(file, 'objectives', `must be a list of strings, got ${describe(objectives)}`);
  if (objectives.length === 0) throw new FrontMatterError(file, 'objectives', 'must contain at least one objective');
  objectives.forEach((item, index) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new FrontMatterError(file, 'objectives', `item ${index + 1} must be a non-empty string, got ${describe(item)}`);
    }
  });
  const summary = nonEmptyString(file, record, 'summary');

  const block = blockFor(id, slots);
  if (!block) throw new FrontMatterError(file, 'id', `"${id}" is not the chapter of any block in content/timetable.ts`);
  if (block.start !== start) throw new FrontMatterError(file, 'start', `"${start}" must equal the timetable block start "${block.start}"`);
  if (block.end !== end) throw new FrontMatterError(file, 'end', `"${end}" must equal the timetable block end "${block.end}"`);

  return { id, title, start, end, objectives: (objectives as string[]).map((o) => o.trim()), summary };
}

/** Splits, parses and validates the front matter of an MDX chapter file. */
export function parseChapterSource(file: string, source: string, slots: readonly Slot[] = timetable) {
  const { yaml, body, bodyLine } = splitFrontMatter(file, source);
  let data: unknown;
  try {
    data = parseYamlText(yaml);
  } catch (error) {
    throw new FrontMatterError(file, '(front matter)', `is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { frontMatter: validateFrontMatter(file, data, slots), body, bodyLine };
}
