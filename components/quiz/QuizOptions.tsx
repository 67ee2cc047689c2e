'use client';

/**
 * The answer inputs of a question: native radio buttons (one group per question, arrow keys work), either
 * as text options or as the lines of a code sample where only the candidate lines can be picked.
 */
import type { ReactNode } from 'react';
import { codeLines } from '@/lib/quiz/validate';
import type { QuizQuestion } from '@/lib/quiz/types';

interface OptionsProps {
  name: string;
  question: QuizQuestion;
  selected: string | null;
  onChoose: (option: string) => void;
}

const PICKED = 'border-blue-500 bg-blue-50 dark:border-blue-400 dark:bg-blue-950/60';
const IDLE = 'border-zinc-200 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800/60';

export function TextOptions({ name, question, selected, onChoose }: OptionsProps) {
  return (
    // The fieldset and its legend group the radios; each option is its label alone (no list item around it).
    <div className="mt-3 space-y-2">
      {question.options.map((option) => (
        // overflow-wrap: anywhere lets a long unbroken option (a URL, a path) wrap instead of widening the page.
        <label
          key={option.id}
          className={`flex cursor-pointer items-start gap-3 rounded-lg border p-3 [overflow-wrap:anywhere] ${selected === option.id ? PICKED : IDLE}`}
          data-option={option.id}
        >
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={selected === option.id}
            onChange={() => onChoose(option.id)}
            className="mt-1 size-4 shrink-0 accent-blue-700"
          />
          {option.text}
        </label>
      ))}
    </div>
  );
}

export function CodeLineOptions({ name, question, lines, selected, onChoose }: OptionsProps & { lines?: readonly ReactNode[] }) {
  const plain = codeLines(question.code?.text ?? '');
  const candidates = new Set(question.options.map((option) => option.id));
  return (
    <div className="quiz-code mt-3 overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-50 py-2 font-mono text-[13px] leading-6 dark:border-zinc-700 dark:bg-zinc-900">
      {plain.map((text, index) => {
        const number = String(index + 1);
        const content = <span className="whitespace-pre">{lines?.[index] ?? text}</span>;
        if (!candidates.has(number)) {
          return (
            // No radio on this line: the left padding stands in for the radio's 16 px and its 12 px gap.
            <div key={number} className="flex items-center gap-3 border-l-4 border-transparent pl-10 pr-3">
              <span aria-hidden="true" className="w-6 shrink-0 select-none text-right text-zinc-500 dark:text-zinc-400">
                {number}
              </span>
              {content}
            </div>
          );
        }
        return (
          <label
            key={number}
            className={`flex cursor-pointer items-center gap-3 border-l-4 px-3 ${selected === number ? 'border-blue-600 bg-blue-100 dark:border-blue-300 dark:bg-blue-950' : 'border-transparent hover:bg-zinc-100 dark:hover:bg-zinc-800'}`}
            data-option={number}
          >
            <input
              type="radio"
              name={name}
              value={number}
              checked={selected === number}
              onChange={() => onChoose(number)}
              aria-label={`${number}번째 줄: ${text.trim()}`}
              className="size-4 shrink-0 accent-blue-700"
            />
            <span aria-hidden="true" className="w-6 shrink-0 select-none text-right text-zinc-600 dark:text-zinc-300">
              {number}
            </span>
            {content}
          </label>
        );
      })}
    </div>
  );
}
