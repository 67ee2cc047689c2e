'use client';

/**
 * The lab's share feature, added to the workbench in one line: the "링크로 공유" button for the current
 * files, and the separate draft when the page was opened from a share link.
 */
import type { FileSet } from '@/labs/exercises/types';
import type { LabView } from '@/components/lab/view';
import { ShareLinkButton } from './ShareLinkButton';
import { SharedDraft } from './SharedDraft';

export function ShareAttempt({ lab, files }: { lab: LabView; files: FileSet }) {
  return (
    <div className="mt-3" data-share-attempt={lab.id}>
      <ShareLinkButton labId={lab.id} files={files} label="링크로 공유" />
      <SharedDraft lab={lab} />
    </div>
  );
}
