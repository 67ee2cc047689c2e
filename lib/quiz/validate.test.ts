import { describe, expect, it } from 'vitest';
import { checkQuestion, checkQuestionList } from './validate';

const choice = {
  id: 'pss',
  kind: 'choice',
  prompt: 'restricted가 요구하는 것은?',
  section: 'pss-levels',
  options: [
    { id: 'a', text: 'seccompProfile', correct: true, explanation: '필수입니다.' },
    { id: 'b', text: 'readOnlyRootFilesystem', correct: false, explanation: '검사 항목이 아닙니다.' },
  ],
};

const line = {
  id: 'env',
  kind: 'line',
  prompt: '어느 줄이 문제인가?',
  code: { language: 'dockerfile', text: 'FROM alpine:3.22\nENV DB_PASSWORD=x\n\nUSER 10001\n' },
  options: [
    { id: 2, correct: true, explanation: '평문 비밀 값' },
    { id: '4', text: 'USER 10001', correct: false, explanation: '숫자 UID' },
  ],
};

describe('checkQuestion', () => {
  it('accepts a valid choice question unchanged', () => {
    expect(checkQuestion(choice)).toEqual({ ok: true, value: choice });
  });

  it('fills a line option text from the code and drops the trailing newline', () => {
    const result = checkQuestion(line);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.code).toEqual({ language: 'dockerfile', text: 'FROM alpine:3.22\nENV DB_PASSWORD=x\n\nUSER 10001' });
    expect(result.value.options.map((option) => [option.id, option.text])).toEqual([
      ['2', 'ENV DB_PASSWORD=x'],
      ['4', 'USER 10001'],
    ]);
  });

  it('names each problem with its path', () => {
    const result = checkQuestion({
      ...choice,
      id: 'Bad Id',
      options: [
        { id: 'a', text: '', correct: true, explanation: 'x' },
        { id: 'a', text: 'b', correct: 'yes', explanation: '' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'question.id',
      'question.options[0].text',
      'question.options[1].id',
      'question.options[1].correct',
      'question.options[1].explanation',
    ]);
    expect(result.issues[2].message).toBe('보기 id "a"가 두 번 나옵니다.');
  });

  it('requires exactly one correct option', () => {
    const none = checkQuestion({ ...choice, options: choice.options.map((option) => ({ ...option, correct: false })) });
    expect(none.ok ? [] : none.issues.map((issue) => issue.message)).toEqual(['정답인 보기는 정확히 1개여야 합니다 (지금 0개).']);
    const two = checkQuestion({ ...choice, options: choice.options.map((option) => ({ ...option, correct: true })) });
    expect(two.ok ? [] : two.issues.map((issue) => issue.message)).toEqual(['정답인 보기는 정확히 1개여야 합니다 (지금 2개).']);
  });

  it('keeps true/false questions to the options "true" and "false"', () => {
    const result = checkQuestion({
      id: 'tf',
      kind: 'truefalse',
      prompt: '참일까?',
      options: [
        { id: 'yes', text: '맞다', correct: true, explanation: 'a' },
        { id: 'false', text: '틀리다', correct: false, explanation: 'b' },
      ],
    });
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'question.options[0].id', message: '참/거짓 문제의 보기 id는 "true" 또는 "false"여야 합니다 (지금 "yes").' },
    ]);
  });

  it('refuses line options outside the code, on blank lines, or with text that is not the line', () => {
    const result = checkQuestion({
      ...line,
      options: [
        { id: '3', correct: true, explanation: 'a' },
        { id: '9', correct: false, explanation: 'b' },
        { id: '1', text: 'FROM node', correct: false, explanation: 'c' },
      ],
    });
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      '3번째 줄은 빈 줄이라 보기가 될 수 없습니다.',
      '줄 번호 "9"가 코드의 줄(1-4) 범위에 없습니다.',
      '보기 글이 코드 1번째 줄과 다릅니다. 비워 두면 그 줄로 채워집니다.',
    ]);
  });

  it('needs code for line questions and refuses it elsewhere', () => {
    const missing = checkQuestion({ ...line, code: undefined });
    expect(missing.ok ? [] : missing.issues[0]).toEqual({
      path: 'question.code',
      message: '"어느 줄이 문제인가" 문제에는 코드(code: language, text)가 필요합니다.',
    });
    const extra = checkQuestion({ ...choice, code: { language: 'yaml', text: 'a: 1' } });
    expect(extra.ok ? [] : extra.issues.map((issue) => issue.path)).toEqual(['question.code']);
  });

  it('refuses an unknown kind and non-objects without throwing', () => {
    expect(checkQuestion({ ...choice, kind: 'essay' }).ok).toBe(false);
    expect(checkQuestion(null)).toEqual({ ok: false, issues: [{ path: 'question', message: '문제는 id, kind, prompt, options를 가진 항목이어야 합니다.' }] });
    expect(checkQuestion('문제').ok).toBe(false);
  });
});

describe('checkQuestionList', () => {
  it('refuses duplicate question ids', () => {
    const result = checkQuestionList([choice, choice]);
    expect(result.ok ? [] : result.issues).toEqual([{ path: 'questions[1].id', message: '문제 id "pss"가 두 번 나옵니다.' }]);
  });

  it('refuses a non-list', () => {
    expect(checkQuestionList({ questions: [] }).ok).toBe(false);
  });
});
