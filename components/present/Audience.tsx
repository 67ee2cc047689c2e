'use client';
import { useEffect } from 'react';
import { BreakScreen } from '@/components/live/BreakScreen';
import { useLiveFollower, useTicker, useUrlRehearsal } from '@/components/live/hooks';
import { clockAt } from '@/lib/live/schedule';
import { toggleFullscreen } from './fullscreen';
import { SlideCanvas } from './SlideCanvas';
import type { Deck } from './types';

/** The projector window: only the slide the presenter shows, large; the break screen during breaks. */
export function Audience({ deck }: { deck: Deck }) {
  const { chapter, slides } = deck;
  const live = useLiveFollower();
  const now = useTicker();
  const urlOffset = useUrlRehearsal();

  // Follow the presenter to another chapter.
  useEffect(() => {
    if (!live || live.chapter === chapter) return;
    const url = new URL(window.location.href);
    url.pathname = `/present/${live.chapter}/audience`;
    window.location.replace(url.toString());
  }, [live, chapter]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'f' || event.key === 'F') toggleFullscreen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const slide = live?.chapter === chapter ? Math.min(live.slide, Math.max(slides.length - 1, 0)) : 0;
  const shifts = live?.shifts ?? [];
  const clock = now === null || urlOffset === undefined ? null : clockAt(new Date(now + (urlOffset ?? live?.offsetMs ?? 0)), { shifts });
  const onBreak = clock?.phase === 'break' && clock.next;

  return (
    <main className="h-dvh w-screen overflow-hidden bg-black" data-audience data-slide-index={slide} data-shift-min={clock?.shiftMin ?? 0}>
      <section aria-roledescription="슬라이드" aria-label={`${deck.title} 슬라이드 ${slide + 1} / ${slides.length}`} className="h-full w-full" data-stage>
        <SlideCanvas key={slide} revision={slide} label="슬라이드 내용" className="slide-viewport--fill">
          {slides[slide]?.content}
        </SlideCanvas>
      </section>
      {onBreak && clock.next ? (
        <BreakScreen next={clock.next} untilSec={clock.untilNextSec} preparation={clock.next.chapter ? deck.preparations[clock.next.chapter] : undefined} />
      ) : null}
    </main>
  );
}
