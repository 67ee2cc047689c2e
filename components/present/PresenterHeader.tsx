import Link from 'next/link';
import { formatDuration, type ClockState } from '@/lib/live/schedule';

const BUTTON = 'rounded border border-zinc-400 px-2 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800';

/** The presenter's top bar: title, position (with the digits typed so far), the Seoul clock and the window actions. */
export function PresenterHeader(props: {
  title: string;
  chapter: string;
  slide: number;
  count: number;
  buffer: string;
  clock: ClockState | null;
  rehearsing: boolean;
  help: boolean;
  onAudience: () => void;
  onHelp: () => void;
}) {
  const { title, chapter, slide, count, buffer, clock, rehearsing, help } = props;
  return (
    <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-zinc-300 bg-white px-4 py-2 dark:border-zinc-800 dark:bg-zinc-900">
      <h1 className="min-w-0 truncate text-base font-bold">
        <span className="text-zinc-600 dark:text-zinc-400">발표 · </span>
        {title}
      </h1>
      <p className="font-mono text-sm" data-position aria-live="polite">
        슬라이드 {slide + 1} / {count}
        {buffer ? <span className="ml-2 rounded bg-blue-100 px-1 text-blue-900 dark:bg-blue-950 dark:text-blue-200">이동: {buffer}</span> : null}
      </p>
      <p className="ml-auto font-mono text-sm" data-seoul-clock>
        서울 {clock ? formatDuration(clock.nowSec) : '--:--:--'}
        {rehearsing ? (
          <span className="ml-2 rounded bg-purple-100 px-1 font-sans text-purple-900 dark:bg-purple-950 dark:text-purple-200">리허설 시계</span>
        ) : null}
      </p>
      <button type="button" onClick={props.onAudience} className={BUTTON}>
        청중 화면 열기 (A)
      </button>
      <button type="button" onClick={props.onHelp} aria-expanded={help} className={BUTTON}>
        단축키 (?)
      </button>
      <Link href={`/chapters/${chapter}`} className="text-sm text-blue-800 underline dark:text-blue-300">
        읽기 화면
      </Link>
    </header>
  );
}
