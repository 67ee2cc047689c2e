'use client';
import { SlideCanvas } from './SlideCanvas';
import type { DeckSlide } from './types';

/** The next slide, small and inert, on the same canvas as the stage so it looks exactly as it will. */
export function NextPanel({ next, index }: { next: DeckSlide | undefined; index: number }) {
  return (
    <section aria-labelledby="next-heading" className="rounded-lg bg-white p-3 dark:bg-zinc-900">
      <h2 id="next-heading" className="text-sm font-bold">
        다음 슬라이드 {next ? `· ${next.title}` : ''}
      </h2>
      <div className="mt-2" inert data-next-preview>
        {next ? (
          <SlideCanvas key={index} revision={index} className="slide-viewport--preview rounded border border-zinc-300 dark:border-zinc-700">
            {next.content}
          </SlideCanvas>
        ) : (
          <p className="text-sm">마지막 슬라이드입니다.</p>
        )}
      </div>
    </section>
  );
}
