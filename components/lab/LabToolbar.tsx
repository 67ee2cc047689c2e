/** The buttons under the code: reset to starter, restore my work, then the other features' actions (actions.ts). */
import { LAB_ACTIONS, type LabActionProps } from './actions';

export const BUTTON =
  'rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-900 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

export function LabToolbar({
  hasBackup,
  notice,
  onReset,
  onRestore,
  action,
}: {
  hasBackup: boolean;
  notice: string;
  onReset(): void;
  onRestore(): void;
  action: LabActionProps;
}) {
  return (
    <>
      <div className="mt-3 flex flex-wrap gap-2" data-lab-toolbar>
        <button type="button" onClick={onReset} className={BUTTON} data-action="reset">
          처음 코드로 되돌리기
        </button>
        <button type="button" onClick={onRestore} disabled={!hasBackup} className={BUTTON} data-action="restore">
          내 작업 복원
        </button>
        {LAB_ACTIONS.map((Action, index) => (
          <Action key={index} {...action} />
        ))}
      </div>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite" data-notice>
        {notice}
      </p>
    </>
  );
}
