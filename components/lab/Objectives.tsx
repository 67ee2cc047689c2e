import Link from 'next/link';
import type { GradedObjective } from '@/lib/lab-runtime/storage';
import { sectionHref, type ObjectiveView } from './view';

/**
 * The objectives checklist: each item says 통과 / 미통과 in text and icon (not colour alone; the icon is CSS, lab.css), its one-line
 * reason, and links to the rules' explanations and to the chapter section that teaches it.
 * Without a known grading (saved work not graded yet) every item reads "채점 전".
 */
export function Objectives({ objectives, outcomes }: { objectives: readonly ObjectiveView[]; outcomes?: readonly GradedObjective[] }) {
  const byId = new Map(outcomes?.map((outcome) => [outcome.id, outcome]));
  return (
    <ol className="mt-3 space-y-2" data-objectives>
      {objectives.map((objective) => {
        const outcome = byId.get(objective.id);
        const state = outcome ? (outcome.pass ? 'pass' : 'fail') : 'pending';
        return (
          <li
            key={objective.id}
            data-objective={objective.id}
            data-state={state}
            className={`rounded-lg border p-3 ${
              state === 'pass'
                ? 'border-green-300 bg-green-50 dark:border-green-800 dark:bg-green-950/40'
                : state === 'fail'
                  ? 'border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950/40'
                  : 'border-zinc-200 dark:border-zinc-700'
            }`}
          >
            <p className="flex flex-wrap items-baseline gap-x-2 font-semibold">
              <span
                className={`shrink-0 rounded px-1.5 text-sm ${
                  state === 'pass'
                    ? 'bg-green-700 text-white dark:bg-green-300 dark:text-green-950'
                    : state === 'fail'
                      ? 'bg-red-700 text-white dark:bg-red-300 dark:text-red-950'
                      : 'bg-zinc-200 text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100'
                }`}
                data-status
              >
                {state === 'pass' ? '통과' : state === 'fail' ? '미통과' : '채점 전'}
              </span>
              {objective.title}
            </p>
            {outcome ? (
              <p className="mt-1 text-sm text-zinc-800 dark:text-zinc-200" data-reason>
                {outcome.reason}
                {outcome.range ? (
                  <span className="text-zinc-600 dark:text-zinc-400">
                    {' '}
                    ({outcome.file ? `${outcome.file} ` : ''}
                    {outcome.range.line}:{outcome.range.column})
                  </span>
                ) : null}
              </p>
            ) : null}
            {/* Each link at least 24 px tall with room between rows: touch targets (WCAG 2.5.8) when the row wraps.
                A lone section link needs no row around it (most objectives: one element fewer each on the chapter page).
                Rule links: "규칙 설명:" once for the row, and each link is the rule id itself in monospace. */}
            {objective.rules.length === 0 && objective.section ? (
              <Link
                href={sectionHref(objective.section)}
                className="mt-1 flex min-h-6 w-fit items-center text-sm text-blue-800 underline dark:text-blue-300"
                data-section-link
              >
                챕터에서 배우기
              </Link>
            ) : objective.rules.length > 0 ? (
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                규칙 설명:
                {objective.rules.map((rule) => (
                  <Link
                    key={rule}
                    href={`/rules/${rule}`}
                    className="inline-flex min-h-6 items-center font-mono text-blue-800 underline dark:text-blue-300"
                    data-rule-link
                  >
                    {rule}
                  </Link>
                ))}
                {objective.section ? (
                  <Link
                    href={sectionHref(objective.section)}
                    className="inline-flex min-h-6 items-center text-blue-800 underline dark:text-blue-300"
                    data-section-link
                  >
                    챕터에서 배우기
                  </Link>
                ) : null}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
