'use client';

/** Completion marks read from localStorage (lib/lab-runtime/progress.ts): nothing on the server, then the learner's own state. */
import { useCompletedLabs } from '@/lib/lab-runtime/progress';

const BADGE = 'rounded-full bg-green-700 px-2 py-0.5 text-xs font-bold text-white dark:bg-green-300 dark:text-green-950';

/** "완료" when lab `id` is complete. */
export function LabCompleteBadge({ id }: { id: string }) {
  const done = useCompletedLabs([id]).has(id);
  return done ? (
    <span className={BADGE} data-lab-complete={id}>
      <span aria-hidden="true">✓ </span>완료
    </span>
  ) : null;
}

/** A chapter's labs in the sidebar: "실습 k/n", and "완료" when all are complete. */
export function ChapterLabMarks({ ids }: { ids: readonly string[] }) {
  const done = useCompletedLabs(ids);
  if (ids.length === 0) return null;
  const count = ids.filter((id) => done.has(id)).length;
  return (
    <span className="mt-1 flex items-center gap-1.5 text-xs text-zinc-700 dark:text-zinc-300" data-chapter-labs={`${count}/${ids.length}`}>
      <span>
        실습 {count}/{ids.length}
      </span>
      {count === ids.length ? (
        <span className={BADGE} data-chapter-complete>
          <span aria-hidden="true">✓ </span>완료
        </span>
      ) : null}
    </span>
  );
}
