import type { ReactNode } from 'react';
import Link from 'next/link';
import { COURSE_TITLE } from '@/content/timetable';
import { ThemeToggle } from '@/components/ThemeToggle';
import { ClassBanner, ClassLinks } from '@/components/live/ClassBanner';
import { SiteSearch } from '@/components/search/SiteSearch';
import { MobileMenu } from './MobileMenu';

/** Header links: the labs, the rule explanations and the presenter view (starting at the first chapter). */
const SITE_LINKS = [
  ['/labs', '실습'],
  ['/rules', '규칙'],
  ['/present/intro', '발표'],
  ['/progress', '내 학습'],
] as const;

const SHORT_TITLE = '7주차 보안 실전';

/**
 * Header (skip link, course title, links, tools) and footer of the reading site; the presenter views have none.
 * Features of their own (search, the class banner) go into the tools group as their own components, one line each.
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only z-50 rounded bg-blue-700 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
        본문으로 건너뛰기
      </a>
      <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/95 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
        <div className="relative mx-auto flex max-w-7xl items-center gap-3 px-4 py-3">
          <Link href="/" className="min-w-0 truncate font-bold text-zinc-900 no-underline hover:underline dark:text-zinc-100">
            <span className="sm:hidden" aria-hidden="true">
              {SHORT_TITLE}
            </span>
            <span className="max-sm:sr-only">{COURSE_TITLE}</span>
          </Link>
          <nav aria-label="사이트" className="ml-auto hidden gap-4 text-sm font-semibold whitespace-nowrap md:flex">
            {SITE_LINKS.map(([href, label]) => (
              <Link key={href} href={href} className="text-zinc-800 hover:underline dark:text-zinc-200">
                {label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex shrink-0 items-center gap-2 md:ml-0" data-header-tools>
            <ClassLinks className="max-md:hidden md:ml-2" />
            <SiteSearch />
            <ThemeToggle />
            <MobileMenu links={SITE_LINKS} />
          </div>
        </div>
        <ClassBanner />
      </header>
      {children}
      <footer className="mt-16 border-t border-zinc-200 py-6 text-center text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">{COURSE_TITLE}</footer>
    </>
  );
}
