import { describe, expect, it } from 'vitest';
import { completedIds, labKey, parseRecord, readRecord, resetToStarter, restoreWork, saveGrading, saveWork, type KeyValueStorage } from './storage';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

const STARTER = { Dockerfile: 'FROM node:18\n' };
const MINE = { Dockerfile: 'FROM node:24-alpine\nUSER 1000\n' };

describe('lab storage', () => {
  it('uses one versioned key per lab', () => {
    expect(labKey('dockerfile-nonroot')).toBe('w7.lab.v1.dockerfile-nonroot');
  });

  it('saves work and keeps completion once reached', () => {
    const storage = memoryStorage();
    saveWork(storage, 'a', MINE, true, 10);
    expect(JSON.parse(storage.data.get('w7.lab.v1.a') ?? '')).toEqual({ files: MINE, updatedAt: 10, complete: true });
    const later = saveWork(storage, 'a', STARTER, false, 20);
    expect(later).toEqual({ files: STARTER, updatedAt: 20, complete: true });
    expect(readRecord(storage, 'a')).toEqual(later);
  });

  it('reset keeps the work as backup and restore swaps it back, losing neither', () => {
    const storage = memoryStorage();
    saveWork(storage, 'a', MINE, false, 1);
    const reset = resetToStarter(storage, 'a', MINE, STARTER, 2);
    expect(reset).toEqual({ files: STARTER, updatedAt: 2, complete: false, backup: { files: MINE, updatedAt: 2 } });
    const edited = { Dockerfile: 'FROM node:18\nUSER 1\n' };
    saveWork(storage, 'a', edited, false, 3);
    expect(readRecord(storage, 'a')?.backup).toEqual({ files: MINE, updatedAt: 2 });
    const restored = restoreWork(storage, 'a', edited, 4);
    expect(restored).toEqual({ files: MINE, updatedAt: 4, complete: false, backup: { files: edited, updatedAt: 4 } });
    expect(restoreWork(storage, 'a', MINE, 5)?.files).toEqual(edited);
  });

  it('reset of untouched starter text keeps the older backup', () => {
    const storage = memoryStorage();
    resetToStarter(storage, 'a', MINE, STARTER, 1);
    expect(resetToStarter(storage, 'a', STARTER, STARTER, 2).backup).toEqual({ files: MINE, updatedAt: 1 });
  });

  it('restore without a backup does nothing', () => {
    const storage = memoryStorage();
    saveWork(storage, 'a', MINE, false, 1);
    expect(restoreWork(storage, 'a', MINE, 2)).toBeUndefined();
    expect(readRecord(storage, 'a')?.files).toEqual(MINE);
  });

  it('ignores records of the wrong shape', () => {
    expect(parseRecord(null)).toBeUndefined();
    expect(parseRecord('not json')).toBeUndefined();
    expect(parseRecord('{"files":{"a":1},"updatedAt":1}')).toBeUndefined();
    expect(parseRecord('{"files":{"a":"x"}}')).toBeUndefined();
    expect(parseRecord('{"files":{"a":"x"},"updatedAt":1,"complete":"yes","backup":{"files":3}}')).toEqual({
      files: { a: 'x' },
      updatedAt: 1,
      complete: false,
    });
  });

  it('never throws when storage fails', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(readRecord(broken, 'a')).toBeUndefined();
    expect(saveWork(broken, 'a', MINE, true, 1)).toEqual({ files: MINE, updatedAt: 1, complete: true });
  });

  it('remembers the grading of the saved text only, and forgets it when the text changes', () => {
    const storage = memoryStorage();
    const outcomes = [
      { id: 'non-root', pass: false, reason: 'USER가 없습니다', file: 'Dockerfile', range: { line: 1, column: 1, endLine: 1, endColumn: 13 } },
      { id: 'pinned', pass: true, reason: '' },
    ];
    expect(saveGrading(storage, 'a', MINE, outcomes, false), 'nothing saved yet').toBe(false);
    saveWork(storage, 'a', MINE, false, 1);
    expect(saveGrading(storage, 'a', STARTER, outcomes, false), 'a grading of other text').toBe(false);
    expect(saveGrading(storage, 'a', MINE, outcomes, false)).toBe(true);
    expect(readRecord(storage, 'a')).toEqual({ files: MINE, updatedAt: 1, complete: false, graded: outcomes });
    expect(saveWork(storage, 'a', { ...MINE }, false, 2).graded, 'same text saved again').toEqual(outcomes);
    expect(saveWork(storage, 'a', STARTER, false, 3).graded).toBeUndefined();
    expect(readRecord(storage, 'a')?.graded).toBeUndefined();
  });

  it('a passing grading completes the lab; reset and restore drop the grading', () => {
    const storage = memoryStorage();
    saveWork(storage, 'a', MINE, false, 1);
    saveGrading(storage, 'a', MINE, [{ id: 'non-root', pass: true, reason: '' }], true);
    expect(readRecord(storage, 'a')?.complete).toBe(true);
    expect(resetToStarter(storage, 'a', MINE, STARTER, 2).graded).toBeUndefined();
    expect(restoreWork(storage, 'a', STARTER, 3)?.graded).toBeUndefined();
    expect(readRecord(storage, 'a')?.complete, 'completion stays').toBe(true);
  });

  it('ignores a stored grading of the wrong shape, keeping the work', () => {
    const work = '"files":{"a":"x"},"updatedAt":1';
    expect(parseRecord(`{${work},"graded":[{"id":"o","pass":"yes","reason":""}]}`)).toEqual({ files: { a: 'x' }, updatedAt: 1, complete: false });
    expect(parseRecord(`{${work},"graded":{"id":"o"}}`)).toEqual({ files: { a: 'x' }, updatedAt: 1, complete: false });
    expect(parseRecord(`{${work},"graded":[{"id":"o","pass":true,"reason":"r","range":{"line":0,"column":1,"endLine":1,"endColumn":2}}]}`)?.graded).toEqual([
      { id: 'o', pass: true, reason: 'r' },
    ]);
  });

  it('lists completed labs', () => {
    const storage = memoryStorage();
    saveWork(storage, 'a', MINE, true, 1);
    saveWork(storage, 'b', MINE, false, 1);
    expect(completedIds(storage, ['a', 'b', 'c'])).toEqual(['a']);
  });
});
