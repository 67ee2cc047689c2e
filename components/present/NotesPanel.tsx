import type { ReactNode } from 'react';

/** The speaker notes of the current slide (its own, then its section's; the section's prose where it has none). */
export function NotesPanel({ notes }: { notes: ReactNode }) {
  return (
    <section aria-labelledby="notes-heading" className="rounded-lg bg-white p-3 dark:bg-zinc-900" data-notes>
      <h2 id="notes-heading" className="text-sm font-bold">
        발표자 노트
      </h2>
      <div className="prose prose-sm prose-zinc mt-1 max-w-none dark:prose-invert">{notes ?? <p>이 슬라이드에는 노트가 없습니다.</p>}</div>
    </section>
  );
}
