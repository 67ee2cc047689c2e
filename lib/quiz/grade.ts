/**
 * Grading a quick-check answer and scoring a chapter's quiz. Pure: the answers come in, verdicts go out
 * (no storage, no DOM), so the chapter quiz and the live class grade the same way.
 */
import type { QuizOption, QuizQuestion } from './types';

export interface Verdict {
  correct: boolean;
  chosen: QuizOption;
  /** The right option (the same as `chosen` when correct). */
  answer: QuizOption;
}

/** The question's right option (validated questions have exactly one). */
export function answerOf(question: QuizQuestion): QuizOption {
  const answer = question.options.find((option) => option.correct);
  if (!answer) throw new Error(`quiz question "${question.id}" has no correct option`);
  return answer;
}

/** The verdict for choosing `optionId`; undefined when the question has no such option. */
export function gradeAnswer(question: QuizQuestion, optionId: string): Verdict | undefined {
  const chosen = question.options.find((option) => option.id === optionId);
  if (!chosen) return undefined;
  return { correct: chosen.correct, chosen, answer: answerOf(question) };
}

/** The latest answer to one question, as remembered. */
export interface AnswerState {
  option: string;
  correct: boolean;
  /** How many times the learner checked an answer to this question. */
  attempts: number;
  /** Whether the first checked answer was right. */
  firstCorrect: boolean;
  at: number;
}

/** Folds a new answer into the remembered state of the question. */
export function nextAnswerState(previous: AnswerState | undefined, option: string, correct: boolean, now: number): AnswerState {
  return {
    option,
    correct,
    attempts: (previous?.attempts ?? 0) + 1,
    firstCorrect: previous ? previous.firstCorrect : correct,
    at: now,
  };
}

export interface QuizScore {
  /** Questions whose latest answer is right. */
  correct: number;
  /** Questions answered at least once. */
  answered: number;
  /** Questions right at the first try. */
  firstTry: number;
  total: number;
}

/**
 * The score of a quiz: only answers to questions that still exist count, and an answer counts only while
 * its option still exists and is still the right one (a corrected question is not graded by an old answer).
 */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: Readonly<Record<string, AnswerState>>): QuizScore {
  let correct = 0;
  let answered = 0;
  let firstTry = 0;
  for (const question of questions) {
    const state = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (!state) continue;
    const verdict = gradeAnswer(question, state.option);
    if (!verdict) continue;
    answered += 1;
    if (verdict.correct) correct += 1;
    if (state.firstCorrect) firstTry += 1;
  }
  return { correct, answered, firstTry, total: questions.length };
}
