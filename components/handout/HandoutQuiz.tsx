/**
 * A chapter's quick check on paper: the questions with their options (code samples with line numbers),
 * then an answer key with the explanation of each right answer.
 */
import { loadChapterQuestions } from '@/lib/quiz/load';
import { answerOf } from '@/lib/quiz/grade';
import { codeLines } from '@/lib/quiz/validate';

const LETTERS = 'abcdefgh';

export function HandoutQuiz({ chapter }: { chapter: string }) {
  const questions = loadChapterQuestions(chapter);
  return (
    <section className="handout-quiz not-prose" aria-label="확인 문제" data-handout-quiz={chapter}>
      <ol className="list-decimal space-y-4 pl-6">
        {questions.map((question) => (
          <li key={question.id}>
            <p className="font-semibold">{question.prompt}</p>
            {question.kind === 'line' && question.code ? (
              <>
                <pre className="mt-2 rounded border border-zinc-300 bg-zinc-50 p-2 font-mono text-xs leading-5 whitespace-pre-wrap dark:border-zinc-700 dark:bg-zinc-900">
                  {codeLines(question.code.text)
                    .map((line, index) => `${String(index + 1).padStart(2, ' ')}  ${line}`)
                    .join('\n')}
                </pre>
                <p className="mt-1 text-sm">보기: {question.options.map((option) => `${option.id}번째 줄`).join(', ')}</p>
              </>
            ) : (
              <ol className="mt-1 space-y-0.5 pl-1">
                {question.options.map((option, index) => (
                  <li key={option.id}>
                    {question.kind === 'truefalse' ? '○' : `(${LETTERS[index]})`} {option.text}
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      <h3 className="mt-6 font-bold">정답과 해설</h3>
      <ol className="mt-2 list-decimal space-y-1.5 pl-6 text-sm">
        {questions.map((question) => {
          const answer = answerOf(question);
          const label =
            question.kind === 'line'
              ? `${answer.id}번째 줄`
              : question.kind === 'truefalse'
                ? answer.text
                : `(${LETTERS[question.options.indexOf(answer)]}) ${answer.text}`;
          return (
            <li key={question.id}>
              <span className="font-semibold">{label}</span>: {answer.explanation}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
