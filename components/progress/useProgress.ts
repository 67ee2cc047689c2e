/**
 * React hook: the learner's whole progress snapshot from localStorage, live (lab saves, quiz answers,
 * reading marks on this page, and other tabs' `storage` events). The server and the first client render
 * see `null`, so the static HTML never claims any progress.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { PROGRESS_EVENT, STORAGE_PREFIX as LAB_PREFIX } from '@/lib/lab-runtime/storage';
import { QUIZ_PREFIX } from '@/lib/quiz/storage';
import { STUDY_EVENT, browserStorage } from '@/lib/progress/events';
import type { ProgressSnapshot } from '@/lib/progress/file';
import { READ_PREFIX } from '@/lib/progress/reading';
import { readSnapshot } from '@/lib/progress/snapshot';

const PREFIXES = [LAB_PREFIX, QUIZ_PREFIX, READ_PREFIX];

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || PREFIXES.some((prefix) => event.key?.startsWith(prefix))) onChange();
  };
  window.addEventListener(PROGRESS_EVENT, onChange);
  window.addEventListener(STUDY_EVENT, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(PROGRESS_EVENT, onChange);
    window.removeEventListener(STUDY_EVENT, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** A string that changes whenever any progress key changes (useSyncExternalStore needs a stable value). */
function fingerprint(): string {
  const storage = browserStorage();
  if (!storage) return 'unavailable';
  try {
    const parts: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key !== null && PREFIXES.some((prefix) => key.startsWith(prefix))) parts.push(`${key}\u0000${storage.getItem(key)}`);
    }
    return parts.sort().join('\u0001');
  } catch {
    return 'unavailable';
  }
}

export interface ProgressState {
  snapshot: ProgressSnapshot;
  /** False where the browser blocks localStorage: nothing can be remembered there. */
  storageAvailable: boolean;
}

export function useProgress(): ProgressState | null {
  const key = useSyncExternalStore(subscribe, fingerprint, () => null);
  return useMemo(() => {
    if (key === null) return null;
    const storage = browserStorage();
    if (!storage || key === 'unavailable') return { snapshot: { labs: {}, quizzes: {}, reading: {} }, storageAvailable: false };
    return { snapshot: readSnapshot(storage), storageAvailable: true };
  }, [key]);
}
