/**
 * Checks quiz questions of unknown origin (a chapter's quiz file, a quick check typed by the instructor) and
 * returns them in the shared QuizQuestion shape, or every problem found with a Korean message and its path.
 * Pure: no fs, no DOM. For 'line' questions an option's text may be left out: it is filled with that line.
 */
import type { QuizKind, QuizOption, QuizQuestion } from './types';

export interface QuizIssue {
  /** Where the problem is: `questions[2].options[1].explanation`. */
  path: string;
  /** Korean, one sentence. */
  message: string;
}

export type QuizCheck<T> = { ok: true; value: T } | { ok: false; issues: QuizIssue[] };

const KINDS: readonly QuizKind[] = ['choice', 'truefalse', 'line'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_OPTIONS = 8;
const MAX_TEXT = 2000;
const MAX_CODE = 4000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, path: string, label: string, issues: QuizIssue[], max = MAX_TEXT): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    issues.push({ path, message: `${label}이(가) 비어 있거나 문자열이 아닙니다.` });
    return undefined;
  }
  if (value.length > max) {
    issues.push({ path, message: `${label}이(가) 너무 깁니다 (${value.length}자, 최대 ${max}자).` });
    return undefined;
  }
  return value.trim();
}

/** The lines of a code sample, without the trailing newline a YAML block scalar adds. */
export function codeLines(code: string): string[] {
  return code.replace(/\n+$/, '').split('\n');
}

function checkOptions(raw: unknown, kind: QuizKind, lines: string[] | undefined, path: string, issues: QuizIssue[]): QuizOption[] {
  if (!Array.isArray(raw)) {
    issues.push({ path, message: '보기(options)는 목록이어야 합니다.' });
    return [];
  }
  if (raw.length < 2 || raw.length > MAX_OPTIONS) {
    issues.push({ path, message: `보기는 2개에서 ${MAX_OPTIONS}개 사이여야 합니다 (지금 ${raw.length}개).` });
  }
  const options: QuizOption[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(item)) {
      issues.push({ path: at, message: '보기는 id, text, correct, explanation을 가진 항목이어야 합니다.' });
      return;
    }
    const id = typeof item.id === 'number' ? String(item.id) : item.id;
    if (typeof id !== 'string' || id.trim() === '') {
      issues.push({ path: `${at}.id`, message: '보기의 id가 비어 있습니다.' });
      return;
    }
    if (seen.has(id)) issues.push({ path: `${at}.id`, message: `보기 id "${id}"가 두 번 나옵니다.` });
    seen.add(id);
    let optionText: string | undefined;
    if (kind === 'truefalse' && id !== 'true' && id !== 'false') {
      issues.push({ path: `${at}.id`, message: `참/거짓 문제의 보기 id는 "true" 또는 "false"여야 합니다 (지금 "${id}").` });
    }
    if (kind === 'line' && lines) {
      const line = Number(id);
      if (!Number.isInteger(line) || line < 1 || line > lines.length || String(line) !== id) {
        issues.push({ path: `${at}.id`, message: `줄 번호 "${id}"가 코드의 줄(1-${lines.length}) 범위에 없습니다.` });
      } else {
        const codeText = lines[line - 1].trim();
        if (codeText === '') issues.push({ path: `${at}.id`, message: `${line}번째 줄은 빈 줄이라 보기가 될 수 없습니다.` });
        if (item.text !== undefined && (typeof item.text !== 'string' || item.text.trim() !== codeText)) {
          issues.push({ path: `${at}.text`, message: `보기 글이 코드 ${line}번째 줄과 다릅니다. 비워 두면 그 줄로 채워집니다.` });
        }
        optionText = codeText;
      }
    } else {
      optionText = text(item.text, `${at}.text`, '보기 글(text)', issues);
    }
    if (typeof item.correct !== 'boolean') issues.push({ path: `${at}.correct`, message: 'correct는 true 또는 false여야 합니다.' });
    const explanation = text(item.explanation, `${at}.explanation`, '보기 설명(explanation)', issues);
    if (optionText !== undefined && explanation !== undefined && typeof item.correct === 'boolean') {
      options.push({ id, text: optionText, correct: item.correct, explanation });
    }
  });
  const correct = raw.filter((item) => isRecord(item) && item.correct === true).length;
  if (correct !== 1) issues.push({ path, message: `정답인 보기는 정확히 1개여야 합니다 (지금 ${correct}개).` });
  if (kind === 'truefalse' && raw.length !== 2) issues.push({ path, message: '참/거짓 문제의 보기는 "true"와 "false" 두 개입니다.' });
  return options;
}

/** Checks one question; `path` prefixes the issue paths. */
export function checkQuestion(value: unknown, path = 'question'): QuizCheck<QuizQuestion> {
  const issues: QuizIssue[] = [];
  if (!isRecord(value)) return { ok: false, issues: [{ path, message: '문제는 id, kind, prompt, options를 가진 항목이어야 합니다.' }] };
  const id = value.id;
  if (typeof id !== 'string' || !ID.test(id)) {
    issues.push({ path: `${path}.id`, message: '문제 id는 영문 소문자, 숫자, "-"로 된 짧은 이름이어야 합니다 (예: pss-restricted).' });
  }
  const kind = value.kind;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
    issues.push({ path: `${path}.kind`, message: `문제 종류(kind)는 ${KINDS.join(', ')} 중 하나여야 합니다.` });
    return { ok: false, issues };
  }
  const prompt = text(value.prompt, `${path}.prompt`, '문제 글(prompt)', issues);
  let code: QuizQuestion['code'];
  let lines: string[] | undefined;
  if (kind === 'line') {
    if (!isRecord(value.code)) {
      issues.push({ path: `${path}.code`, message: '"어느 줄이 문제인가" 문제에는 코드(code: language, text)가 필요합니다.' });
    } else {
      const language = text(value.code.language, `${path}.code.language`, '코드 언어(language)', issues);
      const codeText = typeof value.code.text === 'string' ? value.code.text.replace(/\n+$/, '') : undefined;
      if (!codeText || codeText.trim() === '') issues.push({ path: `${path}.code.text`, message: '코드(text)가 비어 있습니다.' });
      else if (codeText.length > MAX_CODE)
        issues.push({ path: `${path}.code.text`, message: `코드가 너무 깁니다 (${codeText.length}자, 최대 ${MAX_CODE}자).` });
      else {
        lines = codeLines(codeText);
        if (language) code = { language, text: codeText };
      }
    }
  } else if (value.code !== undefined) {
    issues.push({ path: `${path}.code`, message: '코드(code)는 "어느 줄이 문제인가"(line) 문제에만 씁니다.' });
  }
  const options = checkOptions(value.options, kind as QuizKind, lines, `${path}.options`, issues);
  let section: string | undefined;
  if (value.section !== undefined) section = text(value.section, `${path}.section`, '관련 절(section)', issues, 200);
  if (issues.length > 0 || typeof id !== 'string' || prompt === undefined) return { ok: false, issues };
  return {
    ok: true,
    value: { id, kind: kind as QuizKind, prompt, ...(code ? { code } : {}), options, ...(section ? { section } : {}) },
  };
}

/** Checks a list of questions (one chapter's quiz): each question, and ids unique in the list. */
export function checkQuestionList(value: unknown, path = 'questions'): QuizCheck<QuizQuestion[]> {
  if (!Array.isArray(value)) return { ok: false, issues: [{ path, message: '문제 목록은 목록(배열)이어야 합니다.' }] };
  const issues: QuizIssue[] = [];
  const questions: QuizQuestion[] = [];
  const seen = new Set<string>();
  value.forEach((item, index) => {
    const result = checkQuestion(item, `${path}[${index}]`);
    if (!result.ok) {
      issues.push(...result.issues);
      return;
    }
    if (seen.has(result.value.id)) issues.push({ path: `${path}[${index}].id`, message: `문제 id "${result.value.id}"가 두 번 나옵니다.` });
    seen.add(result.value.id);
    questions.push(result.value);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: questions };
}

/** The issues as lines for an error message. */
export function formatIssues(issues: readonly QuizIssue[]): string {
  return issues.map((issue) => `- ${issue.path}: ${issue.message}`).join('\n');
}
