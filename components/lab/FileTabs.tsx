/** The lab's file tabs (ARIA tabs: arrow keys move between them), controlling one code panel. */
import type { LabFile } from '@/labs/exercises/types';

export function FileTabs({
  files,
  active,
  tabId,
  panelId,
  onSelect,
}: {
  files: readonly LabFile[];
  active: string;
  tabId(name: string): string;
  panelId: string;
  onSelect(name: string): void;
}) {
  return (
    <div role="tablist" aria-label="실습 파일" className="flex flex-wrap gap-1">
      {files.map((file, index) => (
        <button
          key={file.name}
          id={tabId(file.name)}
          type="button"
          role="tab"
          aria-selected={file.name === active}
          aria-controls={panelId}
          tabIndex={file.name === active ? 0 : -1}
          onClick={() => onSelect(file.name)}
          onKeyDown={(event) => {
            const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            if (step === 0) return;
            event.preventDefault();
            const next = files[(index + step + files.length) % files.length];
            onSelect(next.name);
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
  );
}
