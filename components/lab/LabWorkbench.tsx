'use client';

/**
 * The interactive part of a lab: file tabs, the Monaco editor (lazy), grading in the worker on every edit
 * (debounced), the objectives checklist, hints one at a time, the reference solution as a diff (only after
 * a first attempt), autosave in localStorage with "reset to starter" / "restore my work", and the 완료 badge.
 * The learner's text stays in the browser.
 */
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { FileSet, LabResult } from '@/labs/exercises/types';
import type { Finding } from '@w7/grader';
import { gradeInWorker, referenceInWorker } from '@/lib/labs/grader';
import { publishLabOutcome } from '@/lib/labs/outcome';
import { readRecord, resetToStarter, restoreWork, saveWork } from '@/lib/labs/storage';
import { HelpRequestButton } from '@/components/live/HelpRequestButton';
import { Objectives } from './Objectives';
import { SolutionDiff } from './SolutionDiff';
import type { LabView } from './view';

const LabEditor = dynamic(() => import('./LabEditor'), { ssr: false });

const GRADE_DELAY_MS = 300;
const BUTTON =
  'rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-900 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function sameFiles(a: FileSet, b: FileSet): boolean {
  return Object.keys(b).every((name) => a[name] === b[name]);
}

type Reference = { state: 'idle' } | { state: 'loading' } | { state: 'shown'; files: FileSet } | { state: 'error'; message: string };

export function LabWorkbench({
  lab,
  height,
  starters,
  headingLevel,
}: {
  lab: LabView;
  height: number;
  /** The server-highlighted starter of each file, shown until Monaco is ready. */
  starters: Readonly<Record<string, ReactNode>>;
  /** The level of the lab's title; the workbench's own headings are one below. */
  headingLevel: 1 | 2;
}) {
  const Subheading = headingLevel === 1 ? 'h2' : 'h3';
  const baseId = useId();
  const starterFiles = useMemo<FileSet>(() => Object.fromEntries(lab.files.map((file) => [file.name, file.starter])), [lab.files]);
  const [values, setValues] = useState<FileSet>(starterFiles);
  const [revision, setRevision] = useState(0);
  const [active, setActive] = useState(lab.files[0]?.name ?? '');
  const [result, setResult] = useState<LabResult | null>(null);
  const [gradeError, setGradeError] = useState<string | null>(null);
  const [complete, setComplete] = useState(false);
  const [hasBackup, setHasBackup] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [editorReady, setEditorReady] = useState(false);
  const [hintsShown, setHintsShown] = useState(0);
  const [reference, setReference] = useState<Reference>({ state: 'idle' });
  const [notice, setNotice] = useState('');
  /** True when `values` hold an edit not yet saved. */
  const dirty = useRef(false);
  const gradeSeq = useRef(0);

  // Saved work (if any) replaces the starter after hydration.
  useEffect(() => {
    const storage = browserStorage();
    const record = storage ? readRecord(storage, lab.id) : undefined;
    if (record) {
      const files = Object.fromEntries(lab.files.map((file) => [file.name, record.files[file.name] ?? file.starter]));
      setValues(files);
      setRevision((r) => r + 1);
      setComplete(record.complete);
      setHasBackup(Boolean(record.backup));
      setAttempted(!sameFiles(files, starterFiles));
    }
    setLoaded(true);
  }, [lab.id, lab.files, starterFiles]);

  // Save every edit at once (so a reload never loses it); grade shortly after the last change.
  useEffect(() => {
    if (!loaded) return;
    const storage = browserStorage();
    if (storage && dirty.current) {
      dirty.current = false;
      saveWork(storage, lab.id, values, false, Date.now());
    }
    const seq = ++gradeSeq.current;
    const timer = window.setTimeout(() => {
      const files = lab.files.map((file) => ({ name: file.name, text: values[file.name] ?? '' }));
      gradeInWorker(lab.id, files).then(
        (graded) => {
          if (seq !== gradeSeq.current) return;
          setResult(graded);
          setGradeError(null);
          publishLabOutcome(graded);
          if (graded.complete) {
            setComplete(true);
            if (storage && readRecord(storage, lab.id)?.complete !== true) saveWork(storage, lab.id, values, true, Date.now());
          }
        },
        (error: unknown) => {
          if (seq === gradeSeq.current) setGradeError(error instanceof Error ? error.message : String(error));
        },
      );
    }, GRADE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [loaded, values, lab.id, lab.files]);

  const onChange = useCallback((file: string, text: string) => {
    dirty.current = true;
    setAttempted(true);
    setValues((previous) => ({ ...previous, [file]: text }));
  }, []);

  const onReady = useCallback(() => setEditorReady(true), []);

  const reset = () => {
    const storage = browserStorage();
    if (storage) {
      const record = resetToStarter(storage, lab.id, values, starterFiles, Date.now());
      setHasBackup(Boolean(record.backup));
    }
    dirty.current = false;
    setValues(starterFiles);
    setRevision((r) => r + 1);
    setNotice('처음 코드로 되돌렸습니다. "내 작업 복원"으로 이전 작업을 다시 불러올 수 있습니다.');
  };

  const restore = () => {
    const storage = browserStorage();
    const record = storage ? restoreWork(storage, lab.id, values, Date.now()) : undefined;
    if (!record) return;
    dirty.current = false;
    setValues(Object.fromEntries(lab.files.map((file) => [file.name, record.files[file.name] ?? file.starter])));
    setRevision((r) => r + 1);
    setHasBackup(true);
    setNotice('저장해 둔 작업을 복원했습니다. 바로 전의 코드는 다시 "내 작업 복원"으로 불러올 수 있습니다.');
  };

  const showReference = () => {
    setReference({ state: 'loading' });
    referenceInWorker(lab.id).then(
      (files) => setReference({ state: 'shown', files }),
      (error: unknown) => setReference({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  const findings = useMemo(() => {
    const byFile: Record<string, Finding[]> = {};
    for (const fileResult of result?.result.results ?? []) {
      byFile[fileResult.file] = fileResult.findings.filter((finding) => !finding.suppressed);
    }
    return byFile;
  }, [result]);

  const failing = result ? result.objectives.filter((objective) => !objective.pass).length : undefined;
  const tabId = (name: string) => `${baseId}-tab-${name}`;
  const panelId = `${baseId}-panel`;
  const activeFile = lab.files.find((file) => file.name === active) ?? lab.files[0];
  const hintsId = `${baseId}-hints`;

  return (
    <div className="mt-6" data-lab-workbench={lab.id} data-complete={complete ? 'true' : 'false'}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div role="tablist" aria-label="실습 파일" className="flex flex-wrap gap-1">
          {lab.files.map((file) => (
            <button
              key={file.name}
              id={tabId(file.name)}
              type="button"
              role="tab"
              aria-selected={file.name === active}
              aria-controls={panelId}
              tabIndex={file.name === active ? 0 : -1}
              onClick={() => setActive(file.name)}
              onKeyDown={(event) => {
                const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                if (step === 0) return;
                event.preventDefault();
                const index = lab.files.findIndex((f) => f.name === file.name);
                const next = lab.files[(index + step + lab.files.length) % lab.files.length];
                setActive(next.name);
                document.getElementById(tabId(next.name))?.focus();
              }}
              className={`rounded-t-md border border-b-0 px-3 py-1.5 font-mono text-sm ${
                file.name === active
                  ? 'border-blue-300 bg-blue-50 font-semibold text-blue-950 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-50'
                  : 'border-zinc-200 text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800'
              }`}
            >
              {file.name}
            </button>
          ))}
        </div>
        {complete ? (
          <span className="rounded-full bg-green-700 px-3 py-1 text-sm font-bold text-white dark:bg-green-300 dark:text-green-950" data-lab-complete>
            <span aria-hidden="true">✓ </span>완료
          </span>
        ) : null}
      </div>
      <div
        id={panelId}
        role="tabpanel"
        aria-labelledby={activeFile ? tabId(activeFile.name) : undefined}
        className="relative overflow-hidden rounded-b-md rounded-tr-md border border-zinc-300 dark:border-zinc-700"
        style={{ height }}
      >
        {!editorReady ? (
          activeFile && values[activeFile.name] !== activeFile.starter ? (
            <pre className="lab-starter h-full overflow-auto p-3 font-mono text-[13px] leading-5">{values[activeFile.name]}</pre>
          ) : (
            activeFile && starters[activeFile.name]
          )
        ) : null}
        {loaded && activeFile ? (
          <LabEditor
            labId={lab.id}
            files={lab.files}
            values={values}
            revision={revision}
            active={activeFile.name}
            findings={findings}
            onChange={onChange}
            onReady={onReady}
          />
        ) : null}
      </div>
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        편집기 안에서 <kbd>Esc</kbd> 다음 <kbd>Tab</kbd>을 누르면 편집기 밖으로 이동합니다. 작업은 이 브라우저에만 자동 저장됩니다.
      </p>

      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={reset} className={BUTTON} data-action="reset">
          처음 코드로 되돌리기
        </button>
        <button type="button" onClick={restore} disabled={!hasBackup} className={BUTTON} data-action="restore">
          내 작업 복원
        </button>
      </div>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite" data-notice>
        {notice}
      </p>

      <Subheading className="mt-6 text-lg font-bold">목표</Subheading>
      <p className="mt-1 text-sm" aria-live="polite" data-lab-status>
        {gradeError
          ? gradeError
          : failing === undefined
            ? '채점을 준비하고 있습니다…'
            : failing === 0
              ? `목표 ${result?.objectives.length}개를 모두 통과했습니다.`
              : `목표 ${result?.objectives.length}개 중 ${failing}개가 아직 통과하지 못했습니다.`}
      </p>
      <div className="mt-3">
        <Objectives objectives={lab.objectives} outcomes={result?.objectives} />
      </div>
      <HelpRequestButton labId={lab.id} />

      {lab.hints.length > 0 ? (
        <>
          <Subheading className="mt-6 text-lg font-bold">힌트</Subheading>
          <ol id={hintsId} className="mt-2 list-decimal space-y-1 pl-6" data-hints>
            {lab.hints.slice(0, hintsShown).map((hint, index) => (
              <li key={index}>{hint}</li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => setHintsShown((n) => Math.min(n + 1, lab.hints.length))}
            disabled={hintsShown >= lab.hints.length}
            aria-controls={hintsId}
            className={`${BUTTON} mt-2`}
            data-action="hint"
          >
            {hintsShown >= lab.hints.length ? `힌트를 모두 보았습니다 (${lab.hints.length}/${lab.hints.length})` : `힌트 보기 (${hintsShown + 1}/${lab.hints.length})`}
          </button>
        </>
      ) : null}

      <Subheading className="mt-6 text-lg font-bold">모범 답안</Subheading>
      {reference.state === 'shown' ? (
        <div className="mt-2">
          <SolutionDiff names={lab.files.map((file) => file.name)} mine={values} reference={reference.files} />
        </div>
      ) : (
        <>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            {attempted ? '직접 고쳐 본 코드와 모범 답안의 차이를 볼 수 있습니다.' : '코드를 한 번 고쳐 본 뒤에 모범 답안을 볼 수 있습니다.'}
          </p>
          <button type="button" onClick={showReference} disabled={!attempted || reference.state === 'loading'} className={`${BUTTON} mt-2`} data-action="solution">
            {reference.state === 'loading' ? '불러오는 중…' : '모범 답안 보기'}
          </button>
          {reference.state === 'error' ? <p className="mt-2 text-sm text-red-800 dark:text-red-300">{reference.message}</p> : null}
        </>
      )}
    </div>
  );
}
