/**
 * The chapters' quick-check questions, read from content/quizzes/<chapter id>.yaml (Node only: the chapter
 * pages at build time, the handout, and the live class server's quick checks). Every file is checked with
 * lib/quiz/validate.ts; a broken file throws an error naming the file and each problem. No caching: a file
 * is small, and a long-running server sees edits without a restart.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { QuizQuestion } from './types';
import { checkQuestionList, formatIssues } from './validate';

export const QUIZ_DIR = path.join(process.cwd(), 'content', 'quizzes');

export class QuizFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'QuizFileError';
  }
}

function fileFor(chapter: string, dir: string): string {
  return path.join(dir, `${chapter}.yaml`);
}

/** Parses and checks the text of one quiz file (`file` is only used in messages). */
export function parseQuizFile(file: string, source: string): QuizQuestion[] {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new QuizFileError(file, `YAML로 읽을 수 없습니다: ${error instanceof Error ? error.message : String(error)}`);
  }
  const questions = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { questions?: unknown }).questions : undefined;
  const result = checkQuestionList(questions);
  if (!result.ok) throw new QuizFileError(file, `문제 형식이 맞지 않습니다.\n${formatIssues(result.issues)}`);
  return result.value;
}

/** The questions of chapter `chapter`; [] when the chapter has no quiz file. */
export function loadChapterQuestions(chapter: string, dir: string = QUIZ_DIR): QuizQuestion[] {
  const file = fileFor(chapter, dir);
  if (!existsSync(file)) return [];
  return parseQuizFile(path.relative(process.cwd(), file) || file, readFileSync(file, 'utf8'));
}

/** Every chapter's questions, keyed by chapter id (the file names). */
export function loadAllQuestions(dir: string = QUIZ_DIR): Record<string, QuizQuestion[]> {
  if (!existsSync(dir)) return {};
  const chapters = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
  return Object.fromEntries(chapters.map((chapter) => [chapter, loadChapterQuestions(chapter, dir)]));
}
