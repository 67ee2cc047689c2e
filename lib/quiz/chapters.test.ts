/**
 * The course's quick checks: every chapter ends with its <Quiz>, has 3-5 questions of all three kinds in
 * content/quizzes/<id>.yaml, and every question links to a heading that exists in its chapter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileChapter, loadChapterInfos } from '@/lib/content';
import { loadAllQuestions, loadChapterQuestions, parseQuizFile, QuizFileError } from './load';

const chapters = loadChapterInfos();

describe('chapter quizzes', () => {
  it('exist only for chapters of the course', () => {
    expect(Object.keys(loadAllQuestions()).sort()).toEqual(chapters.map((chapter) => chapter.id).sort());
  });

  it.each(chapters.map((chapter) => [chapter.id, chapter] as const))('%s: 3-5 questions of every kind', (id) => {
    const questions = loadChapterQuestions(id);
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(5);
    expect(new Set(questions.map((question) => question.kind))).toEqual(new Set(['choice', 'truefalse', 'line']));
  });

  it.each(chapters.map((chapter) => [chapter.id, chapter] as const))('%s: ends with its Quiz block', (id, chapter) => {
    const body = readFileSync(chapter.absolutePath, 'utf8').trimEnd();
    expect(body.endsWith(`<Quiz chapter="${id}" />`), `${chapter.file} must end with <Quiz chapter="${id}" />`).toBe(true);
  });

  it.each(chapters.map((chapter) => [chapter.id, chapter] as const))('%s: every question links to a heading of the chapter', async (id, chapter) => {
    const { toc } = await compileChapter(chapter);
    const headings = new Set(toc.map((entry) => entry.id));
    for (const question of loadChapterQuestions(id)) {
      expect(question.section, `${id}/${question.id} needs a section`).toBeDefined();
      expect(headings.has(question.section ?? ''), `${id}/${question.id}: no heading "${question.section}" in ${chapter.file}`).toBe(true);
    }
  });
});

describe('quiz file errors', () => {
  it('name the file and every problem in Korean', () => {
    expect(() => parseQuizFile('content/quizzes/x.yaml', 'questions: [{id: a, kind: choice, prompt: p, options: []}]')).toThrow(
      new QuizFileError(
        'content/quizzes/x.yaml',
        '문제 형식이 맞지 않습니다.\n- questions[0].options: 보기는 2개에서 8개 사이여야 합니다 (지금 0개).\n- questions[0].options: 정답인 보기는 정확히 1개여야 합니다 (지금 0개).',
      ),
    );
  });

  it('report YAML that does not parse', () => {
    expect(() => parseQuizFile('x.yaml', 'questions: [')).toThrow(/^x\.yaml: YAML로 읽을 수 없습니다: /);
  });

  it('report a file without a question list', () => {
    expect(() => parseQuizFile('x.yaml', '- id: a')).toThrow('x.yaml: 문제 형식이 맞지 않습니다.\n- questions: 문제 목록은 목록(배열)이어야 합니다.');
  });
});
