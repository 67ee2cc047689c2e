/**
 * A learner's quick-check answers in localStorage, one versioned key per chapter: `w7.quiz.v1.<chapter>`
 * holding {answers: {<question id>: AnswerState}}. Only option ids and verdicts are kept; nothing is sent
 * anywhere. Storage errors come back as `false`, never as exceptions.
 */
import { notifyStudyChange } from '@/lib/progress/events';
import { nextAnswerState, type AnswerState } from './grade';

export const QUIZ_PREFIX = 'w7.quiz.v1.';

export interface QuizRecord {
  answers: Record<string, AnswerState>;
}

export type QuizStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function quizKey(chapter: string): string {
  return `${QUIZ_PREFIX}${chapter}`;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1_000_000;
}

function parseAnswer(value: unknown): AnswerState | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { option, correct, attempts, firstCorrect, at } = value as Record<string, unknown>;
  if (typeof option !== 'string' || option === '' || option.length > 100) return undefined;
  if (typeof correct !== 'boolean' || typeof firstCorrect !== 'boolean' || !isCount(attempts)) return undefined;
  if (typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  return { option, correct, attempts, firstCorrect, at };
}

/** A record from its parsed JSON; undefined when any part has the wrong shape. */
export function parseQuizValue(value: unknown): QuizRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const answers = (value as { answers?: unknown }).answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  const parsed: Record<string, AnswerState> = {};
  for (const [id, raw] of Object.entries(answers)) {
    const answer = parseAnswer(raw);
    if (!answer || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return undefined;
    parsed[id] = answer;
  }
  return { answers: parsed };
}

export function readQuizRecord(storage: QuizStorage, chapter: string): QuizRecord {
  try {
    const raw = storage.getItem(quizKey(chapter));
    return (raw === null ? undefined : parseQuizValue(JSON.parse(raw))) ?? { answers: {} };
  } catch {
    return { answers: {} };
  }
}

/** Remembers a checked answer; returns the new record, or false when storage refused the write. */
export function recordAnswer(storage: QuizStorage, chapter: string, question: string, option: string, correct: boolean, now: number): QuizRecord | false {
  const record = readQuizRecord(storage, chapter);
  const next: QuizRecord = { answers: { ...record.answers, [question]: nextAnswerState(record.answers[question], option, correct, now) } };
  try {
    storage.setItem(quizKey(chapter), JSON.stringify(next));
  } catch {
    return false;
  }
  notifyStudyChange();
  return next;
}
