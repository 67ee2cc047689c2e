'use client';
/**
 * The instructor's class dashboard (/class/host): how to join, the presenters and who drives, links to
 * present each chapter to the class, the progress board, the help queue, quick checks, and ending the class.
 */
import Link from 'next/link';
import type { BoardLab } from '@/lib/live/board';
import type { QuizQuestion } from '@/lib/quiz/types';
import { DriverStatus } from '../DriverStatus';
import { useHostClass } from '../hooks';
import { EndClass } from './EndClass';
import { HelpQueue } from './HelpQueue';
import { HostGate } from './HostGate';
import { JoinInfo } from './JoinInfo';
import { ProgressBoard } from './ProgressBoard';
import { QuickCheckPanel } from './QuickCheckPanel';

const STATUS = {
  connecting: '연결 중…',
  connected: '연결됨',
  offline: '연결이 끊겨 다시 연결하는 중…',
  ended: '끝난 수업',
  refused: '연결이 거부되었습니다',
} as const;

export interface DashboardProps {
  labs: readonly BoardLab[];
  chapters: readonly { id: string; title: string }[];
  questions: Readonly<Record<string, QuizQuestion[]>>;
}

export function HostDashboard(props: DashboardProps) {
  return (
    <HostGate>
      <Dashboard {...props} />
    </HostGate>
  );
}

function Dashboard({ labs, chapters, questions }: DashboardProps) {
  const { connection, state } = useHostClass();
  if (!connection) return null;
  const title = state.classInfo?.title ?? connection.membership.title;

  return (
    <div className="space-y-6" data-host-dashboard={state.status}>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <p role="status" className="text-sm" data-host-status>
          {STATUS[state.status]}
          {state.message && state.status !== 'connected' ? ` · ${state.message}` : ''}
        </p>
        <EndClass state={state} connection={connection} />
      </div>
      {state.status === 'ended' ? null : (
        <>
          <JoinInfo membership={connection.membership} />
          <section aria-labelledby="present-heading" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-700">
            <h2 id="present-heading" className="text-xl font-bold">
              발표
            </h2>
            <p className="mt-1 text-sm">이 브라우저에서 연 발표 화면이 수업으로 챕터, 슬라이드, 일정 조정, 휴식, 리허설 시계를 보냅니다.</p>
            <ul className="mt-2 flex flex-wrap gap-2">
              {chapters.map((chapter) => (
                <li key={chapter.id}>
                  <Link
                    href={`/present/${chapter.id}`}
                    className="inline-block rounded border border-zinc-400 px-2 py-1 text-sm underline dark:border-zinc-600"
                  >
                    {chapter.title}
                  </Link>
                </li>
              ))}
            </ul>
            <div className="mt-3">
              <DriverStatus state={state} connection={connection} />
            </div>
          </section>
          <ProgressBoard state={state} labs={labs} />
          <div className="grid gap-6 xl:grid-cols-2">
            <HelpQueue state={state} connection={connection} labs={labs} />
            <QuickCheckPanel state={state} connection={connection} questions={questions} />
          </div>
        </>
      )}
    </div>
  );
}
