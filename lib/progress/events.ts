/**
 * The browser's "study progress changed" signal: quiz answers and chapter reading (lab work has its own
 * PROGRESS_EVENT in lib/labs/storage.ts). Views listen to both and to `storage` events from other tabs.
 */
export const STUDY_EVENT = 'w7-study-progress';

export function notifyStudyChange(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(STUDY_EVENT));
}

/** localStorage, or undefined where it is disabled (private modes, blocked cookies): never throws. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
