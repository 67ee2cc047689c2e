/**
 * A learner's lab work in localStorage, one versioned key per lab: `w7.lab.v1.<id>` holding
 * {files, updatedAt, complete, backup?, graded?}. "Reset to starter" moves the current work to `backup`, and
 * "restore my work" swaps `files` and `backup`, so neither action loses the other text. `complete` stays
 * true once every objective passed. `graded` is the last grading of exactly `files`, shown before the editor
 * (and its grading worker) is loaded again. Nothing here sends anything anywhere. Storage errors (quota,
 * disabled storage) are reported as `false`, never thrown.
 */
import type { FileSet, ObjectiveOutcome } from '@/labs/exercises/types';

export const STORAGE_PREFIX = 'w7.lab.v1.';
/** Dispatched on window after every write, so other components on the page (sidebar, /labs) update. */
export const PROGRESS_EVENT = 'w7-lab-progress';

export interface SavedWork {
  files: FileSet;
  updatedAt: number;
}

/** One objective of a grading as the objectives list shows it and storage keeps it. */
export type GradedObjective = Pick<ObjectiveOutcome, 'id' | 'pass' | 'reason' | 'file' | 'range'>;

export interface LabRecord extends SavedWork {
  complete: boolean;
  /** The work set aside by "reset to starter"; brought back by "restore my work". */
  backup?: SavedWork;
  /** The objectives of the last grading of `files`; dropped whenever `files` change. */
  graded?: GradedObjective[];
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function labKey(id: string): string {
  return `${STORAGE_PREFIX}${id}`;
}

function isFileSet(value: unknown): value is FileSet {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value as Record<string, unknown>).every((text) => typeof text === 'string')
  );
}

function parseWork(value: unknown): SavedWork | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { files, updatedAt } = value as Record<string, unknown>;
  if (!isFileSet(files) || typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return undefined;
  return { files, updatedAt };
}

function isPosition(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function parseOutcome(value: unknown): GradedObjective | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, pass, reason, file, range } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof pass !== 'boolean' || typeof reason !== 'string') return undefined;
  const outcome: GradedObjective = { id, pass, reason };
  if (typeof file === 'string') outcome.file = file;
  if (typeof range === 'object' && range !== null) {
    const { line, column, endLine, endColumn } = range as Record<string, unknown>;
    if ([line, column, endLine, endColumn].every(isPosition)) {
      outcome.range = { line: line as number, column: column as number, endLine: endLine as number, endColumn: endColumn as number };
    }
  }
  return outcome;
}

/** A list in which every item is a valid outcome, else `undefined` (a partly broken list is not shown). */
function parseOutcomes(value: unknown): GradedObjective[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const outcomes = value.map(parseOutcome);
  return outcomes.every((outcome) => outcome !== undefined) ? (outcomes as GradedObjective[]) : undefined;
}

/** Parses a stored record; anything of the wrong shape (or not JSON) is `undefined`. */
export function parseRecord(raw: string | null): LabRecord | undefined {
  if (raw === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const work = parseWork(value);
  if (!work) return undefined;
  const { complete, backup, graded } = value as Record<string, unknown>;
  const savedBackup = backup === undefined ? undefined : parseWork(backup);
  const savedGrading = parseOutcomes(graded);
  return { ...work, complete: complete === true, ...(savedBackup ? { backup: savedBackup } : {}), ...(savedGrading ? { graded: savedGrading } : {}) };
}

export function readRecord(storage: KeyValueStorage, id: string): LabRecord | undefined {
  try {
    return parseRecord(storage.getItem(labKey(id)));
  } catch {
    return undefined;
  }
}

export function writeRecord(storage: KeyValueStorage, id: string, record: LabRecord): boolean {
  try {
    storage.setItem(labKey(id), JSON.stringify(record));
  } catch {
    return false;
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: id }));
  return true;
}

export function sameFiles(a: FileSet, b: FileSet): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}

/** Saves the current text; `complete` becomes true when `passed` and then stays true. */
export function saveWork(storage: KeyValueStorage, id: string, files: FileSet, passed: boolean, now: number): LabRecord {
  const previous = readRecord(storage, id);
  const record: LabRecord = {
    files,
    updatedAt: now,
    complete: passed || previous?.complete === true,
    ...(previous?.backup ? { backup: previous.backup } : {}),
    ...(previous?.graded && sameFiles(previous.files, files) ? { graded: previous.graded } : {}),
  };
  writeRecord(storage, id, record);
  return record;
}

/**
 * Remembers the grading of `files` (and completion when every objective passed) when they are still the saved
 * text; a grading that arrives after a newer edit was saved is not stored. Returns whether it was stored.
 */
export function saveGrading(storage: KeyValueStorage, id: string, files: FileSet, outcomes: readonly GradedObjective[], passed: boolean): boolean {
  const previous = readRecord(storage, id);
  if (!previous || !sameFiles(previous.files, files)) return false;
  const graded = outcomes.map(({ id: objective, pass, reason, file, range }) => ({
    id: objective,
    pass,
    reason,
    ...(file ? { file } : {}),
    ...(range ? { range } : {}),
  }));
  return writeRecord(storage, id, { ...previous, complete: passed || previous.complete, graded });
}

/**
 * Puts the starter text back. The current work becomes the backup unless it is the starter itself
 * (then the older backup is kept).
 */
export function resetToStarter(storage: KeyValueStorage, id: string, current: FileSet, starter: FileSet, now: number): LabRecord {
  const previous = readRecord(storage, id);
  const backup = sameFiles(current, starter) ? previous?.backup : { files: current, updatedAt: now };
  const record: LabRecord = { files: starter, updatedAt: now, complete: previous?.complete === true, ...(backup ? { backup } : {}) };
  writeRecord(storage, id, record);
  return record;
}

/** Brings back the backup; the text it replaces becomes the new backup. `undefined` when there is none. */
export function restoreWork(storage: KeyValueStorage, id: string, current: FileSet, now: number): LabRecord | undefined {
  const previous = readRecord(storage, id);
  if (!previous?.backup) return undefined;
  const record: LabRecord = {
    files: previous.backup.files,
    updatedAt: now,
    complete: previous.complete,
    backup: { files: current, updatedAt: now },
  };
  writeRecord(storage, id, record);
  return record;
}

/** The ids among `ids` whose lab is complete. */
export function completedIds(storage: KeyValueStorage, ids: readonly string[]): string[] {
  return ids.filter((id) => readRecord(storage, id)?.complete === true);
}
