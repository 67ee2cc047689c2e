import { describe, expect, it } from 'vitest';
import { gradeAnswer, nextAnswerState, scoreQuiz, type AnswerState } from './grade';
import type { QuizQuestion } from './types';

const question = (id: string, answer: string): QuizQuestion => ({
  id,
  kind: 'choice',
  prompt: id,
  options: ['a', 'b', 'c'].map((option) => ({ id: option, text: option, correct: option === answer, explanation: `${option} 설명` })),
});

const QUESTIONS = [question('q1', 'a'), question('q2', 'b'), question('q3', 'c')];

describe('gradeAnswer', () => {
  it('says right or wrong and names the right option', () => {
    expect(gradeAnswer(QUESTIONS[0], 'a')).toMatchObject({ correct: true, chosen: { id: 'a' }, answer: { id: 'a' } });
    expect(gradeAnswer(QUESTIONS[0], 'c')).toMatchObject({ correct: false, chosen: { id: 'c', explanation: 'c 설명' }, answer: { id: 'a' } });
  });

  it('returns undefined for an option the question does not have', () => {
    expect(gradeAnswer(QUESTIONS[0], 'z')).toBeUndefined();
  });
});

describe('nextAnswerState', () => {
  it('counts attempts and keeps whether the first try was right', () => {
    const wrong = nextAnswerState(undefined, 'b', false, 10);
    expect(wrong).toEqual({ option: 'b', correct: false, attempts: 1, firstCorrect: false, at: 10 });
    expect(nextAnswerState(wrong, 'a', true, 20)).toEqual({ option: 'a', correct: true, attempts: 2, firstCorrect: false, at: 20 });
  });
});

describe('scoreQuiz', () => {
  const state = (option: string, firstCorrect: boolean, attempts = 1): AnswerState => ({ option, correct: false, attempts, firstCorrect, at: 1 });

  it('scores the latest answers, regrading them against the questions', () => {
    // q1 right at once; q2 wrong then right; q3 unanswered.
    expect(scoreQuiz(QUESTIONS, { q1: state('a', true), q2: state('b', false, 2) })).toEqual({ correct: 2, answered: 2, firstTry: 1, total: 3 });
  });

  it('ignores answers to removed questions and to options that no longer exist', () => {
    expect(scoreQuiz(QUESTIONS, { old: state('a', true), q1: state('x', true) })).toEqual({ correct: 0, answered: 0, firstTry: 0, total: 3 });
  });

  it('does not count an answer as right when the question was corrected since', () => {
    const corrected = [question('q1', 'b')];
    expect(scoreQuiz(corrected, { q1: { ...state('a', true), correct: true } })).toEqual({ correct: 0, answered: 1, firstTry: 1, total: 1 });
  });

  it('is not fooled by inherited property names', () => {
    expect(scoreQuiz([question('constructor', 'a')], {})).toEqual({ correct: 0, answered: 0, firstTry: 0, total: 1 });
  });
});
