'use client';

/** The questions of one chapter's quiz with their remembered answers, and the score so far. */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { scoreQuiz } from '@/lib/quiz/grade';
import type { QuizQuestion } from '@/lib/quiz/types';
import { QuestionCard } from './QuestionCard';
import { useQuizRecord } from './useQuizRecord';

export function QuizBoard({
  chapter,
  questions,
  codeLines,
}: {
  chapter: string;
  questions: readonly QuizQuestion[];
  /** Highlighted lines of each question's code sample (undefined when it has none). */
  codeLines: readonly (readonly ReactNode[] | undefined)[];
}) {
  const { record, saveAnswer } = useQuizRecord(chapter);
  const score = scoreQuiz(questions, record.answers);
  return (
    <>
      <ol className="mt-4 space-y-6">
        {questions.map((question, index) => (
          <li key={question.id}>
            <QuestionCard
              chapter={chapter}
              number={index + 1}
              question={question}
              lines={codeLines[index]}
              stored={Object.hasOwn(record.answers, question.id) ? record.answers[question.id] : undefined}
              onAnswer={saveAnswer}
            />
          </li>
        ))}
      </ol>
      <p className="mt-6 rounded-lg bg-zinc-100 p-4 text-sm dark:bg-zinc-900" aria-live="polite" data-quiz-score={`${score.correct}/${score.total}`}>
        {score.answered === 0 ? (
          <>아직 푼 문제가 없습니다.</>
        ) : (
          <>
            {score.total}문제 중 <strong>{score.correct}문제</strong>를 맞혔습니다 (첫 시도에 맞힌 문제 {score.firstTry}개).
          </>
        )}{' '}
        <Link href="/progress" className="font-semibold text-blue-800 underline dark:text-blue-300">
          내 학습에서 전체 진도 보기
        </Link>
      </p>
    </>
  );
}
