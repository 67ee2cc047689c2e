/**
 * All of a learner's progress in localStorage at once: read it into a snapshot (for export and the
 * progress page), replace it with an imported one, or clear it. Replacing is atomic: if any write fails
 * (quota), every key is put back as it was. Never throws; failures come back with a Korean message.
 */
import { PROGRESS_EVENT, STORAGE_PREFIX as LAB_PREFIX, parseRecord } from '@/lib/lab-runtime/storage';
import { QUIZ_PREFIX, parseQuizValue } from '@/lib/quiz/storage';
import { emptySnapshot, type ProgressSnapshot } from './file';
import { notifyStudyChange } from './events';
import { READ_PREFIX, parseReadValue } from './reading';

export type FullStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;
export type ChangeResult = { ok: true } | { ok: false; message: string };

const PREFIXES = [LAB_PREFIX, QUIZ_PREFIX, READ_PREFIX] as const;

function progressKeys(storage: FullStorage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key !== null && PREFIXES.some((prefix) => key.startsWith(prefix))) keys.push(key);
  }
  return keys;
}

function parseJson(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Every readable record; damaged entries are left out. */
export function readSnapshot(storage: FullStorage): ProgressSnapshot {
  const snapshot = emptySnapshot();
  try {
    for (const key of progressKeys(storage)) {
      const raw = storage.getItem(key);
      if (key.startsWith(LAB_PREFIX)) {
        const record = parseRecord(raw);
        if (record) snapshot.labs[key.slice(LAB_PREFIX.length)] = record;
      } else if (key.startsWith(QUIZ_PREFIX)) {
        const record = parseQuizValue(parseJson(raw));
        if (record) snapshot.quizzes[key.slice(QUIZ_PREFIX.length)] = record;
      } else {
        const record = parseReadValue(parseJson(raw));
        if (record) snapshot.reading[key.slice(READ_PREFIX.length)] = record;
      }
    }
  } catch {
    return emptySnapshot();
  }
  return snapshot;
}

export function isEmptySnapshot(snapshot: ProgressSnapshot): boolean {
  return Object.keys(snapshot.labs).length + Object.keys(snapshot.quizzes).length + Object.keys(snapshot.reading).length === 0;
}

function entriesOf(snapshot: ProgressSnapshot): [string, string][] {
  return [
    ...Object.entries(snapshot.labs).map(([id, record]): [string, string] => [`${LAB_PREFIX}${id}`, JSON.stringify(record)]),
    ...Object.entries(snapshot.quizzes).map(([id, record]): [string, string] => [`${QUIZ_PREFIX}${id}`, JSON.stringify(record)]),
    ...Object.entries(snapshot.reading).map(([id, record]): [string, string] => [`${READ_PREFIX}${id}`, JSON.stringify(record)]),
  ];
}

function notifyAll(): void {
  if (typeof window === 'undefined') return;
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: null }));
  notifyStudyChange();
}

/** Makes `snapshot` the whole progress (an empty snapshot clears it); all or nothing. */
export function replaceProgress(storage: FullStorage, snapshot: ProgressSnapshot): ChangeResult {
  let before: [string, string | null][];
  try {
    before = progressKeys(storage).map((key) => [key, storage.getItem(key)]);
  } catch {
    return { ok: false, message: '이 브라우저의 저장소를 읽을 수 없습니다. 저장소(쿠키와 사이트 데이터)가 허용되어 있는지 확인해 주세요.' };
  }
  try {
    for (const [key] of before) storage.removeItem(key);
    for (const [key, value] of entriesOf(snapshot)) storage.setItem(key, value);
  } catch {
    let restored = true;
    try {
      for (const key of progressKeys(storage)) storage.removeItem(key);
      for (const [key, value] of before) if (value !== null) storage.setItem(key, value);
    } catch {
      restored = false;
    }
    notifyAll();
    return {
      ok: false,
      message: restored
        ? '브라우저 저장 공간이 부족하거나 저장이 막혀 있어 기록을 바꾸지 못했습니다. 기존 기록은 그대로입니다.'
        : '브라우저 저장소가 쓰기를 거부해 기록을 바꾸지 못했고, 기존 기록 일부를 되돌리지 못했습니다. 내보내 둔 파일이 있다면 다시 가져와 주세요.',
    };
  }
  notifyAll();
  return { ok: true };
}
