/** Theme preference: stored in localStorage, else the system's. Shared by the head script and the toggle. */
export const THEME_STORAGE_KEY = 'w7-theme';
export type Theme = 'light' | 'dark';

/** Runs in <head> before the first paint: sets the `dark` class so the page never flashes the wrong theme. */
export const THEME_SCRIPT = `(function(){try{var s=localStorage.getItem('${THEME_STORAGE_KEY}');var d=s==='dark'||(s!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);var e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light';}catch(_){}})();`;

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
}
