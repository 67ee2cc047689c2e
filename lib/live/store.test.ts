import { describe, expect, it } from 'vitest';
import { isFresh, LIVE_STORAGE_KEY, readLiveState, writeLiveState, type KeyValueStorage } from './store';
import type { LiveStateMessage } from './sync';

function memory(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const state: LiveStateMessage = {
  v: 1,
  type: 'state',
  chapter: 'intro',
  slide: 2,
  section: null,
  shifts: [{ date: '2026-12-05', atMinute: 605, minutes: 5 }],
  offsetMs: -1000,
  sender: 'p',
  ts: 10_000,
};

describe('live state storage', () => {
  it('round-trips the state (shifts persist across reloads)', () => {
    const storage = memory();
    expect(writeLiveState(storage, state)).toBe(true);
    expect(readLiveState(storage)).toEqual(state);
  });
  it('reads nothing from missing storage, an empty key, bad JSON or a non-state', () => {
    expect(readLiveState(null)).toBeNull();
    expect(readLiveState(memory())).toBeNull();
    expect(readLiveState(memory({ [LIVE_STORAGE_KEY]: '{oops' }))).toBeNull();
    expect(readLiveState(memory({ [LIVE_STORAGE_KEY]: JSON.stringify({ v: 1, type: 'hello', sender: 'a', ts: 1 }) }))).toBeNull();
  });
  it('reports a refused write instead of throwing', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(writeLiveState(full, state)).toBe(false);
    expect(writeLiveState(null, state)).toBe(false);
  });
  it('a state is fresh for 3 hours', () => {
    expect(isFresh(state, 10_000 + 3 * 3600 * 1000)).toBe(true);
    expect(isFresh(state, 10_001 + 3 * 3600 * 1000)).toBe(false);
    expect(isFresh(state, 10_000 - 120_000)).toBe(false);
  });
});
