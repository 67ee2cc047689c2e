/**
 * The learner's text of one lab: the starter until saved work is read after hydration, every edit saved at once
 * in localStorage (lib/lab-runtime/storage.ts), reset to starter / restore my work, completion, and the last
 * grading remembered with the saved text. Grading itself is useLabGrading's job; nothing here leaves the browser.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FileSet, LabResult } from '@/labs/exercises/types';
import { readRecord, resetToStarter, restoreWork, saveGrading, saveWork, sameFiles, type GradedObjective } from '@/lib/lab-runtime/storage';
import type { LabView } from './view';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export interface LabWork {
  starterFiles: FileSet;
  values: FileSet;
  /** Bumped when `values` were replaced from outside the editor (saved work read, reset, restore). */
  revision: number;
  /** Saved work has been read (false on the server and in the first render, which match). */
  loaded: boolean;
  complete: boolean;
  hasBackup: boolean;
  /** The learner has changed the text (in this visit or an earlier one): the reference solution may be shown. */
  attempted: boolean;
  /** The last grading of the saved text from an earlier visit. */
  remembered: { files: FileSet; objectives: readonly GradedObjective[] } | undefined;
  notice: string;
  edit(file: string, text: string): void;
  reset(): void;
  restore(): void;
  /** Records a grading of `files`: completion, and the objectives when `files` are still the saved text. */
  graded(files: FileSet, result: LabResult): void;
}

export function useLabWork(lab: LabView): LabWork {
  const starterFiles = useMemo<FileSet>(() => Object.fromEntries(lab.files.map((file) => [file.name, file.starter])), [lab.files]);
  const [values, setValues] = useState<FileSet>(starterFiles);
  const [revision, setRevision] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [complete, setComplete] = useState(false);
  const [hasBackup, setHasBackup] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [remembered, setRemembered] = useState<LabWork['remembered']>(undefined);
  const [notice, setNotice] = useState('');
  /** True when `values` hold an edit not yet saved. */
  const dirty = useRef(false);

  const withStarter = useCallback(
    (files: FileSet): FileSet => Object.fromEntries(lab.files.map((file) => [file.name, files[file.name] ?? file.starter])),
    [lab.files],
  );

  // Saved work (if any) replaces the starter after hydration.
  useEffect(() => {
    const storage = browserStorage();
    const record = storage ? readRecord(storage, lab.id) : undefined;
    if (record) {
      const files = withStarter(record.files);
      setValues(files);
      setRevision((r) => r + 1);
      setComplete(record.complete);
      setHasBackup(Boolean(record.backup));
      setAttempted(!sameFiles(files, starterFiles));
      if (record.graded && sameFiles(files, record.files)) setRemembered({ files, objectives: record.graded });
    }
    setLoaded(true);
  }, [lab.id, withStarter, starterFiles]);

  // Every edit is saved at once, so a reload never loses it.
  useEffect(() => {
    if (!loaded || !dirty.current) return;
    dirty.current = false;
    const storage = browserStorage();
    if (storage) saveWork(storage, lab.id, values, false, Date.now());
  }, [loaded, values, lab.id]);

  const edit = useCallback((file: string, text: string) => {
    dirty.current = true;
    setAttempted(true);
    setValues((previous) => ({ ...previous, [file]: text }));
  }, []);

  const reset = useCallback(() => {
    const storage = browserStorage();
    if (storage) setHasBackup(Boolean(resetToStarter(storage, lab.id, values, starterFiles, Date.now()).backup));
    dirty.current = false;
    setValues(starterFiles);
    setRevision((r) => r + 1);
    setNotice('처음 코드로 되돌렸습니다. "내 작업 복원"으로 이전 작업을 다시 불러올 수 있습니다.');
  }, [lab.id, values, starterFiles]);

  const restore = useCallback(() => {
    const storage = browserStorage();
    const record = storage ? restoreWork(storage, lab.id, values, Date.now()) : undefined;
    if (!record) return;
    dirty.current = false;
    setValues(withStarter(record.files));
    setRevision((r) => r + 1);
    setHasBackup(true);
    setNotice('저장해 둔 작업을 복원했습니다. 바로 전의 코드는 다시 "내 작업 복원"으로 불러올 수 있습니다.');
  }, [lab.id, values, withStarter]);

  const graded = useCallback(
    (files: FileSet, result: LabResult) => {
      if (result.complete) setComplete(true);
      const storage = browserStorage();
      // Every text other than the untouched starter is saved before it is graded, so this finds it.
      if (storage) saveGrading(storage, lab.id, files, result.objectives, result.complete);
    },
    [lab.id],
  );

  return { starterFiles, values, revision, loaded, complete, hasBackup, attempted, remembered, notice, edit, reset, restore, graded };
}
