import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '@/lib/quiz/types';
import { emptySnapshot, type ProgressSnapshot } from './file';
import { summarize, type OutlineChapter } from './summary';

const tf = (id: string): QuizQuestion => ({
  id,
  kind: 'truefalse',
  prompt: id,
  options: [
    { id: 'true', text: '맞다', correct: true, explanation: 'a' },
    { id: 'false', text: '틀리다', correct: false, explanation: 'b' },
  ],
});

const OUTLINE: OutlineChapter[] = [
  { id: 'intro', title: '소개', questions: [tf('a'), tf('b')], labs: [] },
  {
    id: 'basics',
    title: '기본',
    questions: [tf('c')],
    labs: [
      { id: 'lab-1', title: '실습 1' },
      { id: 'lab-2', title: '실습 2' },
    ],
  },
];

const answer = (option: string) => ({ option, correct: option === 'true', attempts: 1, firstCorrect: option === 'true', at: 1 });
const lab = (complete: boolean) => ({ files: {}, updatedAt: 1, complete });

describe('summarize', () => {
  it('starts with reading the first chapter', () => {
    const summary = summarize(OUTLINE, emptySnapshot());
    expect(summary).toMatchObject({ done: 0, total: 7, percent: 0, read: { done: 0, total: 2 }, quiz: { done: 0, total: 3 }, labs: { done: 0, total: 2 } });
    expect(summary.next).toEqual({ kind: 'read', chapter: 'intro', href: '/chapters/intro', label: '"소개" 읽기' });
  });

  it('asks for the quiz of a read chapter, then the labs and quiz of the next one', () => {
    const snapshot: ProgressSnapshot = {
      ...emptySnapshot(),
      reading: { intro: { at: 1 } },
      quizzes: { intro: { answers: { a: answer('true'), b: answer('false') } } },
    };
    expect(summarize(OUTLINE, snapshot).next).toEqual({ kind: 'quiz', chapter: 'intro', href: '/chapters/intro#quiz', label: '"소개" 확인 문제 풀기' });
    snapshot.quizzes.intro.answers.b = answer('true');
    snapshot.reading.basics = { at: 2 };
    snapshot.labs = { 'lab-1': lab(true), 'lab-2': lab(false) };
    const summary = summarize(OUTLINE, snapshot);
    expect(summary.next).toEqual({ kind: 'lab', chapter: 'basics', href: '/labs/lab-2', label: '실습 "실습 2" 완료하기' });
    expect(summary.chapters[1]).toEqual({
      id: 'basics',
      title: '기본',
      read: true,
      quiz: { correct: 0, answered: 0, firstTry: 0, total: 1 },
      labs: { done: 1, total: 2 },
    });
    expect(summary).toMatchObject({ done: 5, total: 7, percent: 71 });
  });

  it('reaches 100% only when everything is done', () => {
    const snapshot: ProgressSnapshot = {
      reading: { intro: { at: 1 }, basics: { at: 1 } },
      quizzes: { intro: { answers: { a: answer('true'), b: answer('true') } }, basics: { answers: { c: answer('true') } } },
      labs: { 'lab-1': lab(true), 'lab-2': lab(true) },
    };
    const summary = summarize(OUTLINE, snapshot);
    expect(summary.percent).toBe(100);
    expect(summary.next.kind).toBe('done');
    const almost = summarize([...OUTLINE, { id: 'x', title: 'X', questions: Array.from({ length: 300 }, (_, i) => tf(`q${i}`)), labs: [] }], snapshot);
    expect(almost.percent).toBe(2);
    const nearly: ProgressSnapshot = {
      ...snapshot,
      quizzes: { ...snapshot.quizzes, x: { answers: Object.fromEntries(Array.from({ length: 299 }, (_, i) => [`q${i}`, answer('true')])) } },
      reading: { ...snapshot.reading, x: { at: 1 } },
    };
    expect(summarize([...OUTLINE, { id: 'x', title: 'X', questions: Array.from({ length: 300 }, (_, i) => tf(`q${i}`)), labs: [] }], nearly).percent).toBe(99);
  });
});
