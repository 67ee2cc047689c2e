/** The presenter's keyboard: a pure function from a key and the deck position to the next position or a command. */
export type DeckCommand = 'audience' | 'fullscreen' | 'help' | 'escape';

export interface KeyResult {
  slide: number;
  /** Digits typed so far for "number then Enter". */
  buffer: string;
  command?: DeckCommand;
}

const clamp = (value: number, count: number) => Math.min(Math.max(value, 0), Math.max(count - 1, 0));

/** What `key` does at `slide` of `count` slides with `buffer` typed; null when the deck does not handle it. */
export function deckKey(key: string, slide: number, count: number, buffer: string): KeyResult | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return { slide: clamp(slide + 1, count), buffer: '' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { slide: clamp(slide - 1, count), buffer: '' };
    case 'Home':
      return { slide: 0, buffer: '' };
    case 'End':
      return { slide: clamp(count - 1, count), buffer: '' };
    case 'Enter':
      return buffer ? { slide: clamp(Number(buffer) - 1, count), buffer: '' } : null;
    case 'Backspace':
      return buffer ? { slide, buffer: buffer.slice(0, -1) } : null;
    case 'Escape':
      return { slide, buffer: '', command: 'escape' };
    case 'a':
    case 'A':
      return { slide, buffer: '', command: 'audience' };
    case 'f':
    case 'F':
      return { slide, buffer: '', command: 'fullscreen' };
    case '?':
      return { slide, buffer: '', command: 'help' };
    default:
      if (/^[0-9]$/.test(key)) return { slide, buffer: (buffer + key).slice(-3) };
      return null;
  }
}

/** Keys typed into form fields and editors are theirs, not the deck's. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as Element;
  return Boolean(element.closest('input, textarea, select, [contenteditable="true"], .monaco-editor'));
}

export const KEY_HELP: [string, string][] = [
  ['→ · Space · PageDown', '다음 슬라이드'],
  ['← · PageUp', '이전 슬라이드'],
  ['Home / End', '처음 / 마지막 슬라이드'],
  ['숫자 + Enter', '그 번호의 슬라이드로 이동'],
  ['A', '청중 화면 열기'],
  ['F', '전체 화면'],
  ['Esc', '도움말 닫기 · 전체 화면 끝내기'],
  ['?', '단축키 도움말'],
];

/** Space and Enter on a focused button or link activate it rather than move the deck. */
export function isControlActivation(key: string, target: EventTarget | null): boolean {
  if (key !== ' ' && key !== 'Enter') return false;
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return Boolean((target as Element).closest('button, a[href], summary'));
}
