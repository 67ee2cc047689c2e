// The persisted outbox of unsent lab results: per class, latest per lab, only ids and booleans, never a throw.
import { describe, expect, it } from 'vitest';
import { OUTBOX_STORAGE_KEY, readOutbox, writeOutbox } from './progress-outbox';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const pod = {
  labId: 'pod',
  objectives: [
    { id: 'a', pass: true },
    { id: 'b', pass: false },
  ],
  complete: false,
};
const net = { labId: 'net', objectives: [{ id: 'x', pass: true }], complete: true };

describe('progress outbox', () => {
  it('keeps the unsent results of one class across a reload, and removes the key when all are sent', () => {
    const storage = new MemoryStorage();
    writeOutbox(
      storage,
      'c1',
      new Map([
        ['pod', pod],
        ['net', net],
      ]),
    );
    expect([...readOutbox(storage, 'c1').values()]).toEqual([pod, net]);
    expect(readOutbox(storage, 'c2').size).toBe(0);
    writeOutbox(storage, 'c1', new Map());
    expect(storage.getItem(OUTBOX_STORAGE_KEY)).toBeNull();
  });

  it('reads only well-formed results, with nothing but ids and booleans', () => {
    const storage = new MemoryStorage();
    const withText = { ...pod, objectives: [{ id: 'a', pass: true, reason: 'FROM alpine' }], files: { Dockerfile: 'secret' } };
    storage.setItem(OUTBOX_STORAGE_KEY, JSON.stringify({ classId: 'c1', results: [withText, { labId: 'bad', objectives: 'no', complete: true }, null] }));
    expect([...readOutbox(storage, 'c1').values()]).toEqual([{ labId: 'pod', objectives: [{ id: 'a', pass: true }], complete: false }]);
    storage.setItem(OUTBOX_STORAGE_KEY, '{not json');
    expect(readOutbox(storage, 'c1').size).toBe(0);
    expect(readOutbox(null, 'c1').size).toBe(0);
  });

  it('never throws when the storage is full or missing', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(() => writeOutbox(storage, 'c1', new Map([['pod', pod]]))).not.toThrow();
    expect(() => writeOutbox(null, 'c1', new Map([['pod', pod]]))).not.toThrow();
  });
});
