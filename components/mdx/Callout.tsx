import type { ReactNode } from 'react';
import { CALLOUT_TYPES, type CalloutType } from '@/lib/mdx/plugins';

export interface CalloutProps {
  type?: CalloutType;
  title?: string;
  /** Required for type="update": the reference that backs the update. */
  source?: string;
  children?: ReactNode;
}

const STYLES: Record<CalloutType, { label: string; box: string; badge: string }> = {
  info: {
    label: '참고',
    box: 'border-blue-300 bg-blue-50 dark:border-blue-800 dark:bg-blue-950/40',
    badge: 'bg-blue-700 text-white dark:bg-blue-300 dark:text-blue-950',
  },
  warning: {
    label: '주의',
    box: 'border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/40',
    badge: 'bg-amber-800 text-white dark:bg-amber-300 dark:text-amber-950',
  },
  update: {
    label: '2026 업데이트',
    box: 'border-violet-300 bg-violet-50 dark:border-violet-800 dark:bg-violet-950/40',
    badge: 'bg-violet-700 text-white dark:bg-violet-300 dark:text-violet-950',
  },
};

function sourceLabel(source: string): string {
  try {
    const url = new URL(source);
    return url.hostname + (url.pathname === '/' ? '' : url.pathname);
  } catch {
    return source;
  }
}

/** A side note (info), a pitfall (warning) or a 2026 update of the original lecture (update, with its source). */
export function Callout({ type = 'info', title, source, children }: CalloutProps) {
  if (!CALLOUT_TYPES.includes(type)) throw new Error(`<Callout type="${type}"> must be one of ${CALLOUT_TYPES.join(', ')}`);
  if (type === 'update' && !source) throw new Error(`<Callout type="update"${title ? ` title="${title}"` : ''}> needs a source="https://..." link`);
  const style = STYLES[type];
  return (
    // The aside is the prose box of the note itself (no inner wrapper: one element fewer per callout on pages held
    // to an element budget); its own heading and source lines opt out of the prose styles. The heading line is
    // semibold itself, so the title needs no element of its own.
    <aside
      className={`callout prose prose-zinc my-6 max-w-none rounded-lg border-l-4 border p-4 text-[0.95rem] dark:prose-invert prose-p:my-2 ${style.box}`}
      data-callout={type}
      aria-label={title ? `${style.label}: ${title}` : style.label}
    >
      <p className="not-prose mb-2 flex flex-wrap items-center gap-2 font-semibold">
        <span className={`rounded px-2 py-0.5 text-xs font-bold ${style.badge}`}>{style.label}</span>
        {title}
      </p>
      {children}
      {source ? (
        <p className="not-prose mt-3 text-sm">
          출처:{' '}
          <a href={source} className="break-all text-blue-800 underline dark:text-blue-300" rel="noreferrer">
            {sourceLabel(source)}
          </a>
        </p>
      ) : null}
    </aside>
  );
}
