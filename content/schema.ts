/**
 * Chapter front matter: parsing and validation. Every problem throws an Error whose message names
 * the file and the field, so a broken chapter fails `next build` with a clear pointer. A chapter's title and
 * time slot are not written in its front matter: they come from its block in content/timetable.ts (one source).
 */
import { parse as parseYamlText } from 'yaml';
import { timetable, type Slot } from './timetable';

/** A chapter's facts: `id`, `objectives` and `summary` from its front matter, the rest from its timetable block. */
export interface ChapterFrontMatter {
  id: string;
  title: string;
  start: string;
  end: string;
  objectives: string[];
  summary: string;
}

/** Fields the timetable owns: written in front matter they could drift from it, so they are refused there. */
const TIMETABLE_FIELDS = ['title', 'start', 'end'] as const;
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
  if (!match) throw new FrontMatterError(file, '(front matter)', 'the file must start with a "---" block (id, objectives, summary)');
  return { yaml: match[1], body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

function nonEmptyString(file: string, data: Record<string, unknown>, field: 'id' | 'summary'): string {
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
  for (const field of TIMETABLE_FIELDS) {
    if (field in record) throw new FrontMatterError(file, field, `comes from the chapter's block in content/timetable.ts: remove it here`);
  }

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

  return { id, title: block.title, start: block.start, end: block.end, objectives: (objectives as string[]).map((o) => o.trim()), summary };
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
