/**
 * A chapter's quick check (`<Quiz chapter="<id>" />` at the end of each chapter): the questions come from
 * content/quizzes/<id>.yaml at build time; code samples are highlighted here so the client gets ready
 * lines. Grading and the remembered score happen in the browser (QuizBoard); nothing is sent anywhere.
 */
import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { loadChapterQuestions } from '@/lib/quiz/load';
import { CODE_THEMES, getHighlighter } from '@/lib/mdx/plugins';
import { QUIZ_ANCHOR } from '@/lib/progress/summary';
import { codeLines } from '@/lib/quiz/validate';
import type { QuizQuestion } from '@/lib/quiz/types';
import { QuizBoard } from './QuizBoard';
import { ReadMarker } from './ReadMarker';

const SHIKI_LANGUAGES = new Set(['dockerfile', 'yaml', 'bash', 'shell', 'json']);

/** One React node per code line, coloured with the light/dark CSS variables of the site's code blocks. */
async function highlightLines(question: QuizQuestion): Promise<ReactNode[] | undefined> {
  if (!question.code) return undefined;
  const { language, text } = question.code;
  if (!SHIKI_LANGUAGES.has(language)) return codeLines(text);
  const shiki = await getHighlighter();
  const { tokens } = shiki.codeToTokens(text, {
    lang: language as 'yaml',
    themes: { light: CODE_THEMES.light, dark: CODE_THEMES.dark },
    defaultColor: false,
  });
  return tokens.map((line, index) => (
    // The option wraps each line in its own span already, so a line is only its tokens.
    <Fragment key={index}>
      {line.map((token, at) => (
        <span key={at} style={token.htmlStyle as CSSProperties | undefined}>
          {token.content}
        </span>
      ))}
    </Fragment>
  ));
}

export async function Quiz({ chapter }: { chapter: string }) {
  const questions = loadChapterQuestions(chapter);
  if (questions.length === 0) throw new Error(`<Quiz chapter="${chapter}">: content/quizzes/${chapter}.yaml is missing or has no questions`);
  const lines = await Promise.all(questions.map(highlightLines));
  return (
    <section id={QUIZ_ANCHOR} aria-label="확인 문제" className="quiz not-prose my-8" data-quiz={chapter} data-pagefind-ignore="all">
      <ReadMarker chapter={chapter} />
      <p className="text-zinc-700 dark:text-zinc-300">
        이 장의 핵심을 {questions.length}문제로 확인합니다. 답을 고르고 <strong>정답 확인</strong>을 누르면 바로 채점되고, 결과는 이 브라우저에만 저장됩니다.
      </p>
      <QuizBoard chapter={chapter} questions={questions} codeLines={lines} />
    </section>
  );
}
