'use client';
/**
 * Who may see the dashboard: a browser that opened the class, or a co-instructor arriving with the link
 * (#c=…&k=…&j=…&t=…, in the fragment so that it never reaches a server log), who then gives a name.
 */
import Link from 'next/link';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { LIMITS } from '@/lib/live/class-protocol';
import { newPresenterId, writeHost } from '@/lib/live/class-membership';
import { useClassApi, useHostMembership } from '../hooks';

interface Invitation {
  classId: string;
  presenterKey: string;
  joinCode: string;
  title: string;
}

function readInvitation(hash: string): Invitation | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const [classId, presenterKey, joinCode] = [params.get('c'), params.get('k'), params.get('j')];
  return classId && presenterKey && joinCode ? { classId, presenterKey, joinCode, title: params.get('t') ?? '' } : null;
}

export function HostGate({ children }: { children: ReactNode }) {
  const available = useClassApi();
  const membership = useHostMembership();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    const found = readInvitation(window.location.hash);
    if (!found) return;
    setInvitation(found);
    // The key leaves the address bar (and the history) at once.
    window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);

  if (available === false) return <p className="rounded-md border border-zinc-300 p-4 dark:border-zinc-700">이 사이트에는 수업 서버가 없습니다.</p>;
  if (invitation && invitation.classId !== membership?.classId) {
    const accept = (event: FormEvent) => {
      event.preventDefault();
      const display = name.trim();
      if (!display || display.length > LIMITS.presenterNameMax) return setError(`강사 이름은 1~${LIMITS.presenterNameMax}자로 입력하세요.`);
      writeHost({ ...invitation, presenterId: newPresenterId(), name: display });
      setInvitation(null);
    };
    return (
      <form onSubmit={accept} className="max-w-md space-y-3" data-cohost-form>
        <h1 className="text-2xl font-bold">공동 진행자로 참여</h1>
        <p>「{invitation.title || '수업'}」의 공동 진행자 링크로 들어왔습니다. 다른 강사에게 보일 이름을 입력하세요.</p>
        <label className="block">
          강사 이름
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={LIMITS.presenterNameMax + 10}
            className="mt-1 w-full rounded border border-zinc-400 px-2 py-1 dark:border-zinc-600 dark:bg-zinc-950"
            name="name"
          />
        </label>
        {error ? <p role="alert">{error}</p> : null}
        <button type="submit" className="rounded bg-blue-700 px-3 py-1 font-semibold text-white">
          참여
        </button>
      </form>
    );
  }
  if (!membership) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">수업 현황판</h1>
        <p>이 브라우저에서 연 수업이 없습니다.</p>
        <Link href="/class/new" className="font-semibold text-blue-800 underline dark:text-blue-300">
          수업 열기
        </Link>
      </div>
    );
  }
  return <>{children}</>;
}
