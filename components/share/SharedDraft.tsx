'use client';

/**
 * A shared attempt opened from a link, shown as a separate draft beside the learner's own work: editable
 * here, graded live in the same worker, never saved and never written over the saved work. It can be
 * shared on as a new link; closing it drops the link's fragment.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FileSet, LabResult } from '@/labs/exercises/types';
import { Objectives } from '@/components/lab/Objectives';
import type { LabView } from '@/components/lab/view';
import { gradeInWorker } from '@/lib/lab-runtime/grader';
import { SHARE_BUTTON, ShareLinkButton } from './ShareLinkButton';
import { useSharedDraft } from './useSharedDraft';

const GRADE_DELAY_MS = 300;

export function SharedDraft({ lab }: { lab: LabView }) {
  const starters = useMemo<FileSet>(() => Object.fromEntries(lab.files.map((file) => [file.name, file.starter])), [lab.files]);
  const { draft, close } = useSharedDraft(lab.id, starters);
  const [files, setFiles] = useState<FileSet | null>(null);
  const [result, setResult] = useState<LabResult | null>(null);
  const [gradeError, setGradeError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setFiles(draft?.ok ? draft.files : null);
    setResult(null);
    if (draft) {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus();
    }
  }, [draft]);

  useEffect(() => {
    if (!files) return;
    let current = true;
    const timer = window.setTimeout(() => {
      gradeInWorker(
        lab.id,
        lab.files.map((file) => ({ name: file.name, text: files[file.name] ?? '' })),
      ).then(
        (graded) => {
          if (!current) return;
          setResult(graded);
          setGradeError('');
        },
        (error: unknown) => {
          if (current) setGradeError(error instanceof Error ? error.message : String(error));
        },
      );
    }, GRADE_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [files, lab.id, lab.files]);

  if (!draft) return null;
  const failing = result?.objectives.filter((objective) => !objective.pass).length;
  return (
    <section
      aria-labelledby={`${lab.id}-draft`}
      className="mt-6 rounded-xl border-2 border-amber-300 bg-amber-50/60 p-4 dark:border-amber-800 dark:bg-amber-950/30"
      data-shared-draft={draft.ok ? 'open' : 'error'}
    >
      <h3 id={`${lab.id}-draft`} ref={heading} tabIndex={-1} className="text-lg font-bold outline-none">
        공유받은 시도 (초안)
      </h3>
      {!draft.ok ? (
        <p role="alert" className="mt-2 font-semibold text-red-800 dark:text-red-300" data-shared-error>
          공유 링크를 열 수 없습니다. {draft.message} 이 브라우저에 저장된 내 작업은 그대로입니다.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm">
            링크로 받은 코드를 내 작업과 따로 보여 줍니다. 여기서 고쳐 볼 수 있지만 <strong>저장되지 않고</strong>, 위 편집기의 내 작업도 바뀌지 않습니다. 고친
            내용을 남기려면 다시 링크로 공유하세요.
          </p>
          {lab.files.map((file) => (
            <div key={file.name} className="mt-3">
              <label htmlFor={`${lab.id}-draft-${file.name}`} className="font-mono text-sm font-semibold">
                {file.name}
              </label>
              <textarea
                id={`${lab.id}-draft-${file.name}`}
                value={files?.[file.name] ?? ''}
                onChange={(event) => setFiles((previous) => ({ ...(previous ?? {}), [file.name]: event.target.value }))}
                spellCheck={false}
                rows={Math.min(24, Math.max(6, (files?.[file.name] ?? '').split('\n').length + 1))}
                className="mt-1 block w-full rounded-md border border-zinc-300 bg-white p-2 font-mono text-[13px] leading-5 dark:border-zinc-600 dark:bg-zinc-950"
                data-draft-file={file.name}
              />
            </div>
          ))}
          <p className="mt-3 text-sm font-semibold" aria-live="polite" data-draft-status>
            {gradeError ||
              (failing === undefined
                ? '초안을 채점하고 있습니다…'
                : failing === 0
                  ? `초안이 목표 ${result?.objectives.length}개를 모두 통과합니다.`
                  : `초안은 목표 ${result?.objectives.length}개 중 ${failing}개를 아직 통과하지 못합니다.`)}
          </p>
          <div className="mt-2">
            <Objectives objectives={lab.objectives} outcomes={result?.objectives} />
          </div>
          {files ? (
            <div className="mt-3">
              <ShareLinkButton labId={lab.id} files={files} label="이 초안을 링크로 공유" />
            </div>
          ) : null}
        </>
      )}
      <button type="button" onClick={close} className={`${SHARE_BUTTON} mt-3`} data-action="close-draft">
        초안 닫기
      </button>
    </section>
  );
}
