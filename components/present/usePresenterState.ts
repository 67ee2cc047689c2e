'use client';
/**
 * The presenter's own state: the slide, the digits typed for "number then Enter", today's schedule shifts and
 * the rehearsal offset, restored once from the saved live state (same chapter only for the slide).
 */
import { useEffect, useState } from 'react';
import type { Shift } from '@/lib/live/schedule';
import { browserStorage, isFresh, readLiveState } from '@/lib/live/store';

export interface PresenterState {
  slide: number;
  setSlide: (update: number | ((slide: number) => number)) => void;
  buffer: string;
  setBuffer: (buffer: string) => void;
  shifts: Shift[];
  setShifts: (update: Shift[] | ((shifts: Shift[]) => Shift[])) => void;
  offsetMs: number;
  setOffsetMs: (offsetMs: number) => void;
  /** False until the saved state has been read: nothing is published before. */
  ready: boolean;
}

export function usePresenterState(chapter: string, count: number, urlOffset: number | null | undefined): PresenterState {
  const [slide, setSlide] = useState(0);
  const [buffer, setBuffer] = useState('');
  const [shifts, setShifts] = useState<Shift[]>([]);
  const [offsetMs, setOffsetMs] = useState(0);
  const [ready, setReady] = useState(false);

  // Restore the saved state once the URL's rehearsal clock is known.
  useEffect(() => {
    if (urlOffset === undefined || ready) return;
    const saved = readLiveState(browserStorage());
    const fresh = saved && isFresh(saved, Date.now()) ? saved : null;
    if (fresh?.chapter === chapter) setSlide(Math.min(fresh.slide, Math.max(count - 1, 0)));
    if (fresh) setShifts(fresh.shifts);
    setOffsetMs(urlOffset ?? fresh?.offsetMs ?? 0);
    setReady(true);
  }, [urlOffset, ready, chapter, count]);

  return { slide, setSlide, buffer, setBuffer, shifts, setShifts, offsetMs, setOffsetMs, ready };
}
