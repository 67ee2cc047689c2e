'use client';

/**
 * One quick-check question: pick an option (or a code line), check it, read why each option is right or
 * wrong, retry. The last checked answer is remembered and shown again on the next visit.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { gradeAnswer, type AnswerState } from '@/lib/quiz/grade';
import type { QuizQuestion } from '@/lib/quiz/types';
import { CodeLineOptions, TextOptions } from './QuizOptions';
import { Feedback } from './Feedback';

const BUTTON =
  'rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

const KIND_LABEL = { choice: '객관식', truefalse: '참/거짓', line: '문제가 있는 줄 찾기' } as const;

export function QuestionCard({
  chapter,
  number,
  question,
  lines,
  stored,
  onAnswer,
}: {
  chapter: string;
  number: number;
  question: QuizQuestion;
  lines?: readonly ReactNode[];
  stored?: AnswerState;
  onAnswer: (question: string, option: string, correct: boolean) => boolean;
}) {
  const name = useId();
  /** The option picked in this visit and not checked yet. */
  const [picked, setPicked] = useState<string | null>(null);
  /** The checked option whose result is shown: undefined shows the remembered answer, null shows none. */
  const [checked, setChecked] = useState<string | null | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const resultOption = checked === undefined ? (stored?.option ?? null) : checked;
  const selected = picked ?? resultOption;
  const verdict = picked === null && resultOption !== null ? gradeAnswer(question, resultOption) : undefined;

  const choose = (option: string) => {
    setPicked(option);
    setChecked(null);
    setProblem('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected === null) {
      setProblem('보기를 하나 고른 뒤 정답을 확인하세요.');
      return;
    }
    const result = gradeAnswer(question, selected);
    if (!result) return;
    const saved = onAnswer(question.id, selected, result.correct);
    setProblem(saved ? '' : '이 브라우저가 저장을 막고 있어 결과를 기억하지 못합니다. 채점 결과는 아래에서 볼 수 있습니다.');
    setChecked(selected);
    setPicked(null);
  };

  const retry = () => {
    setPicked(null);
    setChecked(null);
    setProblem('');
  };

  return (
    <form onSubmit={submit} className="rounded-xl border border-zinc-200 p-4 sm:p-5 dark:border-zinc-700" data-question={question.id} data-kind={question.kind}>
      {/* min-w-0: a fieldset is as wide as its content by default, which lets a wide code sample widen the page. */}
      <fieldset className="min-w-0">
        <legend className="font-semibold">
          <span className="mr-2 rounded bg-blue-100 px-1.5 py-0.5 text-xs font-bold text-blue-900 dark:bg-blue-950 dark:text-blue-100">
            {number}. {KIND_LABEL[question.kind]}
          </span>
          {question.prompt}
        </legend>
        {question.kind === 'line' && question.code ? (
          <CodeLineOptions name={name} question={question} lines={lines} selected={selected} onChoose={choose} />
        ) : (
          <TextOptions name={name} question={question} selected={selected} onChoose={choose} />
        )}
      </fieldset>
      {/* The buttons sit in the form's flow (inline blocks with their own spacing): no row wrapper per question. */}
      <button type="submit" className={`${BUTTON} mt-3 mr-2`} data-action="check">
        정답 확인
      </button>
      {verdict ? (
        <button type="button" className={`${BUTTON} mt-3`} onClick={retry} data-action="retry">
          다시 풀기
        </button>
      ) : null}
      <div aria-live="polite" className="mt-3">
        {problem ? <p className="text-sm font-semibold text-red-800 dark:text-red-300">{problem}</p> : null}
        {verdict ? <Feedback chapter={chapter} question={question} verdict={verdict} /> : null}
      </div>
    </form>
  );
}
