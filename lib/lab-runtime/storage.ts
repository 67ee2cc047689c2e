/**
 * A learner's lab work in localStorage, one versioned key per lab: `w7.lab.v1.<id>` holding
 * {files, updatedAt, complete, backup?}. "Reset to starter" moves the current work to `backup`, and
 * "restore my work" swaps `files` and `backup`, so neither action loses the other text. `complete` stays
 * true once every objective passed. Nothing here sends anything anywhere. Storage errors (quota, disabled
 * storage) are reported as `false`, never thrown.
 */
import type { FileSet } from '@/labs/exercises/types';

export const STORAGE_PREFIX = 'w7.lab.v1.';
/** Dispatched on window after every write, so other components on the page (sidebar, /labs) update. */
export const PROGRESS_EVENT = 'w7-lab-progress';

export interface SavedWork {
  files: FileSet;
  updatedAt: number;
}

export interface LabRecord extends SavedWork {
  complete: boolean;
  /** The work set aside by "reset to starter"; brought back by "restore my work". */
  backup?: SavedWork;
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
  const { complete, backup } = value as Record<string, unknown>;
  const savedBackup = backup === undefined ? undefined : parseWork(backup);
  return { ...work, complete: complete === true, ...(savedBackup ? { backup: savedBackup } : {}) };
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

function sameFiles(a: FileSet, b: FileSet): boolean {
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
  };
  writeRecord(storage, id, record);
  return record;
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
