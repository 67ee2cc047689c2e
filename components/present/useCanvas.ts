'use client';
/**
 * Client hook of the slide canvas: the overflow of the current slide's content, measured once fonts and layout
 * settle. (The scale that fits the canvas into its box is CSS: present.css.)
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { measureOverflow, type Overflow } from '@/lib/present/canvas';

/** Blocks that scroll on their own inside a slide: code, wide tables, wide diagrams. */
const INNER_SCROLLERS = 'pre, .table-scroll, .w7-diagram__svg';

const NO_OVERFLOW: Overflow = { bottom: 0, right: 0, scrolled: 0 };

/** The overflow of `slide`'s content; `revision` changes when the content does (the slide index). */
export function useSlideOverflow(slide: RefObject<HTMLElement | null>, revision: unknown): Overflow {
  const [overflow, setOverflow] = useState<Overflow>(NO_OVERFLOW);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` is the trigger: measure again when the slide's content changes
  useLayoutEffect(() => {
    const element = slide.current;
    if (!element) return;
    let cancelled = false;
    const measure = () => {
      if (cancelled) return;
      const next = measureOverflow(element, [...element.querySelectorAll<HTMLElement>(INNER_SCROLLERS)]);
      setOverflow((current) => (current.bottom === next.bottom && current.right === next.right && current.scrolled === next.scrolled ? current : next));
    };
    measure();
    // Web fonts and inlined SVGs can change the layout after the first paint.
    void document.fonts?.ready.then(measure);
    const observer = new ResizeObserver(measure);
    for (const child of element.children) observer.observe(child);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [slide, revision]);
  return overflow;
}
