/**
 * React hook: the shared attempt in this page's URL fragment (`#share=...`) for one lab, decoded, or the
 * Korean reason it cannot be opened; null when the page was not opened from a share link (or it was
 * closed). Reads the URL only: never localStorage, so the learner's saved work is untouched.
 */
import { useCallback, useEffect, useState } from 'react';
import type { FileSet } from '@/labs/exercises/types';
import { decodeAttempt, sharePayload } from '@/lib/share/codec';

export type SharedDraftState = null | { ok: false; message: string } | { ok: true; files: FileSet };

export function useSharedDraft(labId: string, starters: FileSet): { draft: SharedDraftState; close: () => void } {
  const [draft, setDraft] = useState<SharedDraftState>(null);

  useEffect(() => {
    const read = () => {
      const payload = sharePayload(window.location.hash);
      if (payload === undefined) {
        setDraft(null);
        return;
      }
      const result = decodeAttempt(payload, labId, Object.keys(starters));
      setDraft(result.ok ? { ok: true, files: { ...starters, ...result.value.files } } : { ok: false, message: result.message });
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [labId, starters]);

  const close = useCallback(() => {
    // Drop the fragment without a navigation or a history entry; the draft is not kept anywhere.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    setDraft(null);
  }, []);

  return { draft, close };
}
