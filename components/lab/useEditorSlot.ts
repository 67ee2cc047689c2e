/**
 * When a lab's Monaco editor exists. Nothing loads until the learner asks (open); focusing or pointing at the
 * "편집하기" control only starts the download (preload). An opened editor that stays far outside the viewport
 * for a while (and holds no focus) is disposed, and created again from the current text when it comes back near,
 * so a page never holds more editors than labs the learner opened, and usually fewer.
 */
import { useCallback, useEffect, useState, type ComponentType, type RefObject } from 'react';
import { loadLabEditor } from './editor-loader';
import type { LabEditorProps } from './LabEditor';

/** An editor within this margin of the viewport is kept (and created again when it comes back into it). */
export const KEEP_MARGIN = '200% 0px';
export const DISPOSE_AFTER_MS = 2000;

export type EditorPhase = 'closed' | 'loading' | 'failed' | 'open';

export interface EditorSlot {
  phase: EditorPhase;
  /** The editor component, while it should exist (opened and near the viewport). */
  Editor: ComponentType<LabEditorProps> | null;
  /** The editor has been created and shows the text (the static code can go). */
  ready: boolean;
  /** The learner opened it with a click or a key: the editor takes the focus once created. */
  focusOnReady: boolean;
  preload(): void;
  open(focus: boolean): void;
  onReady(): void;
}

export function useEditorSlot(root: RefObject<HTMLElement | null>): EditorSlot {
  const [phase, setPhase] = useState<EditorPhase>('closed');
  const [Editor, setEditor] = useState<ComponentType<LabEditorProps> | null>(null);
  const [near, setNear] = useState(true);
  const [ready, setReady] = useState(false);
  const [focusOnReady, setFocusOnReady] = useState(false);

  const preload = useCallback(() => {
    // A failure here is reported when the learner actually opens the editor.
    loadLabEditor().catch(() => undefined);
  }, []);

  const open = useCallback((focus: boolean) => {
    setFocusOnReady(focus);
    setPhase('loading');
    loadLabEditor().then(
      (component) => {
        setEditor(() => component);
        setPhase('open');
      },
      () => setPhase('failed'),
    );
  }, []);

  const onReady = useCallback(() => {
    setReady(true);
    setFocusOnReady(false);
  }, []);

  useEffect(() => {
    const element = root.current;
    if (phase !== 'open' || !element) return;
    let timer: number | undefined;
    const observer = new IntersectionObserver(
      ([entry]) => {
        window.clearTimeout(timer);
        if (entry?.isIntersecting) setNear(true);
        else {
          timer = window.setTimeout(() => {
            if (element.contains(document.activeElement)) return;
            setNear(false);
            setReady(false);
          }, DISPOSE_AFTER_MS);
        }
      },
      { rootMargin: KEEP_MARGIN },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [phase, root]);

  return { phase, Editor: phase === 'open' && near ? Editor : null, ready, focusOnReady, preload, open, onReady };
}
