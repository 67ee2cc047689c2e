'use client';
/**
 * The live class in the site header, in two parts that each go in with one line:
 * - ClassLinks, in the header's tool row (in the menu panel on phones, where the row has no room): "수업 참여"
 *   (and, in the browser that opened a class, the way back to its board), shown only where the class API answers
 *   (never on a static host). It sits in an existing row, so the answer arriving after the first paint moves
 *   nothing on the page.
 * - ClassBanner, a row under the header for a mentee: the class bar (where the class is, 따라가기, the quick check),
 *   loaded only then, and the notice after leaving.
 */
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useState } from 'react';
import { useClassApi, useHostMembership, useMenteeMembership } from './class/hooks';

const MenteeBar = dynamic(() => import('./class/MenteeBar'), { ssr: false });

export function ClassBanner() {
  const membership = useMenteeMembership();
  // Said after leaving, when the bar itself is gone.
  const [notice, setNotice] = useState('');
  if (membership) return <MenteeBar onLeft={setNotice} />;
  if (notice) {
    return (
      <p role="status" className="border-t border-zinc-200 px-4 py-2 text-center text-sm dark:border-zinc-800" data-class-notice>
        {notice}{' '}
        <button type="button" onClick={() => setNotice('')} className="underline">
          닫기
        </button>
      </p>
    );
  }
  return null;
}

export function ClassLinks({ className = '' }: { className?: string }) {
  const available = useClassApi();
  const host = useHostMembership();
  const mentee = useMenteeMembership();
  // A mentee's class bar has its own way to leave; "수업 참여" would only repeat it.
  if (!available || mentee) return null;
  return (
    <p className={`flex shrink-0 items-center gap-3 text-sm whitespace-nowrap ${className}`} data-class-join-link>
      {host ? (
        <Link href="/class/host" title={host.title || undefined} className="font-semibold text-blue-800 underline dark:text-blue-300" data-class-host-link>
          수업 현황판
        </Link>
      ) : null}
      <Link href="/class" className="font-semibold text-blue-800 underline dark:text-blue-300">
        수업 참여
      </Link>
    </p>
  );
}
