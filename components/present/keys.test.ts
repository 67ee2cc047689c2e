import { describe, expect, it } from 'vitest';
import { deckKey, isControlActivation, isTypingTarget } from './keys';

describe('deckKey', () => {
  it('moves forward and back, clamped to the deck', () => {
    expect(deckKey('ArrowRight', 0, 5, '')).toEqual({ slide: 1, buffer: '' });
    expect(deckKey(' ', 3, 5, '')).toEqual({ slide: 4, buffer: '' });
    expect(deckKey('PageDown', 4, 5, '')).toEqual({ slide: 4, buffer: '' });
    expect(deckKey('ArrowLeft', 0, 5, '')).toEqual({ slide: 0, buffer: '' });
    expect(deckKey('PageUp', 2, 5, '')).toEqual({ slide: 1, buffer: '' });
  });
  it('Home and End go to the ends', () => {
    expect(deckKey('Home', 3, 5, '')).toEqual({ slide: 0, buffer: '' });
    expect(deckKey('End', 0, 5, '')).toEqual({ slide: 4, buffer: '' });
    expect(deckKey('End', 0, 0, '')).toEqual({ slide: 0, buffer: '' });
  });
  it('digits then Enter jump to that 1-based slide, clamped', () => {
    const one = deckKey('1', 0, 20, '');
    expect(one).toEqual({ slide: 0, buffer: '1' });
    const twelve = deckKey('2', 0, 20, one!.buffer);
    expect(twelve).toEqual({ slide: 0, buffer: '12' });
    expect(deckKey('Enter', 0, 20, twelve!.buffer)).toEqual({ slide: 11, buffer: '' });
    expect(deckKey('Enter', 0, 5, '99')).toEqual({ slide: 4, buffer: '' });
    expect(deckKey('Enter', 2, 5, '0')).toEqual({ slide: 0, buffer: '' });
    expect(deckKey('Backspace', 2, 5, '12')).toEqual({ slide: 2, buffer: '1' });
    expect(deckKey('9', 0, 5, '123')).toEqual({ slide: 0, buffer: '239' });
  });
  it("Enter and Backspace without digits are not the deck's", () => {
    expect(deckKey('Enter', 2, 5, '')).toBeNull();
    expect(deckKey('Backspace', 2, 5, '')).toBeNull();
    expect(deckKey('x', 2, 5, '')).toBeNull();
  });
  it('commands clear the digits', () => {
    expect(deckKey('a', 2, 5, '1')).toEqual({ slide: 2, buffer: '', command: 'audience' });
    expect(deckKey('F', 2, 5, '')).toEqual({ slide: 2, buffer: '', command: 'fullscreen' });
    expect(deckKey('?', 2, 5, '')).toEqual({ slide: 2, buffer: '', command: 'help' });
    expect(deckKey('Escape', 2, 5, '4')).toEqual({ slide: 2, buffer: '', command: 'escape' });
  });
});

describe('isTypingTarget', () => {
  const at = (selector: string | null) => ({ closest: (s: string) => (selector && s.includes(selector) ? {} : null) }) as unknown as EventTarget;
  it('recognises fields and editors', () => {
    expect(isTypingTarget(at('input'))).toBe(true);
    expect(isTypingTarget(at('.monaco-editor'))).toBe(true);
    expect(isTypingTarget(at(null))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('isControlActivation', () => {
  const button = { closest: (s: string) => (s.includes('button') ? {} : null) } as unknown as EventTarget;
  const body = { closest: () => null } as unknown as EventTarget;
  it('leaves Space and Enter to a focused button', () => {
    expect(isControlActivation(' ', button)).toBe(true);
    expect(isControlActivation('Enter', button)).toBe(true);
    expect(isControlActivation('ArrowRight', button)).toBe(false);
    expect(isControlActivation(' ', body)).toBe(false);
  });
});
