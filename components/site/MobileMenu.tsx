'use client';
/**
 * The header menu on narrow screens: the site links and the day's timetable (every chapter with its time), in a
 * panel under the header. Closes on Escape, on a click outside and when a link is followed; wide screens use
 * the header links and the sidebar instead. The panel's links exist only while it is open: every chapter page
 * already lists the timetable in its sidebar, and closed they would only add elements to hydrate.
 */
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { ClassLinks } from '@/components/live/ClassBanner';
import { timetable } from '@/content/timetable';
import { timeRange } from '@/lib/time';
import { slashBreaks } from './slashBreaks';

export function MobileMenu({ links }: { links: readonly (readonly [string, string])[] }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const pathname = usePathname();

  // A followed link changes the path: the menu has done its job.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `pathname` is the trigger: close after navigation
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div ref={root} className="md:hidden" data-mobile-menu>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-1 whitespace-nowrap rounded-md border border-zinc-300 px-2.5 py-1.5 text-sm font-semibold text-zinc-800 dark:border-zinc-700 dark:text-zinc-200"
      >
        <span aria-hidden="true">{open ? '✕' : '☰'}</span>
        메뉴
      </button>
      <nav
        id={panelId}
        aria-label="사이트 메뉴"
        hidden={!open}
        className="absolute inset-x-0 top-full max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-zinc-200 bg-white px-4 pb-4 shadow-lg dark:border-zinc-800 dark:bg-zinc-950"
      >
        {open ? <MenuPanel links={links} pathname={pathname} close={() => setOpen(false)} /> : null}
      </nav>
    </div>
  );
}

/** The panel's links: rendered only while the menu is open (the sidebar has the same list on every page). */
function MenuPanel({ links, pathname, close }: { links: readonly (readonly [string, string])[]; pathname: string; close: () => void }) {
  return (
    <>
      <ul className="flex flex-wrap gap-2 border-b border-zinc-200 py-3 text-sm font-semibold dark:border-zinc-800">
        {links.map(([href, label]) => (
          <li key={href}>
            <Link
              href={href}
              onClick={close}
              className="block whitespace-nowrap rounded-md bg-zinc-100 px-3 py-1.5 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100"
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
      <ClassLinks className="border-b border-zinc-200 py-3 dark:border-zinc-800" />
      <h2 className="mt-3 text-xs font-bold uppercase tracking-wider text-zinc-600 dark:text-zinc-400">
        <Link href="/" onClick={close} className="hover:underline">
          시간표
        </Link>
      </h2>
      <ol className="mt-1 space-y-0.5">
        {timetable
          .filter((slot) => slot.kind === 'block' && slot.chapter)
          .map((slot) => {
            const href = `/chapters/${slot.chapter}`;
            return (
              <li key={slot.start}>
                <Link
                  href={href}
                  onClick={close}
                  aria-current={pathname === href ? 'page' : undefined}
                  className={`flex gap-3 rounded-md px-2 py-2 text-sm ${pathname === href ? 'bg-blue-50 font-semibold text-blue-900 dark:bg-blue-950 dark:text-blue-100' : 'text-zinc-800 dark:text-zinc-200'}`}
                >
                  <span className="shrink-0 font-mono text-xs leading-5 text-zinc-600 dark:text-zinc-400">{timeRange(slot.start, slot.end)}</span>
                  <span>{slashBreaks(slot.title)}</span>
                </Link>
              </li>
            );
          })}
      </ol>
    </>
  );
}
