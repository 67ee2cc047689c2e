'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import { CANVAS_HEIGHT, CANVAS_WIDTH, overflows, type Overflow } from '@/lib/present/canvas';
import { useFitCanvas, useSlideOverflow } from './useCanvas';
import './present.css';

/**
 * A slide on a fixed 1280x720 canvas scaled to the box it is given (like Slidev): every screen shows the same
 * layout, so what fits on the presenter's laptop fits on the projector. The content never scrolls; what does
 * not fit is measured and reported (data-overflow, and `onOverflow` for the presenter's warning).
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
  const box = useRef<HTMLDivElement>(null);
  const slide = useRef<HTMLDivElement>(null);
  const { scale, left, top } = useFitCanvas(box);
  const overflow = useSlideOverflow(slide, revision);
  useEffect(() => onOverflow?.(overflow), [overflow, onOverflow]);
  return (
    <div ref={box} className={`slide-viewport ${className}`}>
      <div
        className="slide-canvas"
        data-slide-canvas
        data-overflow={overflows(overflow)}
        style={{
          width: CANVAS_WIDTH,
          height: CANVAS_HEIGHT,
          transform: `translate(${left}px, ${top}px) scale(${scale})`,
          visibility: scale > 0 ? 'visible' : 'hidden',
        }}
        {...(label ? { role: 'group', 'aria-label': label } : {})}
      >
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
