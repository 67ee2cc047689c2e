/** The 힌트 section: hints revealed one at a time, from gentle to explicit. */
import { useId, useState } from 'react';
import { BUTTON } from './LabToolbar';

export function HintsPanel({ Heading, hints }: { Heading: 'h2' | 'h3'; hints: readonly string[] }) {
  const [shown, setShown] = useState(0);
  const listId = useId();
  if (hints.length === 0) return null;
  const all = shown >= hints.length;
  return (
    <>
      <Heading className="mt-6 text-lg font-bold">힌트</Heading>
      <ol id={listId} className="mt-2 list-decimal space-y-1 pl-6" data-hints>
        {hints.slice(0, shown).map((hint, index) => (
          <li key={index}>{hint}</li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => setShown((n) => Math.min(n + 1, hints.length))}
        disabled={all}
        aria-controls={listId}
        className={`${BUTTON} mt-2`}
        data-action="hint"
      >
        {all ? `힌트를 모두 보았습니다 (${hints.length}/${hints.length})` : `힌트 보기 (${shown + 1}/${hints.length})`}
      </button>
    </>
  );
}
