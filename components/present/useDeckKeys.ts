'use client';
/** The presenter's keyboard: keys go through the pure reducer in keys.ts; fields, editors and focused buttons keep theirs. */
import { useEffect } from 'react';
import { deckKey, isControlActivation, isTypingTarget, type DeckCommand } from './keys';

export function useDeckKeys(
  position: { slide: number; count: number; buffer: string },
  apply: (next: { slide: number; buffer: string }) => void,
  command: (command: DeckCommand) => void,
): void {
  const { slide, count, buffer } = position;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target) || isControlActivation(event.key, event.target)) return;
      const result = deckKey(event.key, slide, count, buffer);
      if (!result) return;
      event.preventDefault();
      apply({ slide: result.slide, buffer: result.buffer });
      if (result.command) command(result.command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slide, count, buffer, apply, command]);
}
