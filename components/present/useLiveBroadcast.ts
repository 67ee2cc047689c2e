'use client';
/**
 * The one place where the presenter tells others where the class is: every change is saved (for reloads and
 * windows opened later) and sent through the live Transport (lib/live/sync.ts), and a `hello` from a window
 * that has just opened gets the current state again. The transport is this browser's windows plus, when this
 * browser hosts an open class, every mentee's device (components/live/usePresenterTransport.ts).
 */
import { useEffect, useRef } from 'react';
import { usePresenterTransport } from '@/components/live/usePresenterTransport';
import type { Shift } from '@/lib/live/schedule';
import { browserStorage, writeLiveState } from '@/lib/live/store';
import { LIVE_VERSION, type LiveSection, type LiveStateMessage } from '@/lib/live/sync';

export interface LivePosition {
  chapter: string;
  slide: number;
  section: LiveSection | null;
  shifts: Shift[];
  offsetMs: number;
}

export function useLiveBroadcast(position: LivePosition, ready: boolean): void {
  const { self, transport } = usePresenterTransport();
  const message = useRef<LiveStateMessage | null>(null);
  const { chapter, slide, section, shifts, offsetMs } = position;
  const sectionId = section?.id ?? null;
  const sectionTitle = section?.title ?? '';

  useEffect(() => {
    if (!ready) return;
    const state: LiveStateMessage = {
      v: LIVE_VERSION,
      type: 'state',
      chapter,
      slide,
      section: sectionId ? { id: sectionId, title: sectionTitle } : null,
      shifts,
      offsetMs,
      sender: self || 'presenter',
      ts: Date.now(),
    };
    message.current = state;
    writeLiveState(browserStorage(), state);
    transport?.send(state);
  }, [ready, chapter, slide, sectionId, sectionTitle, shifts, offsetMs, self, transport]);

  useEffect(() => {
    if (!transport) return;
    return transport.subscribe((incoming) => {
      if (incoming.type === 'hello' && message.current) transport.send({ ...message.current, ts: Date.now() });
    });
  }, [transport]);
}
