'use client';
/**
 * A mentee's class bar under the site header: the connection, where the class is (chapter, section, slide,
 * or the break countdown on this device's clock), 따라가기, leaving, the quick check and help answers.
 * The state comes from the shared mentee connection; navigation from ./useFollow.
 */
import Link from 'next/link';
import { timetable } from '@/content/timetable';
import { useTicker } from '@/components/live/hooks';
import { writeMentee } from '@/lib/live/class-membership';
import { clockAt, formatDuration } from '@/lib/live/schedule';
import { useMenteeClass, useMenteeMembership } from './hooks';
import { LeaveButton } from './LeaveButton';
import { MenteeCheck } from './MenteeCheck';
import { useFollow } from './useFollow';

const STATUS_TEXT = {
  connecting: '연결 중…',
  connected: '수업 중',
  offline: '다시 연결하는 중…',
  ended: '수업이 끝났습니다',
  refused: '참여가 끝났습니다',
} as const;

export default function MenteeBar({ onLeft }: { onLeft: (message: string) => void }) {
  const membership = useMenteeMembership();
  const { connection, state } = useMenteeClass();
  const now = useTicker();
  const live = state.snapshot?.live ?? null;
  useFollow(live, (membership?.follow ?? false) && state.status === 'connected');

  if (!membership || !connection) return null;
  const over = state.status === 'ended' || state.status === 'refused';
  const chapterTitle = live ? (timetable.find((slot) => slot.chapter === live.chapter)?.title ?? live.chapter) : null;
  const clock = live && now !== null ? clockAt(new Date(now + live.offsetMs), { shifts: live.shifts }) : null;
  const onBreak = clock?.phase === 'break' && clock.next;
  const setFollow = (follow: boolean) => writeMentee({ ...membership, follow });

  return (
    <div
      role="region"
      aria-label="수업"
      data-class-bar
      data-class-status={state.status}
      className="border-t border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 text-sm">
        <p className="font-semibold">
          <span aria-hidden="true" className={state.status === 'connected' ? 'text-green-700 dark:text-green-400' : 'text-zinc-500'}>
            ●{' '}
          </span>
          {STATUS_TEXT[state.status]}: {state.snapshot?.classInfo.title ?? membership.title}
          <span className="font-normal"> · {membership.nickname}</span>
        </p>
        {onBreak && clock.next ? (
          <p role="timer" aria-label="다음 블록까지 남은 시간" data-class-break>
            휴식 중 · 다음 블록까지 <span className="font-mono tabular-nums">{formatDuration(clock.untilNextSec)}</span>
          </p>
        ) : null}
        {live && chapterTitle ? (
          <p data-class-where aria-live="polite">
            지금 「{chapterTitle}」{live.section ? ` › 「${live.section.title}」` : ''} · 슬라이드 {live.slide + 1}{' '}
            <Link
              href={`/chapters/${live.chapter}${live.section ? `#${live.section.id}` : ''}`}
              className="font-semibold text-blue-800 underline dark:text-blue-300"
            >
              그 위치로 이동
            </Link>
          </p>
        ) : state.status === 'connected' ? (
          <p>강사가 발표를 시작하면 여기에 위치가 나옵니다.</p>
        ) : null}
        {over ? (
          <button
            type="button"
            onClick={() => writeMentee(null)}
            className="ml-auto rounded border border-zinc-400 px-2 py-0.5 dark:border-zinc-600"
            data-class-dismiss
          >
            닫기
          </button>
        ) : (
          <>
            <label className="ml-auto flex items-center gap-1">
              <input type="checkbox" checked={membership.follow} onChange={(event) => setFollow(event.target.checked)} data-class-follow />
              따라가기
            </label>
            <LeaveButton connection={connection} onLeft={onLeft} />
          </>
        )}
      </div>
      {state.message && state.status !== 'connected' ? (
        <p role="status" className="mx-auto max-w-7xl px-4 pb-2 text-sm">
          {state.message}
        </p>
      ) : null}
      {state.answered ? (
        <p role="status" className="mx-auto max-w-7xl px-4 pb-2 text-sm" data-help-answered>
          강사가 도움 요청을 확인했습니다.
        </p>
      ) : null}
      {state.snapshot?.check && !state.snapshot.check.closed ? (
        <MenteeCheck connection={connection} check={state.snapshot.check} myAnswer={state.snapshot.myAnswer} />
      ) : null}
    </div>
  );
}
