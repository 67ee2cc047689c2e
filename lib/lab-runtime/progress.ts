/**
 * React hook for completion marks (sidebar, /labs, the lab itself): which of the given labs are complete,
 * from localStorage, updated on this page's writes and on other tabs' `storage` events. The server (and the
 * first client render) sees none, so the static HTML never claims a completion.
 */
import { useSyncExternalStore } from 'react';
import { completedIds, PROGRESS_EVENT, STORAGE_PREFIX } from './storage';

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(STORAGE_PREFIX)) onChange();
  };
  window.addEventListener(PROGRESS_EVENT, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(PROGRESS_EVENT, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The complete labs among `ids`, as a set. */
export function useCompletedLabs(ids: readonly string[]): ReadonlySet<string> {
  const key = ids.join('\n');
  const snapshot = useSyncExternalStore(
    subscribe,
    () => {
      const storage = browserStorage();
      return storage ? completedIds(storage, key.split('\n')).join('\n') : '';
    },
    () => '',
  );
  return new Set(snapshot ? snapshot.split('\n') : []);
}
