import type { ReactNode } from 'react';
import Link from 'next/link';
import { COURSE_TITLE } from '@/content/timetable';
import { ThemeToggle } from '@/components/ThemeToggle';
import { SiteSearch } from '@/components/search/SiteSearch';

/** Header links: the labs, the rule explanations and the presenter view (starting at the first chapter). */
const SITE_LINKS = [
  ['/labs', '실습'],
  ['/rules', '규칙'],
  ['/present/intro', '발표'],
  ['/progress', '내 학습'],
] as const;

/** Header (skip link, course title, theme toggle) and footer of the reading site; the presenter views have none. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded bg-blue-700 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        본문으로 건너뛰기
      </a>
      <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/95 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="min-w-0 truncate font-bold text-zinc-900 no-underline hover:underline dark:text-zinc-100">
            {COURSE_TITLE}
          </Link>
          <nav aria-label="사이트" className="ml-auto flex gap-3 text-sm font-semibold">
            {SITE_LINKS.map(([href, label]) => (
              <Link key={href} href={href} className="text-zinc-800 hover:underline dark:text-zinc-200">
                {label}
              </Link>
            ))}
          </nav>
          <SiteSearch />
          <ThemeToggle />
        </div>
      </header>
      {children}
      <footer className="mt-16 border-t border-zinc-200 py-6 text-center text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        {COURSE_TITLE}
      </footer>
    </>
  );
}
