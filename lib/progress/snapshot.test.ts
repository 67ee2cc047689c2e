import { describe, expect, it } from 'vitest';
import { emptySnapshot, type ProgressSnapshot } from './file';
import { isEmptySnapshot, readSnapshot, replaceProgress, type FullStorage } from './snapshot';

class MemoryStorage implements FullStorage {
  data = new Map<string, string>();
  /** Characters of keys and values that fit (a browser's storage quota). */
  quota = Infinity;
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.data].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const SNAPSHOT: ProgressSnapshot = {
  labs: { networkpolicy: { files: { 'netpol.yaml': 'kind: NetworkPolicy\n' }, updatedAt: 3, complete: false } },
  quizzes: { basics: { answers: { 'shared-kernel': { option: 'true', correct: true, attempts: 1, firstCorrect: true, at: 4 } } } },
  reading: { intro: { at: 1 }, basics: { at: 2 } },
};

function seeded(): MemoryStorage {
  const storage = new MemoryStorage();
  storage.data.set('w7-theme', 'dark');
  storage.data.set('w7.lab.v1.capstone', JSON.stringify({ files: { 'app.yaml': 'a: 1' }, updatedAt: 9, complete: true }));
  storage.data.set('w7.read.v1.hands-on', JSON.stringify({ at: 9 }));
  storage.data.set('w7.quiz.v1.intro', '{broken');
  return storage;
}

describe('readSnapshot', () => {
  it('collects our keys only and leaves damaged entries out', () => {
    expect(readSnapshot(seeded())).toEqual({
      labs: { capstone: { files: { 'app.yaml': 'a: 1' }, updatedAt: 9, complete: true } },
      quizzes: {},
      reading: { 'hands-on': { at: 9 } },
    });
    expect(isEmptySnapshot(readSnapshot(new MemoryStorage()))).toBe(true);
  });
});

describe('replaceProgress', () => {
  it('replaces all progress and leaves other keys alone', () => {
    const storage = seeded();
    expect(replaceProgress(storage, SNAPSHOT)).toEqual({ ok: true });
    expect(readSnapshot(storage)).toEqual(SNAPSHOT);
    expect(storage.data.has('w7.quiz.v1.intro')).toBe(false);
    expect(storage.getItem('w7-theme')).toBe('dark');
  });

  it('clears everything with an empty snapshot', () => {
    const storage = seeded();
    expect(replaceProgress(storage, emptySnapshot())).toEqual({ ok: true });
    expect([...storage.data.keys()]).toEqual(['w7-theme']);
  });

  it('puts every key back when a write fails half-way', () => {
    const storage = seeded();
    const before = new Map(storage.data);
    // Room for what is there now, not for the new records.
    storage.quota = [...before].reduce((sum, [k, v]) => sum + k.length + v.length, 0) + 40;
    const result = replaceProgress(storage, SNAPSHOT);
    expect(result).toEqual({ ok: false, message: '브라우저 저장 공간이 부족하거나 저장이 막혀 있어 기록을 바꾸지 못했습니다. 기존 기록은 그대로입니다.' });
    expect(storage.data).toEqual(before);
  });

  it('says so when even putting the old records back fails', () => {
    const storage = seeded();
    storage.quota = 0;
    const result = replaceProgress(storage, SNAPSHOT);
    expect(result.ok ? '' : result.message).toBe(
      '브라우저 저장소가 쓰기를 거부해 기록을 바꾸지 못했고, 기존 기록 일부를 되돌리지 못했습니다. 내보내 둔 파일이 있다면 다시 가져와 주세요.',
    );
  });
});
