import type { ReactNode } from 'react';
import './present.css';

/** A slide at a fixed 16:9 size: its content scrolls inside, the page never moves when slides change. */
export function SlideFrame({ children, className = '', label }: { children: ReactNode; className?: string; label?: string }) {
  // A labelled frame is the live one: focusable, so that a long slide can be scrolled from the keyboard.
  return (
    <div {...(label ? { tabIndex: 0, role: 'group', 'aria-label': label } : {})} className={`slide-frame rounded-lg border border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900 ${className}`}>
      <div className="slide prose prose-zinc max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-blue-300 prose-code:before:content-none prose-code:after:content-none">
        {children}
      </div>
    </div>
  );
}
