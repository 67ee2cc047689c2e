/**
 * The code area of a lab at a fixed height: the read-only code (the server-highlighted starter, or the learner's
 * saved text) with the "편집하기" control until the Monaco editor exists, then the editor in the same box, so the
 * page does not move when it arrives. Loading and disposing the editor is useEditorSlot's job.
 */
import type { FileSet, LabFile } from '@/labs/exercises/types';
import type { Finding } from '@w7/grader';
import type { EditorSlot } from './useEditorSlot';

const PHASE_STATUS: Record<EditorSlot['phase'], string> = {
  closed: '',
  loading: '편집기를 불러오는 중…',
  failed: '편집기를 불러오지 못했습니다. 다시 눌러 주세요.',
  open: '',
};

export function CodePanel({
  labId,
  labTitle,
  files,
  active,
  values,
  revision,
  starters,
  findings,
  height,
  panelId,
  labelledBy,
  slot,
  onChange,
}: {
  labId: string;
  labTitle: string;
  files: readonly LabFile[];
  active: LabFile;
  values: FileSet;
  revision: number;
  /** The server-highlighted starter of each file (shiki HTML made at build time from our own text). */
  starters: Readonly<Record<string, string>>;
  findings: Readonly<Record<string, readonly Finding[]>>;
  height: number;
  panelId: string;
  labelledBy: string;
  slot: EditorSlot;
  onChange(file: string, text: string): void;
}) {
  const { phase, Editor, ready } = slot;
  const text = values[active.name] ?? '';
  const openFromKeyboardOrMouse = () => {
    if (phase === 'closed' || phase === 'failed') slot.open(true);
  };

  return (
    <div
      id={panelId}
      role="tabpanel"
      aria-labelledby={labelledBy}
      className="relative overflow-hidden rounded-b-md rounded-tr-md border border-zinc-300 dark:border-zinc-700"
      style={{ height }}
      data-editor-phase={phase}
    >
      {!ready ? (
        <div
          className="lab-starter h-full overflow-auto"
          tabIndex={0}
          role="region"
          aria-label={`${active.name} 코드 (읽기 전용)`}
          onClick={openFromKeyboardOrMouse}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.target === event.currentTarget) openFromKeyboardOrMouse();
          }}
          data-static-code
          {...(text === active.starter ? { dangerouslySetInnerHTML: { __html: starters[active.name] ?? '' } } : { children: <pre>{text}</pre> })}
        />
      ) : null}
      {phase !== 'open' ? (
        // A row of fixed position (it lets clicks through to the code): the button keeps its place while the
        // editor loads, and the loading or error text appears beside it as a new element, so nothing shifts.
        <div className="pointer-events-none absolute top-2 right-2 left-2 z-10 flex items-center justify-end gap-2">
          {PHASE_STATUS[phase] ? (
            <span aria-hidden="true" className="rounded bg-white/90 px-1.5 py-0.5 text-xs font-medium text-zinc-800 dark:bg-zinc-900/90 dark:text-zinc-100">
              {PHASE_STATUS[phase]}
            </span>
          ) : null}
          <button
            type="button"
            onClick={openFromKeyboardOrMouse}
            onFocus={slot.preload}
            onPointerEnter={slot.preload}
            aria-disabled={phase === 'loading' ? true : undefined}
            aria-label={`편집하기: ${labTitle}`}
            className="pointer-events-auto rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white shadow hover:bg-blue-800 aria-disabled:cursor-progress aria-disabled:opacity-80 dark:bg-blue-300 dark:text-blue-950 dark:hover:bg-blue-200"
            data-action="edit"
          >
            편집하기
          </button>
          <span role="status" className="sr-only" data-editor-status>
            {PHASE_STATUS[phase]}
          </span>
        </div>
      ) : null}
      {Editor ? (
        <Editor
          labId={labId}
          files={files}
          values={values}
          revision={revision}
          active={active.name}
          findings={findings}
          autoFocus={slot.focusOnReady}
          onChange={onChange}
          onReady={slot.onReady}
        />
      ) : null}
    </div>
  );
}
