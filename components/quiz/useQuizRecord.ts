/**
 * React hook: a chapter's remembered quiz answers from localStorage, live (this page's answers and other
 * tabs' `storage` events), and the function that records a checked answer. The server and the first client
 * render see no answers, so the static HTML never shows a result.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { STUDY_EVENT, browserStorage } from '@/lib/progress/events';
import { QUIZ_PREFIX, parseQuizValue, quizKey, recordAnswer, type QuizRecord } from '@/lib/quiz/storage';

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(QUIZ_PREFIX)) onChange();
  };
  window.addEventListener(STUDY_EVENT, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(STUDY_EVENT, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

function parse(raw: string | null): QuizRecord {
  if (raw === null) return { answers: {} };
  try {
    return parseQuizValue(JSON.parse(raw)) ?? { answers: {} };
  } catch {
    return { answers: {} };
  }
}

export function useQuizRecord(chapter: string): {
  record: QuizRecord;
  /** Remembers an answer; false when the browser refused to store it. */
  saveAnswer: (question: string, option: string, correct: boolean) => boolean;
} {
  const raw = useSyncExternalStore(
    subscribe,
    () => {
      try {
        return browserStorage()?.getItem(quizKey(chapter)) ?? null;
      } catch {
        return null;
      }
    },
    () => null,
  );
  const record = useMemo(() => parse(raw), [raw]);
  const saveAnswer = useCallback(
    (question: string, option: string, correct: boolean) => {
      const storage = browserStorage();
      return storage ? recordAnswer(storage, chapter, question, option, correct, Date.now()) !== false : false;
    },
    [chapter],
  );
  return { record, saveAnswer };
}
