import type { ReactNode } from 'react';

/** Speaker notes in the presenter's panel; `prose` marks a section's reading text standing in for missing notes. */
export function SpeakerNotes({ prose, children }: { prose?: boolean; children?: ReactNode }) {
  return (
    <div data-speaker-notes={prose ? 'prose' : 'notes'}>
      {prose ? <p className="text-xs font-semibold text-zinc-600 dark:text-zinc-400">이 섹션에는 노트가 없어 읽기 화면의 본문을 보여 줍니다.</p> : null}
      {children}
    </div>
  );
}
