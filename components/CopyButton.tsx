'use client';

import { useRef, useState } from 'react';

type Status = 'idle' | 'copied' | 'failed';

/** Copies the text of the code block (the <pre> in the same <figure>) to the clipboard; sits at the end of its flex row. */
export function CopyButton() {
  const [status, setStatus] = useState<Status>('idle');
  const button = useRef<HTMLButtonElement>(null);

  const copy = async () => {
    const pre = button.current?.closest('figure')?.querySelector('pre');
    try {
      await navigator.clipboard.writeText(pre?.textContent ?? '');
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2000);
  };

  return (
    <button
      ref={button}
      type="button"
      onClick={copy}
      // The new label (복사됨 / 복사 실패) is announced: the button is its own polite live region.
      aria-live="polite"
      className="ml-auto rounded border border-zinc-300 px-2 py-0.5 text-xs font-medium text-zinc-800 hover:bg-zinc-200 dark:border-zinc-600 dark:text-zinc-200 dark:hover:bg-zinc-700"
    >
      {status === 'copied' ? '복사됨' : status === 'failed' ? '복사 실패' : '복사'}
    </button>
  );
}
