import { diffLines } from './diff';

/** The reference solution as a line diff against the learner's text, per file (- 내 코드, + 모범 답안). */
export function SolutionDiff({
  names,
  mine,
  reference,
}: {
  names: readonly string[];
  mine: Readonly<Record<string, string>>;
  reference: Readonly<Record<string, string>>;
}) {
  return (
    <div className="space-y-4" data-solution>
      {names.map((name) => {
        const lines = diffLines(mine[name] ?? '', reference[name] ?? '');
        const changed = lines.some((line) => line.kind !== 'same');
        return (
          <figure key={name} className="overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-700">
            <figcaption className="border-b border-zinc-200 bg-zinc-100 px-3 py-1.5 text-sm font-semibold dark:border-zinc-700 dark:bg-zinc-800">
              {name} <span className="font-normal text-zinc-700 dark:text-zinc-300">— 내 코드(−)와 모범 답안(+)의 차이{changed ? '' : ': 같습니다'}</span>
            </figcaption>
            <pre
              className="overflow-x-auto py-2 font-mono text-[0.8125rem] leading-relaxed"
              tabIndex={0}
              role="region"
              aria-label={`${name}: 내 코드와 모범 답안의 차이`}
            >
              {lines.map((line, index) => (
                <div
                  key={index}
                  data-diff={line.kind}
                  className={`px-3 ${
                    line.kind === 'added'
                      ? 'bg-green-100 text-green-950 dark:bg-green-950 dark:text-green-100'
                      : line.kind === 'removed'
                        ? 'bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100'
                        : ''
                  }`}
                >
                  <span aria-hidden="true" className="inline-block w-4 select-none">
                    {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '}
                  </span>
                  {line.kind === 'added' ? <span className="sr-only">추가: </span> : line.kind === 'removed' ? <span className="sr-only">삭제: </span> : null}
                  {line.text || ' '}
                </div>
              ))}
            </pre>
          </figure>
        );
      })}
    </div>
  );
}
