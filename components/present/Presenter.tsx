'use client';
/**
 * The presenter's window: the slide on its 16:9 canvas with an overflow warning, the block timer, schedule
 * shifts, the next slide, the speaker notes and the rehearsal clock. State lives in the hooks (own state,
 * live broadcast, keys); the panels only show it.
 */
import { useCallback, useState } from 'react';
import { ClassPresenterPanel } from '@/components/live/ClassPresenterPanel';
import { useTicker, useUrlRehearsal } from '@/components/live/hooks';
import { addShift, classDriftSec, clockAt } from '@/lib/live/schedule';
import { toggleFullscreen } from './fullscreen';
import { KeyHelp } from './KeyHelp';
import type { DeckCommand } from './keys';
import { NextPanel } from './NextPanel';
import { NotesPanel } from './NotesPanel';
import { PresenterHeader } from './PresenterHeader';
import { RehearsalPanel } from './RehearsalPanel';
import { ShiftPanel } from './ShiftPanel';
import { StagePanel } from './StagePanel';
import { TimerPanel } from './TimerPanel';
import type { Deck } from './types';
import { useDeckKeys } from './useDeckKeys';
import { useLiveBroadcast } from './useLiveBroadcast';
import { usePresenterState } from './usePresenterState';

function audienceUrl(chapter: string): string {
  const at = new URLSearchParams(window.location.search).get('at');
  return `/present/${chapter}/audience${at ? `?at=${encodeURIComponent(at)}` : ''}`;
}

export function Presenter({ deck }: { deck: Deck }) {
  const { chapter, slides } = deck;
  const count = slides.length;
  const now = useTicker();
  const state = usePresenterState(chapter, count, useUrlRehearsal());
  const { slide, setSlide, buffer, setBuffer, shifts, setShifts, offsetMs, setOffsetMs, ready } = state;
  const [help, setHelp] = useState(false);
  const current = slides[slide];

  useLiveBroadcast({ chapter, slide, section: current?.section ? { id: current.section, title: current.title } : null, shifts, offsetMs }, ready);

  const openAudience = useCallback(() => window.open(audienceUrl(chapter), 'w7-audience', 'popup,width=1280,height=720'), [chapter]);
  const apply = useCallback(
    (next: { slide: number; buffer: string }) => {
      setSlide(next.slide);
      setBuffer(next.buffer);
    },
    [setSlide, setBuffer],
  );
  const command = useCallback(
    (name: DeckCommand) => {
      if (name === 'audience') openAudience();
      else if (name === 'fullscreen') toggleFullscreen();
      else if (name === 'help') setHelp((open) => !open);
      else setHelp(false);
    },
    [openAudience],
  );
  useDeckKeys({ slide, count, buffer }, apply, command);

  const instant = now === null ? null : new Date(now + offsetMs);
  const clock = instant ? clockAt(instant, { shifts, presenting: chapter }) : null;
  const drift = clock ? classDriftSec(clock, chapter, slide, count) : 0;
  const move = (delta: -1 | 1) => setSlide((s) => Math.min(Math.max(s + delta, 0), Math.max(count - 1, 0)));

  return (
    <div className="flex min-h-dvh flex-col bg-zinc-100 text-zinc-900 lg:h-dvh dark:bg-zinc-950 dark:text-zinc-100" data-presenter data-slide-index={slide}>
      <PresenterHeader
        title={deck.title}
        chapter={chapter}
        slide={slide}
        count={count}
        buffer={buffer}
        clock={clock}
        rehearsing={Math.abs(offsetMs) > 5000}
        help={help}
        onAudience={openAudience}
        onHelp={() => setHelp((open) => !open)}
      />
      {help ? <KeyHelp /> : null}
      <main className="grid flex-1 gap-4 p-4 lg:min-h-0 lg:grid-cols-[minmax(0,5fr)_minmax(17rem,2fr)]">
        <StagePanel slide={current} index={slide} count={count} onMove={move} />
        <div className="flex min-w-0 flex-col gap-4 lg:overflow-y-auto">
          <ClassPresenterPanel />
          <TimerPanel clock={clock} chapter={chapter} drift={drift} />
          <ShiftPanel
            shiftMin={clock ? clock.shiftMin : null}
            onShift={(minutes) => instant && setShifts((list) => addShift(list, instant, minutes))}
            onReset={() => setShifts([])}
          />
          <NextPanel next={slides[slide + 1]} index={slide + 1} />
          <NotesPanel notes={current?.notes ?? null} />
          <RehearsalPanel instant={instant} onOffset={setOffsetMs} />
        </div>
      </main>
    </div>
  );
}
