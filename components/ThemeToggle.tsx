'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { applyTheme, THEME_STORAGE_KEY, type Theme } from '@/lib/theme';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const currentTheme = (): Theme => (document.documentElement.classList.contains('dark') ? 'dark' : 'light');

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'dark' || value === 'light' ? value : null;
  } catch {
    return null;
  }
}

/** Switches light/dark and remembers the choice; without a stored choice the page follows the system. */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => {
      if (storedTheme() === null) applyTheme(media.matches ? 'dark' : 'light');
    };
    media.addEventListener('change', follow);
    const onStorage = (event: StorageEvent) => {
      if (event.key === THEME_STORAGE_KEY) applyTheme(storedTheme() ?? (media.matches ? 'dark' : 'light'));
    };
    window.addEventListener('storage', onStorage);
    return () => {
      media.removeEventListener('change', follow);
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  const toggle = () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the switch still applies to this page.
    }
  };

  // The label follows the `dark` class that the head script sets before the first paint, through CSS: the
  // server's HTML already shows the right one, so hydration changes nothing and the header does not shift.
  return (
    <button
      type="button"
      onClick={toggle}
      data-theme-toggle
      data-theme={theme ?? undefined}
      className="shrink-0 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
    >
      <span className="dark:hidden">
        ☾ 다크<span className="sr-only"> (다크 모드로 전환)</span>
      </span>
      <span className="hidden dark:inline">
        ☀ 라이트<span className="sr-only"> (라이트 모드로 전환)</span>
      </span>
    </button>
  );
}
