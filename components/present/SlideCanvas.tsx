'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import { overflows, type Overflow } from '@/lib/present/canvas';
import { useSlideOverflow } from './useCanvas';
import './present.css';

/**
 * A slide on a fixed 1280x720 canvas scaled to the box it is given (like Slidev): every screen shows the same
 * layout, so what fits on the presenter's laptop fits on the projector. The scale and centring are CSS
 * (present.css: a size container and its cq units): no measuring pass, and the slide is never hidden while a
 * script measures its box.
 * The content never scrolls; what does not fit is measured and reported (data-overflow, and `onOverflow` for the
 * presenter's warning).
 */
export function SlideCanvas({
  children,
  revision,
  label,
  className = '',
  onOverflow,
}: {
  children: ReactNode;
  /** Changes when the slide changes, so the overflow is measured again. */
  revision: unknown;
  /** The accessible name of a live canvas; previews have none. */
  label?: string;
  className?: string;
  onOverflow?: (overflow: Overflow) => void;
}) {
  const slide = useRef<HTMLDivElement>(null);
  const overflow = useSlideOverflow(slide, revision);
  useEffect(() => onOverflow?.(overflow), [overflow, onOverflow]);
  return (
    <div className={`slide-viewport ${className}`}>
      <div className="slide-canvas" data-slide-canvas data-overflow={overflows(overflow)} {...(label ? { role: 'group', 'aria-label': label } : {})}>
        <div
          ref={slide}
          className="slide prose prose-zinc max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-blue-300 prose-code:before:content-none prose-code:after:content-none"
        >
          {children}
        </div>
      </div>
    </div>
  );
}
