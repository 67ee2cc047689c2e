/**
 * "Read to the end" marks in localStorage, one versioned key per chapter: `w7.read.v1.<chapter>` holding
 * {at} (when the end was first reached). Storage errors come back as `false`, never as exceptions.
 */
import { notifyStudyChange } from './events';

export const READ_PREFIX = 'w7.read.v1.';

export interface ReadRecord {
  at: number;
}

export type ReadStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function readKey(chapter: string): string {
  return `${READ_PREFIX}${chapter}`;
}

export function parseReadValue(value: unknown): ReadRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const at = (value as { at?: unknown }).at;
  return typeof at === 'number' && Number.isFinite(at) && at >= 0 ? { at } : undefined;
}

export function readReadRecord(storage: ReadStorage, chapter: string): ReadRecord | undefined {
  try {
    const raw = storage.getItem(readKey(chapter));
    return raw === null ? undefined : parseReadValue(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

/** Marks `chapter` as read; the first time is kept. Returns false when storage refused the write. */
export function markRead(storage: ReadStorage, chapter: string, now: number): boolean {
  if (readReadRecord(storage, chapter)) return true;
  try {
    storage.setItem(readKey(chapter), JSON.stringify({ at: now } satisfies ReadRecord));
  } catch {
    return false;
  }
  notifyStudyChange();
  return true;
}
