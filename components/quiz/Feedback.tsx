/**
 * The result of a checked answer: right or wrong in words and icon (not colour alone), why, the right
 * answer when it was missed, every option's explanation, and a link to the section that teaches it.
 */
import Link from 'next/link';
import type { Verdict } from '@/lib/quiz/grade';
import type { QuizOption, QuizQuestion } from '@/lib/quiz/types';

function optionLabel(question: QuizQuestion, option: QuizOption): string {
  return question.kind === 'line' ? `${option.id}번째 줄 (${option.text})` : option.text;
}

export function Feedback({ chapter, question, verdict }: { chapter: string; question: QuizQuestion; verdict: Verdict }) {
  return (
    <div
      className={`rounded-lg border p-3 text-sm ${verdict.correct ? 'border-green-300 bg-green-50 dark:border-green-800 dark:bg-green-950/40' : 'border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950/40'}`}
      data-verdict={verdict.correct ? 'correct' : 'wrong'}
    >
      <p className="font-bold">
        <span aria-hidden="true">{verdict.correct ? '✓ ' : '✗ '}</span>
        {verdict.correct ? '정답입니다.' : '아쉽지만 틀렸습니다.'}
      </p>
      <p className="mt-1">{verdict.chosen.explanation}</p>
      {verdict.correct ? null : (
        <p className="mt-2">
          <span className="font-semibold">정답: {optionLabel(question, verdict.answer)}.</span> {verdict.answer.explanation}
        </p>
      )}
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold">모든 보기의 설명</summary>
        <ul className="mt-2 space-y-1.5">
          {question.options.map((option) => (
            <li key={option.id}>
              <span className="font-semibold">
                {option.correct ? '✓ 정답' : '✗ 오답'}: {optionLabel(question, option)}
              </span>{' '}
              {option.explanation}
            </li>
          ))}
        </ul>
      </details>
      {question.section ? (
        <p className="mt-2">
          <Link href={`/chapters/${chapter}#${question.section}`} className="font-semibold text-blue-800 underline dark:text-blue-300">
            이 내용을 다루는 절 다시 읽기
          </Link>
        </p>
      ) : null}
    </div>
  );
}
