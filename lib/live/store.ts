/**
 * localStorage persistence of the live class: the presenter's last state (so a reload keeps the slide and
 * the shifts, and a reader or audience window opened later knows where the class is). Never throws:
 * unavailable storage or bad JSON read as "nothing saved".
 */
import { parseMessage, type LiveStateMessage } from './sync';

export const LIVE_STORAGE_KEY = 'w7.live.v1';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function readLiveState(storage: KeyValueStorage | null): LiveStateMessage | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(LIVE_STORAGE_KEY);
    if (!raw) return null;
    const message = parseMessage(JSON.parse(raw));
    return message?.type === 'state' ? message : null;
  } catch {
    return null;
  }
}

/** Saves `state`; false when the storage refused it (quota, privacy mode). */
export function writeLiveState(storage: KeyValueStorage | null, state: LiveStateMessage): boolean {
  if (!storage) return false;
  try {
    storage.setItem(LIVE_STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

/** The browser's localStorage, or null where it is unavailable (server, blocked storage). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** True when a saved state is recent enough to describe today's class (`maxAgeMs`, default 3 hours). */
export function isFresh(state: LiveStateMessage, now: number, maxAgeMs = 3 * 3600 * 1000): boolean {
  return now - state.ts <= maxAgeMs && state.ts - now <= 60_000;
}
