import { KEY_HELP } from './keys';

/** The key list shown with "?" (closed with Esc). */
export function KeyHelp() {
  return (
    <div role="dialog" aria-label="단축키 도움말" data-key-help className="border-b border-zinc-300 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {KEY_HELP.map(([keys, action]) => (
          <div key={keys} className="contents">
            <dt className="font-mono font-semibold">{keys}</dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
