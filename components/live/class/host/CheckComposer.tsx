'use client';
/**
 * Starting a quick check: a multiple-choice question typed on the spot, or one of a chapter's check
 * questions (the QuizQuestion format shared with the chapters' quizzes).
 */
import { useState, type FormEvent } from 'react';
import { LIMITS } from '@/lib/live/class-protocol';
import type { QuizQuestion } from '@/lib/quiz/types';

const LETTERS = 'abcdefgh';
const FIELD = 'w-full rounded border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-950';

/** The typed question in the shared format, or a Korean sentence saying what is missing. */
export function typedQuestion(prompt: string, options: { text: string; correct: boolean }[], now: number): QuizQuestion | string {
  const filled = options.filter((option) => option.text.trim() !== '');
  if (prompt.trim() === '') return '질문을 입력하세요.';
  if (filled.length < LIMITS.optionsMin) return `보기를 ${LIMITS.optionsMin}개 이상 입력하세요.`;
  if (!filled.some((option) => option.correct)) return '정답인 보기를 하나 이상 고르세요.';
  return {
    id: `live-${now}`,
    kind: 'choice',
    prompt: prompt.trim(),
    options: filled.map((option, index) => ({
      id: LETTERS[index]!,
      text: option.text.trim(),
      correct: option.correct,
      explanation: option.correct ? '정답입니다.' : '정답이 아닙니다.',
    })),
  };
}

export function CheckComposer({
  questions,
  chapter,
  onStart,
}: {
  questions: Readonly<Record<string, QuizQuestion[]>>;
  chapter: string | null;
  onStart: (question: QuizQuestion) => void;
}) {
  const [prompt, setPrompt] = useState('');
  const [options, setOptions] = useState(() => Array.from({ length: 4 }, () => ({ text: '', correct: false })));
  const [error, setError] = useState('');
  const chapters = Object.keys(questions).filter((id) => (questions[id]?.length ?? 0) > 0);
  const [picked, setPicked] = useState(chapter && chapters.includes(chapter) ? chapter : (chapters[0] ?? ''));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const question = typedQuestion(prompt, options, Date.now());
    if (typeof question === 'string') return setError(question);
    setError('');
    onStart(question);
    setPrompt('');
    setOptions(options.map(() => ({ text: '', correct: false })));
  };
  const update = (index: number, change: Partial<{ text: string; correct: boolean }>) =>
    setOptions((list) => list.map((option, i) => (i === index ? { ...option, ...change } : option)));

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form onSubmit={submit} className="space-y-2" noValidate data-check-compose>
        <h3 className="font-semibold">직접 입력</h3>
        <label className="block text-sm">
          질문
          <textarea value={prompt} onChange={(event) => setPrompt(event.target.value)} rows={2} maxLength={500} className={FIELD} name="prompt" />
        </label>
        {options.map((option, index) => (
          <div key={index} className="flex items-center gap-2 text-sm">
            <label className="flex-1">
              <span className="sr-only">보기 {index + 1}</span>
              <input
                value={option.text}
                onChange={(event) => update(index, { text: event.target.value })}
                placeholder={`보기 ${index + 1}`}
                maxLength={300}
                className={FIELD}
                name={`option-${index}`}
              />
            </label>
            <label className="flex items-center gap-1 whitespace-nowrap">
              <input
                type="checkbox"
                checked={option.correct}
                onChange={(event) => update(index, { correct: event.target.checked })}
                name={`correct-${index}`}
              />
              정답
            </label>
          </div>
        ))}
        <div className="flex gap-2 text-sm">
          <button
            type="button"
            disabled={options.length >= LIMITS.optionsMax}
            onClick={() => setOptions((list) => [...list, { text: '', correct: false }])}
            className="rounded border border-zinc-400 px-2 disabled:opacity-50"
          >
            보기 추가
          </button>
          <button type="submit" className="ml-auto rounded bg-blue-700 px-3 py-1 font-semibold text-white">
            퀵 체크 시작
          </button>
        </div>
        {error ? (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            {error}
          </p>
        ) : null}
      </form>
      {chapters.length > 0 ? (
        <div className="space-y-2" data-check-bank>
          <h3 className="font-semibold">챕터 문제에서</h3>
          <label className="block text-sm">
            챕터
            <select value={picked} onChange={(event) => setPicked(event.target.value)} className={FIELD}>
              {chapters.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </label>
          <ul className="space-y-1 text-sm">
            {(questions[picked] ?? []).map((question) => (
              <li key={question.id} className="flex items-start gap-2">
                <span className="flex-1">{question.prompt}</span>
                <button
                  type="button"
                  onClick={() => onStart(question)}
                  className="rounded border border-blue-700 px-2 text-blue-800 dark:border-blue-400 dark:text-blue-300"
                >
                  시작
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
