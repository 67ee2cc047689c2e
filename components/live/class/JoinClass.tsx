'use client';
/**
 * The join form (/class, also opened from the QR code as /class?code=…): join code and nickname, the
 * server's Korean refusal shown at the field it concerns, and after joining the way back to the course.
 */
import Link from 'next/link';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { LIMITS, normalizeJoinCode, type JoinResponse } from '@/lib/live/class-protocol';
import { writeMentee } from '@/lib/live/class-membership';
import { useClassApi, useMenteeMembership } from './hooks';

const FIELD = 'mt-1 w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-lg dark:border-zinc-600 dark:bg-zinc-950';

export function JoinClass() {
  const available = useClassApi();
  const membership = useMenteeMembership();
  const [code, setCode] = useState('');
  const [nickname, setNickname] = useState('');
  const [error, setError] = useState<{ field: 'code' | 'nickname' | 'form'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get('code');
    if (fromUrl) setCode(normalizeJoinCode(fromUrl).slice(0, 12));
  }, []);

  if (available === null) return <p className="mt-8">수업 서버를 확인하는 중…</p>;
  if (!available)
    return (
      <p className="mt-8 rounded-md border border-zinc-300 p-4 dark:border-zinc-700">
        이 사이트에는 수업 서버가 없습니다. 강사가 알려 준 주소로 접속했는지 확인하세요.
      </p>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/join', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code, nickname }) });
      const body = (await response.json()) as Partial<JoinResponse> & { message?: string; error?: string };
      if (response.ok && body.classId && body.token && body.nickname) {
        writeMentee({ classId: body.classId, token: body.token, nickname: body.nickname, title: '', follow: true });
      } else {
        const field = response.status === 404 || response.status === 410 ? 'code' : response.status === 400 && body.error === 'invalid' ? 'nickname' : 'form';
        setError({ field, message: body.message ?? '참여하지 못했습니다.' });
      }
    } catch {
      setError({ field: 'form', message: '서버에 연결할 수 없습니다. 네트워크를 확인하세요.' });
    }
    setBusy(false);
  };

  if (membership) {
    return (
      <div className="mt-8 rounded-lg border border-green-300 bg-green-50 p-4 dark:border-green-800 dark:bg-green-950" data-class-joined>
        <p className="font-semibold">「{membership.nickname}」(으)로 수업에 참여했습니다.</p>
        <p className="mt-2 text-sm">화면 위 수업 표시줄에서 수업 위치를 볼 수 있습니다. 따라가기를 켜 두면 강사가 넘기는 대로 이 페이지가 이동합니다.</p>
        <p className="mt-3">
          <Link href="/" className="font-semibold text-blue-800 underline dark:text-blue-300">
            시간표로 가기
          </Link>
        </p>
      </div>
    );
  }

  const describe = (field: 'code' | 'nickname') => (error?.field === field ? `${id}-error` : undefined);
  return (
    <form onSubmit={submit} className="mt-8 space-y-5" noValidate data-join-form>
      <label className="block">
        <span className="font-semibold">참여 코드</span>
        <input
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          maxLength={12}
          required
          aria-invalid={error?.field === 'code'}
          aria-describedby={describe('code')}
          className={`${FIELD} font-mono tracking-widest uppercase`}
          name="code"
        />
      </label>
      <label className="block">
        <span className="font-semibold">닉네임</span>{' '}
        <span className="text-sm text-zinc-600 dark:text-zinc-400">({LIMITS.nicknameMax}자까지, 강사의 진행 현황판에 보입니다)</span>
        <input
          value={nickname}
          onChange={(event) => setNickname(event.target.value)}
          autoComplete="nickname"
          maxLength={LIMITS.nicknameMax + 10}
          required
          aria-invalid={error?.field === 'nickname'}
          aria-describedby={describe('nickname')}
          className={FIELD}
          name="nickname"
        />
      </label>
      {error ? (
        <p id={`${id}-error`} role="alert" className="rounded-md bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-200">
          {error.message}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="rounded-md bg-blue-700 px-5 py-2 text-lg font-semibold text-white hover:bg-blue-800 disabled:opacity-60">
        {busy ? '참여하는 중…' : '참여하기'}
      </button>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        강사라면{' '}
        <Link href="/class/new" className="text-blue-800 underline dark:text-blue-300">
          수업 열기
        </Link>
      </p>
    </form>
  );
}
