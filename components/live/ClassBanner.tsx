'use client';
/**
 * The live class in the site header: for a mentee, the class bar (where the class is, 따라가기, the quick
 * check), loaded only then; otherwise a "수업 참여" link (and, in the browser that opened a class, the way back to
 * its dashboard), shown only where the class API answers (never on a static host). Inserted into the header with
 * one line.
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
  return <JoinLink />;
}

function JoinLink() {
  const available = useClassApi();
  const host = useHostMembership();
  if (!available) return null;
  return (
    <div className="border-t border-zinc-200 dark:border-zinc-800" data-class-join-link>
      <p className="mx-auto flex max-w-7xl justify-end gap-4 px-4 py-1 text-sm">
        {host ? (
          <Link href="/class/host" className="font-semibold text-blue-800 underline dark:text-blue-300" data-class-host-link>
            수업 현황판: {host.title || '수업'}
          </Link>
        ) : null}
        <Link href="/class" className="font-semibold text-blue-800 underline dark:text-blue-300">
          수업 참여
        </Link>
      </p>
    </div>
  );
}
