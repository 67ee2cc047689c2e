'use client';
/** Opens a class (title and the instructor's display name), keeps its presenter key in this browser, then shows the dashboard. */
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { LIMITS, type CreateClassResponse } from '@/lib/live/class-protocol';
import { newPresenterId, writeHost } from '@/lib/live/class-membership';
import { useClassApi } from './hooks';

const FIELD = 'mt-1 w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-lg dark:border-zinc-600 dark:bg-zinc-950';

export function OpenClass() {
  const available = useClassApi();
  const router = useRouter();
  const [title, setTitle] = useState('7주차: Docker & Kubernetes 보안 실전');
  const [name, setName] = useState('강사');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  if (available === null) return <p className="mt-8">수업 서버를 확인하는 중…</p>;
  if (!available)
    return (
      <p className="mt-8 rounded-md border border-zinc-300 p-4 dark:border-zinc-700">
        이 사이트에는 수업 서버가 없습니다. `npm start`로 띄운 서버에서 수업을 열 수 있습니다.
      </p>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const display = name.trim();
    if (!display || display.length > LIMITS.presenterNameMax) {
      setError(`강사 이름은 1~${LIMITS.presenterNameMax}자로 입력하세요.`);
      return;
    }
    setBusy(true);
    setError('');
    try {
      const response = await fetch('/api/classes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title }) });
      const body = (await response.json()) as Partial<CreateClassResponse> & { message?: string };
      if (response.status === 201 && body.classId && body.joinCode && body.presenterKey) {
        writeHost({
          classId: body.classId,
          joinCode: body.joinCode,
          presenterKey: body.presenterKey,
          title: title.trim(),
          presenterId: newPresenterId(),
          name: display,
        });
        router.push('/class/host');
        return;
      }
      setError(body.message ?? '수업을 열지 못했습니다.');
    } catch {
      setError('서버에 연결할 수 없습니다.');
    }
    setBusy(false);
  };

  return (
    <form onSubmit={submit} className="mt-8 space-y-5" noValidate data-open-class-form>
      <label className="block">
        <span className="font-semibold">수업 제목</span>
        <input
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={LIMITS.titleMax + 10}
          required
          className={FIELD}
          name="title"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'open-class-error' : undefined}
        />
      </label>
      <label className="block">
        <span className="font-semibold">강사 이름</span> <span className="text-sm text-zinc-600 dark:text-zinc-400">(공동 진행자에게 보입니다)</span>
        <input value={name} onChange={(event) => setName(event.target.value)} maxLength={LIMITS.presenterNameMax + 10} required className={FIELD} name="name" />
      </label>
      {error ? (
        <p id="open-class-error" role="alert" className="rounded-md bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="rounded-md bg-blue-700 px-5 py-2 text-lg font-semibold text-white hover:bg-blue-800 disabled:opacity-60">
        {busy ? '여는 중…' : '수업 열기'}
      </button>
    </form>
  );
}
