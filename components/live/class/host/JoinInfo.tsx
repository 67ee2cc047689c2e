'use client';
/** How mentees join (code, QR code, address) and the co-instructor link (which carries the presenter key). */
import { useEffect, useState } from 'react';
import type { HostMembership } from '@/lib/live/class-membership';
import { QrCode } from './QrCode';

export function coHostLink(origin: string, membership: HostMembership): string {
  const fragment = new URLSearchParams({ c: membership.classId, k: membership.presenterKey, j: membership.joinCode, t: membership.title });
  return `${origin}/class/host#${fragment.toString()}`;
}

export function JoinInfo({ membership }: { membership: HostMembership }) {
  const [origin, setOrigin] = useState('');
  const [showKey, setShowKey] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  const joinUrl = `${origin}/class?code=${membership.joinCode}`;

  return (
    <section aria-labelledby="join-heading" className="grid gap-4 rounded-lg border border-zinc-200 p-4 sm:grid-cols-[1fr_auto] dark:border-zinc-700">
      <div>
        <h2 id="join-heading" className="text-xl font-bold">
          참여 방법
        </h2>
        <p className="mt-2">참여 코드</p>
        <p className="font-mono text-5xl font-bold tracking-[0.2em]" data-join-code>
          {membership.joinCode}
        </p>
        <p className="mt-3">참여 주소</p>
        <p className="font-mono break-all" data-join-url>
          {origin ? joinUrl : ''}
        </p>
        <div className="mt-4 text-sm">
          <button type="button" onClick={() => setShowKey((shown) => !shown)} aria-expanded={showKey} className="underline">
            공동 진행자 링크 {showKey ? '숨기기' : '보기'}
          </button>
          {showKey ? (
            <p className="mt-1 rounded bg-amber-50 p-2 dark:bg-amber-950">
              이 링크를 가진 사람은 이 수업을 진행할 수 있습니다. 공동 진행자에게만 전하세요.
              <span className="mt-1 block font-mono break-all" data-cohost-link>
                {coHostLink(origin, membership)}
              </span>
            </p>
          ) : null}
        </div>
      </div>
      {origin ? <QrCode text={joinUrl} label={`참여 주소 QR 코드: ${joinUrl}`} /> : null}
    </section>
  );
}
