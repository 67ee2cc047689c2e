/**
 * Fenced code blocks in chapter MDX: meta parsing (`title="..." check="..." expect="..." sample="..." name="..."`)
 * and a line-based scanner used by the content tests and the reading-time estimate. Pure: no fs (the samples
 * are data modules).
 */
import { SAMPLES } from '../../content/samples';

export type CodeCheck = 'good' | 'bad' | 'fragment';

export interface FenceMeta {
  title?: string;
  check?: CodeCheck;
  /** Rule ids a `check="bad"` block must trigger. */
  expect: string[];
  /** A corrected sample of content/samples whose text is the block's code (the fence body stays empty). */
  sample?: string;
  /** The name a slide's `<Show block="...">` uses for this block (a sample block is named by its sample id). */
  name?: string;
}

const KNOWN_KEYS = new Set(['title', 'check', 'expect', 'sample', 'name']);
const KEY_LIST = 'title, check, expect, sample, name';
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CHECKS: readonly CodeCheck[] = ['good', 'bad', 'fragment'];

export class FenceMetaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FenceMetaError';
  }
}

/** Parses a fence's meta string. Throws FenceMetaError (without position: callers add file and line). */
export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const result: FenceMeta = { expect: [] };
  const text = (meta ?? '').trim();
  if (text === '') return result;
  const attribute = /\s*([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')\s*/y;
  let offset = 0;
  while (offset < text.length) {
    attribute.lastIndex = offset;
    const match = attribute.exec(text);
    if (!match) {
      throw new FenceMetaError(`cannot read the code block meta at "${text.slice(offset)}": write key="value" pairs (${KEY_LIST})`);
    }
    offset = attribute.lastIndex;
    const [, key, doubleQuoted, singleQuoted] = match;
    const value = doubleQuoted ?? singleQuoted ?? '';
    if (!KNOWN_KEYS.has(key)) throw new FenceMetaError(`unknown code block meta key "${key}" (known: ${KEY_LIST})`);
    if (key === 'title') result.title = value;
    else if (key === 'sample') {
      if (!SAMPLES[value]) throw new FenceMetaError(`sample="${value}" is not a sample of content/samples (known: ${Object.keys(SAMPLES).join(', ')})`);
      result.sample = value;
    } else if (key === 'name') {
      if (!NAME.test(value)) throw new FenceMetaError(`name="${value}" must be lowercase words joined by "-"`);
      result.name = value;
    } else if (key === 'check') {
      if (!CHECKS.includes(value as CodeCheck)) throw new FenceMetaError(`check="${value}" must be one of good, bad, fragment`);
      result.check = value as CodeCheck;
    } else result.expect = value.split(/\s+/).filter(Boolean);
  }
  if (result.expect.length > 0 && result.check !== 'bad') throw new FenceMetaError('expect="..." is only allowed with check="bad"');
  if (result.check === 'bad' && result.expect.length === 0) throw new FenceMetaError('check="bad" needs expect="<rule ids>"');
  return result;
}

export interface CodeBlockSource {
  lang: string;
  meta: string;
  /** The code a reader sees: the fence body, or the text of its `sample="..."`. */
  code: string;
  /** 1-based line of the opening fence in the scanned text. */
  line: number;
  /** Lines between the fences in the scanned text (0 for a sample include). */
  bodyLines: number;
  /** The sample id when the block includes one. */
  sample?: string;
}

/** The code of a sample include: the sample's text without its final line break, like a fence body. */
export function sampleCode(id: string): string {
  const found = SAMPLES[id];
  if (!found) throw new FenceMetaError(`sample="${id}" is not a sample of content/samples`);
  return found.text.replace(/\n$/, '');
}

/**
 * Finds fenced code blocks (``` or ~~~, possibly indented inside lists), with sample includes resolved.
 * Throws FenceMetaError when a sample fence has a body or its meta cannot be read.
 */
export function scanCodeBlocks(text: string): CodeBlockSource[] {
  const lines = text.split(/\r?\n/);
  const blocks: CodeBlockSource[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang, meta] = open;
    const body: string[] = [];
    let j = i + 1;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    while (j < lines.length && !close.test(lines[j])) {
      const line = lines[j];
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
      j++;
    }
    const source = body.join('\n');
    const include = /(?:^|\s)sample=/.test(meta) ? parseFenceMeta(meta).sample : undefined;
    if (include && source.trim() !== '')
      throw new FenceMetaError(`line ${i + 1}: a sample="${include}" block has no body of its own: its code comes from content/samples`);
    blocks.push({
      lang: lang.toLowerCase(),
      meta: meta.trim(),
      code: include ? sampleCode(include) : source,
      line: i + 1,
      bodyLines: body.length,
      ...(include ? { sample: include } : {}),
    });
    i = j;
  }
  return blocks;
}

/** Text with fenced code blocks removed (their lines become empty), for prose measurements. */
export function withoutCodeBlocks(text: string): string {
  const lines = text.split(/\r?\n/);
  for (const block of scanCodeBlocks(text)) {
    const count = block.bodyLines + 2;
    for (let k = block.line - 1; k < block.line - 1 + count && k < lines.length; k++) lines[k] = '';
  }
  return lines.join('\n');
}

export const PROSE_CHARS_PER_MINUTE = 500;
/** Code is skimmed, not read word by word: it counts at a third of the prose weight. */
export const CODE_CHARS_PER_MINUTE = 1500;

/** Blocks the reading view does not show: slide forms and speaker notes. */
const NOT_READ = /^<(Slide|Notes)\b[^>]*>[\s\S]*?^<\/\1>/gm;

/** Reading-time estimate in whole minutes (at least 1) for an MDX body, without slides and speaker notes. */
export function readingMinutes(mdx: string): number {
  const body = mdx.replace(NOT_READ, '');
  const prose = withoutCodeBlocks(body)
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`>|\-[\]]/g, '')
    .replace(/\s+/g, '');
  const code = scanCodeBlocks(body)
    .filter((block) => block.lang !== 'mermaid')
    .reduce((sum, block) => sum + block.code.replace(/\s+/g, '').length, 0);
  return Math.max(1, Math.round(prose.length / PROSE_CHARS_PER_MINUTE + code / CODE_CHARS_PER_MINUTE));
}
