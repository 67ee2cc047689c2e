'use client';

/**
 * Marks the chapter as read when the reader reaches its end (this invisible marker sits at the top of the
 * closing quiz). Only a flag and a time go to localStorage.
 */
import { useEffect, useRef } from 'react';
import { browserStorage } from '@/lib/progress/events';
import { markRead } from '@/lib/progress/reading';

export function ReadMarker({ chapter }: { chapter: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const element = ref.current;
    const storage = browserStorage();
    if (!element || !storage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        markRead(storage, chapter, Date.now());
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [chapter]);
  return <span ref={ref} aria-hidden="true" className="block h-px" data-read-marker={chapter} />;
}
