'use client';
/**
 * 따라가기: while on, the page moves to the chapter and section the instructor presents, each time the class
 * moves there: not again on every state or page change, so a mentee may open a lab or read back until the
 * class moves on.
 */
import { usePathname, useRouter } from 'next/navigation';
import { useEffect } from 'react';
import type { LiveStateMessage } from '@/lib/live/sync';

const FOLLOWED_KEY = 'w7.class.followed.v1';

function lastFollowed(): string | null {
  try {
    return window.sessionStorage.getItem(FOLLOWED_KEY);
  } catch {
    return null;
  }
}

function remember(position: string): void {
  try {
    window.sessionStorage.setItem(FOLLOWED_KEY, position);
  } catch {
    // Without sessionStorage the page follows every state it sees.
  }
}

export function useFollow(live: LiveStateMessage | null, follow: boolean): void {
  const router = useRouter();
  const pathname = usePathname();
  const chapter = live?.chapter;
  const sectionId = live?.section?.id ?? '';

  useEffect(() => {
    if (!follow || !chapter) return;
    const position = `${chapter}#${sectionId}`;
    const path = `/chapters/${chapter}`;
    // Moved to already: the mentee may read elsewhere until the class moves on.
    if (lastFollowed() === position) return;
    remember(position);
    if (pathname === path) {
      const target = sectionId ? document.getElementById(sectionId) : null;
      if (target) {
        window.history.replaceState(window.history.state, '', `#${encodeURIComponent(sectionId)}`);
        target.scrollIntoView({ block: 'start' });
      } else {
        window.scrollTo({ top: 0 });
      }
    } else {
      router.push(`${path}${sectionId ? `#${encodeURIComponent(sectionId)}` : ''}`);
    }
  }, [follow, chapter, sectionId, pathname, router]);
}
