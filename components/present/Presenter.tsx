'use client';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { useTicker, useUrlRehearsal } from '@/components/live/hooks';
import { ClassPresenterPanel } from '@/components/live/ClassPresenterPanel';
import { usePresenterTransport } from '@/components/live/usePresenterTransport';
import {
  addShift,
  classDriftSec,
  clockAt,
  formatDrift,
  formatDuration,
  formatMinutes,
  parseRehearsal,
  rehearsalInputValue,
  type BlockStatus,
  type Shift,
} from '@/lib/live/schedule';
import { browserStorage, isFresh, readLiveState, writeLiveState } from '@/lib/live/store';
import { LIVE_VERSION, type LiveStateMessage } from '@/lib/live/sync';
import { deckKey, isControlActivation, isTypingTarget, KEY_HELP } from './keys';
import { SlideFrame } from './SlideFrame';
import type { Deck } from './types';

const STATUS: Record<BlockStatus, { label: string; className: string }> = {
  'on-time': { label: '정상 진행', className: 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200' },
  'ending-soon': { label: '마지막 5분', className: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200' },
  'over-time': { label: '시간 초과', className: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200' },
};

export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function audienceUrl(chapter: string): string {
  const at = new URLSearchParams(window.location.search).get('at');
  return `/present/${chapter}?view=audience${at ? `&at=${encodeURIComponent(at)}` : ''}`;
}

export function Presenter({ deck }: { deck: Deck }) {
  const { chapter, slides } = deck;
  const count = slides.length;
  const now = useTicker();
  const urlOffset = useUrlRehearsal();
  const { self, transport } = usePresenterTransport();
  const [slide, setSlide] = useState(0);
  const [buffer, setBuffer] = useState('');
  const [shifts, setShifts] = useState<Shift[]>([]);
  const [offsetMs, setOffsetMs] = useState(0);
  const [help, setHelp] = useState(false);
  const [ready, setReady] = useState(false);
  const [rehearsalText, setRehearsalText] = useState('');
  const [rehearsalError, setRehearsalError] = useState('');
  const message = useRef<LiveStateMessage | null>(null);

  // Restore the saved state once the URL's rehearsal clock is known.
  useEffect(() => {
    if (urlOffset === undefined || ready) return;
    const saved = readLiveState(browserStorage());
    const fresh = saved && isFresh(saved, Date.now()) ? saved : null;
    if (fresh?.chapter === chapter) setSlide(Math.min(fresh.slide, Math.max(count - 1, 0)));
    if (fresh) setShifts(fresh.shifts);
    setOffsetMs(urlOffset ?? fresh?.offsetMs ?? 0);
    setReady(true);
  }, [urlOffset, ready, chapter, count]);

  // Publish every change: storage for reloads and late windows, the transport for open ones.
  useEffect(() => {
    if (!ready) return;
    const current = slides[slide];
    const state: LiveStateMessage = {
      v: LIVE_VERSION,
      type: 'state',
      chapter,
      slide,
      section: current?.section ? { id: current.section, title: current.title } : null,
      shifts,
      offsetMs,
      sender: self || 'presenter',
      ts: Date.now(),
    };
    message.current = state;
    writeLiveState(browserStorage(), state);
    transport?.send(state);
  }, [ready, slide, shifts, offsetMs, chapter, slides, self, transport]);

  // Answer windows that open later.
  useEffect(() => {
    if (!transport) return;
    return transport.subscribe((incoming) => {
      if (incoming.type === 'hello' && message.current) transport.send({ ...message.current, ts: Date.now() });
    });
  }, [transport]);

  const openAudience = () => window.open(audienceUrl(chapter), 'w7-audience', 'popup,width=1280,height=720');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target) || isControlActivation(event.key, event.target)) return;
      const result = deckKey(event.key, slide, count, buffer);
      if (!result) return;
      event.preventDefault();
      setSlide(result.slide);
      setBuffer(result.buffer);
      if (result.command === 'audience') openAudience();
      else if (result.command === 'fullscreen') toggleFullscreen();
      else if (result.command === 'help') setHelp((open) => !open);
      else if (result.command === 'escape') setHelp(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const instant = now === null ? null : new Date(now + offsetMs);
  const clock = instant ? clockAt(instant, { shifts, presenting: chapter }) : null;
  const current = slides[slide];
  const next = slides[slide + 1];
  const rehearsing = Math.abs(offsetMs) > 5000;
  const drift = clock ? classDriftSec(clock, chapter, slide, count) : 0;
  const shift = (minutes: number) => instant && setShifts((list) => addShift(list, instant, minutes));

  const applyRehearsal = () => {
    const at = parseRehearsal(rehearsalText);
    if (!at) {
      setRehearsalError('YYYY-MM-DDTHH:MM 형식의 시각을 입력하세요 (예: 2026-12-05T10:42).');
      return;
    }
    setRehearsalError('');
    setRehearsalText('');
    setOffsetMs(at.getTime() - Date.now());
  };

  return (
    <div className="flex min-h-screen flex-col bg-zinc-100 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100" data-presenter data-slide-index={slide}>
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-zinc-300 bg-white px-4 py-2 dark:border-zinc-800 dark:bg-zinc-900">
        <h1 className="min-w-0 truncate text-base font-bold">
          <span className="text-zinc-600 dark:text-zinc-400">발표 · </span>
          {deck.title}
        </h1>
        <p className="font-mono text-sm" data-position aria-live="polite">
          슬라이드 {slide + 1} / {count}
          {buffer ? <span className="ml-2 rounded bg-blue-100 px-1 text-blue-900 dark:bg-blue-950 dark:text-blue-200">이동: {buffer}</span> : null}
        </p>
        <p className="ml-auto font-mono text-sm" data-seoul-clock>
          서울 {clock ? formatDuration(clock.nowSec) : '--:--:--'}
          {rehearsing ? <span className="ml-2 rounded bg-purple-100 px-1 font-sans text-purple-900 dark:bg-purple-950 dark:text-purple-200">리허설 시계</span> : null}
        </p>
        <button type="button" onClick={openAudience} className="rounded border border-zinc-400 px-2 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800">
          청중 화면 열기 (A)
        </button>
        <button type="button" onClick={() => setHelp((open) => !open)} aria-expanded={help} className="rounded border border-zinc-400 px-2 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800">
          단축키 (?)
        </button>
        <Link href={`/chapters/${chapter}`} className="text-sm text-blue-800 underline dark:text-blue-300">
          읽기 화면
        </Link>
      </header>
      {help ? (
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
      ) : null}
      <main className="grid flex-1 gap-4 p-4 lg:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
        <div className="min-w-0">
          <section role="region" aria-roledescription="슬라이드" aria-label={`현재 슬라이드 ${slide + 1} / ${count}`} data-stage>
            <SlideFrame key={slide} label="슬라이드 내용">
              {current?.content}
            </SlideFrame>
          </section>
          <div className="mt-3 flex items-center gap-2">
            <button type="button" onClick={() => setSlide((s) => Math.max(s - 1, 0))} className="rounded bg-zinc-200 px-3 py-1 dark:bg-zinc-800">
              ← 이전
            </button>
            <button type="button" onClick={() => setSlide((s) => Math.min(s + 1, count - 1))} className="rounded bg-zinc-200 px-3 py-1 dark:bg-zinc-800">
              다음 →
            </button>
            <p className="ml-2 text-sm text-zinc-700 dark:text-zinc-300">{current?.title}</p>
          </div>
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <ClassPresenterPanel />
          <section aria-labelledby="timer-heading" className="rounded-lg bg-white p-3 dark:bg-zinc-900" data-timer data-phase={clock?.phase}>
            <h2 id="timer-heading" className="text-sm font-bold">
              블록 타이머
            </h2>
            {clock?.current ? (
              <>
                <p className="mt-1 text-sm">
                  {clock.current.title} <span className="font-mono">({formatMinutes(clock.current.startMin)}–{formatMinutes(clock.current.endMin)})</span>
                </p>
                <p className="mt-1 font-mono text-2xl tabular-nums">
                  <span data-elapsed>{formatDuration(clock.elapsedSec)}</span> 경과 · <span data-remaining>{formatDuration(clock.remainingSec)}</span> 남음
                </p>
              </>
            ) : (
              <p className="mt-1 text-sm">
                {clock?.phase === 'before' && clock.next ? `수업 전 · ${formatMinutes(clock.next.startMin)} 시작까지 ${formatDuration(clock.untilNextSec)}` : null}
                {clock?.phase === 'after' ? '오늘 수업이 끝났습니다.' : null}
                {clock?.phase === 'break' ? '휴식 중' : null}
              </p>
            )}
            {clock ? (
              <p className="mt-2 flex flex-wrap gap-2 text-sm">
                <span className={`rounded px-2 py-0.5 font-semibold ${STATUS[clock.status].className}`} data-block-status={clock.status}>
                  {STATUS[clock.status].label}
                </span>
                <span className="rounded bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800" data-drift>
                  진행: {formatDrift(drift)}
                </span>
              </p>
            ) : null}
            {clock?.phase === 'break' && clock.next ? (
              <p className="mt-2 text-sm" data-break-note>
                청중 화면에 휴식 카운트다운이 나옵니다. 다음: {clock.next.title} ({formatDuration(clock.untilNextSec)} 후)
                {clock.next.chapter && clock.next.chapter !== chapter ? (
                  <>
                    {' '}
                    <Link href={`/present/${clock.next.chapter}`} className="text-blue-800 underline dark:text-blue-300">
                      다음 챕터 발표로
                    </Link>
                  </>
                ) : null}
              </p>
            ) : null}
          </section>
          <section aria-labelledby="shift-heading" className="rounded-lg bg-white p-3 dark:bg-zinc-900">
            <h2 id="shift-heading" className="text-sm font-bold">
              일정 조정 <span className="font-mono font-normal" data-shift-total>{clock ? `${clock.shiftMin > 0 ? '+' : ''}${clock.shiftMin}분` : ''}</span>
            </h2>
            <div className="mt-2 flex flex-wrap gap-2">
              {[-5, -1, 1, 5].map((minutes) => (
                <button
                  key={minutes}
                  type="button"
                  onClick={() => shift(minutes)}
                  aria-label={`지금부터 남은 일정을 ${Math.abs(minutes)}분 ${minutes < 0 ? '앞당기기' : '미루기'}`}
                  className="rounded border border-zinc-400 px-2 py-1 font-mono text-sm dark:border-zinc-600"
                >
                  {minutes > 0 ? `+${minutes}` : `−${-minutes}`}분
                </button>
              ))}
              <button type="button" onClick={() => setShifts([])} className="rounded border border-zinc-400 px-2 py-1 text-sm dark:border-zinc-600">
                초기화
              </button>
            </div>
          </section>
          <section aria-labelledby="next-heading" className="rounded-lg bg-white p-3 dark:bg-zinc-900">
            <h2 id="next-heading" className="text-sm font-bold">
              다음 슬라이드 {next ? `· ${next.title}` : ''}
            </h2>
            <div className="mt-2" inert data-next-preview>
              {next ? <SlideFrame key={slide + 1}>{next.content}</SlideFrame> : <p className="text-sm">마지막 슬라이드입니다.</p>}
            </div>
          </section>
          <section aria-labelledby="notes-heading" className="rounded-lg bg-white p-3 dark:bg-zinc-900" data-notes>
            <h2 id="notes-heading" className="text-sm font-bold">
              발표자 노트
            </h2>
            <div className="prose prose-sm prose-zinc mt-1 max-w-none dark:prose-invert">{current?.notes ?? <p>이 슬라이드에는 노트가 없습니다.</p>}</div>
          </section>
          <section aria-labelledby="rehearsal-heading" className="rounded-lg bg-white p-3 dark:bg-zinc-900">
            <h2 id="rehearsal-heading" className="text-sm font-bold">
              리허설 시계
            </h2>
            <div className="mt-2 flex flex-wrap items-end gap-2 text-sm">
              <label className="flex flex-col">
                <span>이 시각인 것처럼 진행 (서울)</span>
                <input
                  type="datetime-local"
                  value={rehearsalText || (instant ? rehearsalInputValue(instant) : '')}
                  onChange={(event) => setRehearsalText(event.target.value)}
                  aria-describedby={rehearsalError ? 'rehearsal-error' : undefined}
                  className="rounded border border-zinc-400 bg-white px-1 dark:border-zinc-600 dark:bg-zinc-950"
                />
              </label>
              <button type="button" onClick={applyRehearsal} className="rounded border border-zinc-400 px-2 py-1 dark:border-zinc-600">
                적용
              </button>
              <button
                type="button"
                onClick={() => {
                  setOffsetMs(0);
                  setRehearsalText('');
                  setRehearsalError('');
                }}
                className="rounded border border-zinc-400 px-2 py-1 dark:border-zinc-600"
              >
                실제 시각
              </button>
            </div>
            {rehearsalError ? (
              <p id="rehearsal-error" role="alert" className="mt-1 text-sm text-red-800 dark:text-red-300">
                {rehearsalError}
              </p>
            ) : null}
          </section>
        </div>
      </main>
    </div>
  );
}
