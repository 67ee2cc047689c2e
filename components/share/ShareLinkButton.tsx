'use client';

/**
 * "링크로 공유": puts the given lab files into a link's fragment (lib/share/codec.ts), which browsers never
 * send to a server, and copies the link; when the clipboard is not allowed the link is shown to copy by hand.
 */
import { useId, useState } from 'react';
import type { FileSet } from '@/labs/exercises/types';
import { encodeAttempt } from '@/lib/share/codec';

type State = { kind: 'idle' } | { kind: 'copied' | 'manual'; url: string } | { kind: 'error'; message: string };

export const SHARE_BUTTON =
  'rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

export function ShareLinkButton({ labId, files, label }: { labId: string; files: FileSet; label: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const inputId = useId();

  const share = async () => {
    const encoded = encodeAttempt({ lab: labId, files: { ...files } });
    if (!encoded.ok) {
      setState({ kind: 'error', message: encoded.message });
      return;
    }
    const url = `${window.location.origin}/labs/${labId}#${encoded.value}`;
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied', url });
    } catch {
      setState({ kind: 'manual', url });
    }
  };

  return (
    <div data-share-link={labId}>
      <button type="button" onClick={() => void share()} className={SHARE_BUTTON} data-action="share">
        {label}
      </button>
      <div aria-live="polite" className="mt-2 text-sm">
        {state.kind === 'error' ? (
          <p className="font-semibold text-red-800 dark:text-red-300" data-share-error>
            {state.message}
          </p>
        ) : null}
        {state.kind === 'copied' || state.kind === 'manual' ? (
          <>
            <p data-share-status={state.kind}>
              {state.kind === 'copied'
                ? '링크를 복사했습니다. 코드는 링크의 # 뒤에 들어 있어 서버로 보내지지 않습니다.'
                : '브라우저가 클립보드 쓰기를 막았습니다. 아래 링크를 직접 복사하세요. 코드는 링크의 # 뒤에 있어 서버로 보내지지 않습니다.'}
            </p>
            <label htmlFor={inputId} className="sr-only">
              공유 링크
            </label>
            <input
              id={inputId}
              readOnly
              value={state.url}
              onFocus={(event) => event.currentTarget.select()}
              className="mt-1 w-full rounded border border-zinc-300 bg-zinc-50 px-2 py-1 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-900"
              data-share-url
            />
          </>
        ) : null}
      </div>
    </div>
  );
}
