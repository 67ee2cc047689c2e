'use client';
/**
 * In the presenter view, when this browser hosts an open class: the class, its connection, who drives and
 * the take-over. The presenter's states reach the class through usePresenterTransport. Inserted with one line.
 */
import Link from 'next/link';
import { DriverStatus } from './class/DriverStatus';
import { useHostClass } from './class/hooks';

const STATUS = { connecting: '연결 중', connected: '연결됨', offline: '다시 연결하는 중', ended: '끝난 수업', refused: '연결 거부' } as const;

export function ClassPresenterPanel() {
  const { connection, state } = useHostClass();
  if (!connection) return null;
  return (
    <section aria-labelledby="class-panel-heading" className="rounded-lg bg-white p-3 dark:bg-zinc-900" data-class-presenter={state.status}>
      <h2 id="class-panel-heading" className="text-sm font-bold">
        수업 · {state.classInfo?.title ?? connection.membership.title} <span className="font-normal">({STATUS[state.status]})</span>
      </h2>
      <p className="mt-1 text-sm">
        참여 코드 <span className="font-mono font-semibold">{connection.membership.joinCode}</span> · 멘티 {state.members.length}명 ·{' '}
        <Link href="/class/host" className="text-blue-800 underline dark:text-blue-300">
          현황판
        </Link>
      </p>
      <div className="mt-2">
        <DriverStatus state={state} connection={connection} />
      </div>
    </section>
  );
}
