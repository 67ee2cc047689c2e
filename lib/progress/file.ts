/**
 * The exported progress file: one versioned JSON document with every lab record (saved work included),
 * quiz answers and reading marks. Parsing is all or nothing: a file that is not ours, of an unknown version
 * or damaged anywhere is refused with one Korean message, and nothing is taken from it. Pure: no storage.
 */
import { parseRecord, type LabRecord } from '@/lib/lab-runtime/storage';
import { parseQuizValue, type QuizRecord } from '@/lib/quiz/storage';
import { parseReadValue, type ReadRecord } from './reading';

export const PROGRESS_FORMAT = 'w7-progress';
export const PROGRESS_VERSION = 1;
/** Fourteen labs of a few KB each, with backups, fit many times over. */
export const MAX_PROGRESS_FILE_CHARS = 5_000_000;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ProgressSnapshot {
  labs: Record<string, LabRecord>;
  quizzes: Record<string, QuizRecord>;
  reading: Record<string, ReadRecord>;
}

export interface ProgressFile extends ProgressSnapshot {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  exportedAt: string;
}

export interface KnownIds {
  labs: readonly string[];
  chapters: readonly string[];
}

export type ImportResult = { ok: true; snapshot: ProgressSnapshot; exportedAt: string; skipped: string[] } | { ok: false; message: string };

export function emptySnapshot(): ProgressSnapshot {
  return { labs: {}, quizzes: {}, reading: {} };
}

export function toProgressFile(snapshot: ProgressSnapshot, now: Date): ProgressFile {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), ...snapshot };
}

/** `w7-progress-2026-12-04.json` (the local date of the export). */
export function progressFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `w7-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Section<T> = { ok: true; records: Record<string, T>; skipped: string[] } | { ok: false; message: string };

function section<T>(value: unknown, label: string, known: readonly string[], parse: (value: unknown) => T | undefined): Section<T> {
  if (value === undefined) return { ok: true, records: {}, skipped: [] };
  if (!isRecord(value)) return { ok: false, message: `${label} 항목이 손상되었습니다.` };
  const records: Record<string, T> = {};
  const skipped: string[] = [];
  for (const [id, raw] of Object.entries(value)) {
    const parsed = ID.test(id) ? parse(raw) : undefined;
    if (parsed === undefined) return { ok: false, message: `${label} "${id}"의 기록이 손상되었습니다.` };
    if (known.includes(id)) records[id] = parsed;
    else skipped.push(id);
  }
  return { ok: true, records, skipped };
}

/** Reads an exported file's text; ids the course no longer has are skipped (and named in `skipped`). */
export function parseProgressFile(text: string, known: KnownIds): ImportResult {
  if (text.length > MAX_PROGRESS_FILE_CHARS) {
    return { ok: false, message: `파일이 너무 큽니다 (${(text.length / 1_000_000).toFixed(1)}MB). 학습 기록 파일은 5MB를 넘지 않습니다.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'JSON 형식이 아니거나 파일이 손상되었습니다. 이 페이지의 "내보내기"로 만든 파일을 골라 주세요.' };
  }
  if (!isRecord(data) || data.format !== PROGRESS_FORMAT) {
    return { ok: false, message: '7주차 학습 기록 파일이 아닙니다. 이 페이지의 "내보내기"로 만든 파일을 골라 주세요.' };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, message: '파일의 버전 정보가 없거나 손상되었습니다.' };
  if (version > PROGRESS_VERSION) {
    return {
      ok: false,
      message: `이 파일은 더 새로운 버전(v${version})의 앱에서 만들었습니다. 이 앱은 v${PROGRESS_VERSION} 파일까지 읽을 수 있습니다. 페이지를 새로 고쳐 앱을 최신으로 만든 뒤 다시 가져와 주세요.`,
    };
  }
  if (version < 1) return { ok: false, message: `지원하지 않는 버전(v${version})의 파일입니다.` };
  const exportedAt = typeof data.exportedAt === 'string' && !Number.isNaN(Date.parse(data.exportedAt)) ? data.exportedAt : undefined;
  if (!exportedAt) return { ok: false, message: '파일의 내보낸 시각(exportedAt)이 없거나 손상되었습니다.' };

  const labs = section(data.labs, '실습', known.labs, (raw) => parseRecord(JSON.stringify(raw)));
  if (!labs.ok) return labs;
  const quizzes = section(data.quizzes, '확인 문제', known.chapters, parseQuizValue);
  if (!quizzes.ok) return quizzes;
  const reading = section(data.reading, '읽기', known.chapters, parseReadValue);
  if (!reading.ok) return reading;
  return {
    ok: true,
    snapshot: { labs: labs.records, quizzes: quizzes.records, reading: reading.records },
    exportedAt,
    skipped: [...new Set([...labs.skipped, ...quizzes.skipped, ...reading.skipped])],
  };
}
