/**
 * Rule messages as data: a report names a message id of its rule's `meta.messages` and gives the values of
 * its `{{placeholders}}`; this module turns that into the Korean and English texts. Pure: no DOM, no fs.
 */
import type { Finding, MessageData, Range, RuleMeta, Severity, Text } from './types';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const SPLIT = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/;

/** Templates split once into literal text (even indexes) and placeholder names (odd indexes): grading is a hot path. */
const compiled = new Map<string, readonly string[]>();

function fill(template: string, data: MessageData | undefined, lang: keyof Text): string {
  if (!template.includes('{{')) return template;
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(SPLIT);
    compiled.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = data?.[parts[i]!];
    out += (v === undefined ? `{{${parts[i]}}}` : typeof v === 'object' ? v[lang] : String(v)) + parts[i + 1]!;
  }
  return out;
}

/** The texts of message `messageId` of `meta` with `data` filled in, or null when the rule has no such message. */
export function messageText(meta: Pick<RuleMeta, 'messages'>, messageId: string, data?: MessageData): Text | null {
  const template = typeof messageId === 'string' && Object.hasOwn(meta.messages ?? {}, messageId) ? meta.messages[messageId] : undefined;
  if (!template) return null;
  return { ko: fill(template.ko, data, 'ko'), en: fill(template.en, data, 'en') };
}

/** Placeholder names of a template text, for the contract test (every name a report fills must exist). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * A finding of a metadata-only rule (parse/*, internal/*), built where a parser or the engine notices it.
 * Throws on an unknown message id: a programming error, which the engine reports as internal/rule-error.
 */
export function findingFrom(meta: RuleMeta, messageId: string, data: MessageData | undefined, range: Range, severity: Severity = meta.severity): Finding {
  const text = messageText(meta, messageId, data);
  if (!text) throw new Error(`${meta.id} has no message "${messageId}"`);
  return {
    ruleId: meta.id,
    messageId,
    severity,
    message: text.ko,
    messageEn: text.en,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
  };
}
