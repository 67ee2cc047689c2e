/**
 * The live-class clock: where the class is in the timetable at a given instant, on the
 * Asia/Seoul wall clock whatever the device's time zone. Pure functions of their inputs
 * (no Date.now(), no storage), so a fake clock or a rehearsal time drives them in tests.
 */
import { COURSE_TIME_ZONE, timetable as defaultTimetable, type Slot } from '../../content/timetable';

/** "Move the rest of the day by `minutes` from `atMinute` on" (minutes since 00:00, Seoul, on `date`). */
export interface Shift {
  date: string;
  atMinute: number;
  minutes: number;
}

export interface ScheduledSlot extends Slot {
  index: number;
  /** Minutes since 00:00 on the class day, after shifts. */
  startMin: number;
  endMin: number;
}

export type Phase = 'before' | 'block' | 'break' | 'after';
/** For a block: on time; in its last 5 minutes; or (with `presenting`) still presented after its end. */
export type BlockStatus = 'on-time' | 'ending-soon' | 'over-time';

export interface ClockState {
  /** Seoul calendar date, YYYY-MM-DD. */
  date: string;
  /** Seconds since 00:00 Seoul. */
  nowSec: number;
  phase: Phase;
  current: ScheduledSlot | null;
  next: ScheduledSlot | null;
  /** Seconds since the current slot started / until it ends (0 outside slots). */
  elapsedSec: number;
  remainingSec: number;
  /** Seconds until the class starts (phase 'before') or until the next slot starts. */
  untilNextSec: number;
  status: BlockStatus;
  /**
   * How far the class is from the schedule, in seconds, when the chapter being presented is known:
   * positive = behind (still presenting a block whose time is over), negative = ahead, 0 = in step.
   */
  driftSec: number;
  /** Total shift applied so far today, in minutes. */
  shiftMin: number;
}

export const ENDING_SOON_SEC = 5 * 60;

const seoulParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: COURSE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Seoul wall-clock date and seconds-of-day of an instant. */
export function seoulWallClock(instant: Date): { date: string; sec: number } {
  const parts = Object.fromEntries(seoulParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const sec = Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second);
  return { date, sec };
}

/** The instant of a Seoul wall-clock time (Korea has had no DST since 1988: UTC+9). */
export function seoulInstant(date: string, minuteOfDay: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 0, minuteOfDay) - 9 * 3600 * 1000);
}

export function toMinutes(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`시간 형식이 아닙니다 (HH:MM): "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function formatMinutes(min: number): string {
  const m = ((Math.round(min) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Parse a rehearsal time such as "2026-12-05T10:42" (or "...T10:42:30") as Seoul wall-clock time.
 * Returns null when the text is not such a time.
 */
export function parseRehearsal(text: string | null | undefined): Date | null {
  if (!text) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const date = `${y}-${mo}-${d}`;
  const instant = seoulInstant(date, hour * 60 + minute);
  // Reject dates like 02-31 that Date.UTC would roll over.
  if (seoulWallClock(instant).date !== date) return null;
  return new Date(instant.getTime() + second * 1000);
}

/** The day's slots with today's shifts applied, in order. A shift moves every boundary at or after its time. */
export function scheduleFor(date: string, shifts: readonly Shift[] = [], slots: readonly Slot[] = defaultTimetable): ScheduledSlot[] {
  const today = shifts.filter((s) => s.date === date && Number.isFinite(s.minutes) && Number.isFinite(s.atMinute));
  const boundary = (min: number) => {
    let t = min;
    for (const s of today) if (t >= s.atMinute) t += s.minutes;
    return t;
  };
  return slots.map((slot, index) => {
    const start = toMinutes(slot.start);
    const end = toMinutes(slot.end);
    const startMin = boundary(start);
    // A slot in progress when the shift is made keeps its start and moves its end.
    const endMin = Math.max(startMin, boundary(end));
    return { ...slot, index, startMin, endMin };
  });
}

export function clockAt(instant: Date, opts: { shifts?: readonly Shift[]; presenting?: string | null; slots?: readonly Slot[] } = {}): ClockState {
  const { date, sec } = seoulWallClock(instant);
  const slots = scheduleFor(date, opts.shifts ?? [], opts.slots ?? defaultTimetable);
  const shiftMin = (opts.shifts ?? []).filter((s) => s.date === date).reduce((a, s) => a + s.minutes, 0);
  const nowMin = sec / 60;
  const first = slots[0]!;
  const last = slots[slots.length - 1]!;
  let current: ScheduledSlot | null = null;
  let next: ScheduledSlot | null = null;
  let phase: Phase;
  if (nowMin < first.startMin) {
    phase = 'before';
    next = first;
  } else if (nowMin >= last.endMin) {
    phase = 'after';
  } else {
    current = slots.find((s) => nowMin >= s.startMin && nowMin < s.endMin) ?? null;
    if (!current) {
      // A gap left by a negative shift counts as a break before the next slot.
      next = slots.find((s) => s.startMin > nowMin) ?? null;
      phase = 'break';
    } else {
      phase = current.kind;
      next = slots[current.index + 1] ?? null;
    }
  }
  const elapsedSec = current ? Math.max(0, sec - current.startMin * 60) : 0;
  const remainingSec = current ? Math.max(0, current.endMin * 60 - sec) : 0;
  const untilNextSec = next ? Math.max(0, next.startMin * 60 - sec) : 0;

  let status: BlockStatus = current?.kind === 'block' && remainingSec <= ENDING_SOON_SEC ? 'ending-soon' : 'on-time';
  let driftSec = 0;
  if (opts.presenting) {
    const presented = slots.find((s) => s.kind === 'block' && s.chapter === opts.presenting);
    if (presented) {
      if (sec >= presented.endMin * 60) {
        driftSec = sec - presented.endMin * 60;
        status = 'over-time';
      } else if (sec < presented.startMin * 60) {
        driftSec = sec - presented.startMin * 60;
      }
    }
  }
  return { date, nowSec: sec, phase, current, next, elapsedSec, remainingSec, untilNextSec, status, driftSec, shiftMin };
}

/** A shift of `minutes` made at `instant`: it moves the rest of that day. */
export function shiftFrom(instant: Date, minutes: number): Shift {
  const { date, sec } = seoulWallClock(instant);
  return { date, atMinute: Math.floor(sec / 60), minutes };
}

/** "mm:ss" or "h:mm:ss" for a count of seconds. */
export function formatDuration(totalSec: number): string {
  const s = Math.max(0, Math.round(totalSec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mmss = `${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/**
 * Pace within the presented block, in seconds: how far the slides are behind (positive) or ahead
 * (negative) of an even pace through the block. `slide` is 0-based; 0 when the block presented is not
 * the current one or the deck is empty.
 */
export function paceSec(state: ClockState, presenting: string, slide: number, slideCount: number): number {
  const block = state.current;
  if (block?.kind !== 'block' || block.chapter !== presenting || slideCount <= 0) return 0;
  const durationSec = (block.endMin - block.startMin) * 60;
  const expected = state.elapsedSec / durationSec;
  const actual = Math.min(Math.max(slide, 0), slideCount) / slideCount;
  return Math.round((expected - actual) * durationSec);
}

/** How far the class is behind (positive) or ahead (negative): the block drift, else the pace in the block. */
export function classDriftSec(state: ClockState, presenting: string, slide: number, slideCount: number): number {
  return state.driftSec !== 0 ? state.driftSec : paceSec(state, presenting, slide, slideCount);
}

/** "예정대로", "2분 늦음", "1분 빠름" for a drift in seconds (within a minute counts as on schedule). */
export function formatDrift(driftSec: number): string {
  const minutes = Math.round(Math.abs(driftSec) / 60);
  if (minutes === 0) return '예정대로';
  return driftSec > 0 ? `${minutes}분 늦음` : `${minutes}분 빠름`;
}

/** Today's shifts plus a new shift of `minutes` made at `instant` (shifts of earlier days are dropped). */
export function addShift(shifts: readonly Shift[], instant: Date, minutes: number): Shift[] {
  const shift = shiftFrom(instant, minutes);
  return [...shifts.filter((s) => s.date === shift.date), shift];
}

/** The rehearsal clock of a URL query (`?at=2026-12-05T10:42`): ms to add to `deviceNow`, or null without a valid `at`. */
export function rehearsalOffsetMs(search: string, deviceNow: number): number | null {
  const at = parseRehearsal(new URLSearchParams(search).get('at'));
  return at ? at.getTime() - deviceNow : null;
}

/** The value of an `<input type="datetime-local">` (Seoul wall clock) for an instant. */
export function rehearsalInputValue(instant: Date): string {
  const { date, sec } = seoulWallClock(instant);
  return `${date}T${formatMinutes(Math.floor(sec / 60))}`;
}
