'use client';
import { useCallback, useState } from 'react';
import { overflowMessage, overflows, type Overflow } from '@/lib/present/canvas';
import { SlideCanvas } from './SlideCanvas';
import type { DeckSlide } from './types';

/** The current slide on its canvas, the overflow warning the audience never sees, and previous/next. */
export function StagePanel({ slide, index, count, onMove }: { slide: DeckSlide | undefined; index: number; count: number; onMove: (delta: -1 | 1) => void }) {
  const [overflow, setOverflow] = useState<Overflow | null>(null);
  const onOverflow = useCallback((next: Overflow) => setOverflow(overflows(next) ? next : null), []);
  return (
    <div className="flex min-w-0 flex-col gap-3">
      {overflow ? (
        <p
          role="alert"
          data-overflow-warning
          className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm font-semibold text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {overflowMessage(overflow)}
        </p>
      ) : null}
      <section aria-roledescription="슬라이드" aria-label={`현재 슬라이드 ${index + 1} / ${count}`} data-stage>
        <SlideCanvas
          key={index}
          revision={index}
          label="슬라이드 내용"
          className="slide-viewport--stage rounded-lg border border-zinc-300 dark:border-zinc-700"
          onOverflow={onOverflow}
        >
          {slide?.content}
        </SlideCanvas>
      </section>
      <div className="flex items-center gap-2">
        <button type="button" onClick={() => onMove(-1)} className="rounded bg-zinc-200 px-3 py-1 dark:bg-zinc-800">
          ← 이전
        </button>
        <button type="button" onClick={() => onMove(1)} className="rounded bg-zinc-200 px-3 py-1 dark:bg-zinc-800">
          다음 →
        </button>
        <p className="ml-2 min-w-0 truncate text-sm text-zinc-700 dark:text-zinc-300">{slide?.title}</p>
      </div>
    </div>
  );
}
