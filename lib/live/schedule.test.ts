import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  clockAt,
  formatDuration,
  formatMinutes,
  parseRehearsal,
  scheduleFor,
  seoulInstant,
  seoulWallClock,
  shiftFrom,
} from './schedule';

const DAY = '2026-12-05';
/** A Seoul wall-clock time on the class day. */
const at = (hhmm: string, sec = 0) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Date(seoulInstant(DAY, h * 60 + m).getTime() + sec * 1000);
};

describe('Seoul wall clock', () => {
  it('reads Seoul time from a UTC instant, whatever the device zone', () => {
    expect(seoulWallClock(new Date('2026-12-05T01:42:00Z'))).toEqual({ date: '2026-12-05', sec: 10 * 3600 + 42 * 60 });
  });
  it('crosses the date line: 15:30 UTC is the next day in Seoul', () => {
    expect(seoulWallClock(new Date('2026-12-04T15:30:00Z'))).toEqual({ date: '2026-12-05', sec: 30 * 60 + 3600 * 0 });
  });
  it('gives the same answer when the device is in another time zone', () => {
    const script = `import { clockAt, parseRehearsal } from ${JSON.stringify(new URL('./schedule.ts', import.meta.url).pathname)};
const s = clockAt(parseRehearsal('2026-12-05T10:42'));
console.log(JSON.stringify([new Date(2026, 0, 1).getTimezoneOffset(), s.current.chapter, s.elapsedSec]));`;
    for (const tz of ['America/Los_Angeles', 'Europe/Berlin', 'UTC']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      const [offset, chapter, elapsed] = JSON.parse(out) as [number, string, number];
      expect(offset, tz).toBe(tz === 'America/Los_Angeles' ? 480 : tz === 'Europe/Berlin' ? -60 : 0);
      expect([chapter, elapsed], tz).toEqual(['basics', 17 * 60]);
    }
  });
  it('parses a rehearsal time as Seoul time', () => {
    expect(parseRehearsal('2026-12-05T10:42')?.toISOString()).toBe('2026-12-05T01:42:00.000Z');
    expect(parseRehearsal('2026-12-05T10:42:30')?.toISOString()).toBe('2026-12-05T01:42:30.000Z');
  });
  it('rejects malformed rehearsal times', () => {
    for (const bad of ['', '10:42', '2026-12-05 10:42', '2026-13-05T10:42', '2026-02-31T10:00', '2026-12-05T24:00', 'x']) {
      expect(parseRehearsal(bad), bad).toBeNull();
    }
  });
});

describe('clockAt without shifts', () => {
  it('before 10:00 the class has not started and the first block is next', () => {
    const s = clockAt(at('09:50'));
    expect(s.phase).toBe('before');
    expect(s.current).toBeNull();
    expect(s.next?.chapter).toBe('intro');
    expect(s.untilNextSec).toBe(600);
  });
  it('at exactly 10:00 the first block starts', () => {
    const s = clockAt(at('10:00'));
    expect(s.phase).toBe('block');
    expect(s.current?.chapter).toBe('intro');
    expect(s.elapsedSec).toBe(0);
    expect(s.remainingSec).toBe(20 * 60);
    expect(s.status).toBe('on-time');
    expect(s.next?.kind).toBe('break');
  });
  it('the last 5 minutes of a block are "ending-soon"', () => {
    expect(clockAt(at('10:14', 59)).status).toBe('on-time');
    expect(clockAt(at('10:15')).status).toBe('ending-soon');
  });
  it('10:20 is a break until 10:25, then the basics block', () => {
    const brk = clockAt(at('10:21'));
    expect(brk.phase).toBe('break');
    expect(brk.current?.start).toBe('10:20');
    expect(brk.next?.chapter).toBe('basics');
    expect(brk.remainingSec).toBe(4 * 60);
    expect(clockAt(at('10:24', 59)).phase).toBe('break');
    const blk = clockAt(at('10:25'));
    expect(blk.phase).toBe('block');
    expect(blk.current?.chapter).toBe('basics');
  });
  it('the long break is 10:50-11:00', () => {
    const s = clockAt(at('10:55'));
    expect(s.phase).toBe('break');
    expect(s.remainingSec).toBe(300);
    expect(s.next?.chapter).toBe('container-security');
  });
  it('the last block ends at 12:00, then the class is over', () => {
    expect(clockAt(at('11:59', 59)).current?.chapter).toBe('hands-on');
    const after = clockAt(at('12:00'));
    expect(after.phase).toBe('after');
    expect(after.current).toBeNull();
    expect(after.next).toBeNull();
  });
});

describe('shifts', () => {
  it('a shift in the middle of a block extends that block and moves the rest of the day', () => {
    const shift = shiftFrom(at('10:10'), 5);
    expect(shift).toEqual({ date: DAY, atMinute: 10 * 60 + 10, minutes: 5 });
    const slots = scheduleFor(DAY, [shift]);
    expect(slots.map((s) => [formatMinutes(s.startMin), formatMinutes(s.endMin)])).toEqual([
      ['10:00', '10:25'],
      ['10:25', '10:30'],
      ['10:30', '10:55'],
      ['10:55', '11:05'],
      ['11:05', '11:30'],
      ['11:30', '11:35'],
      ['11:35', '11:55'],
      ['11:55', '12:00'],
      ['12:00', '12:05'],
    ]);
    const s = clockAt(at('10:21'), { shifts: [shift] });
    expect(s.phase).toBe('block');
    expect(s.current?.chapter).toBe('intro');
    expect(s.remainingSec).toBe(4 * 60);
    expect(s.shiftMin).toBe(5);
  });
  it('a negative shift pulls the rest of the day earlier', () => {
    const shift = shiftFrom(at('10:30'), -5);
    const s = clockAt(at('10:46'), { shifts: [shift] });
    expect(s.phase).toBe('break');
    expect(s.next?.chapter).toBe('container-security');
    expect(s.untilNextSec).toBe(9 * 60);
  });
  it('shifts accumulate', () => {
    const s = clockAt(at('12:05'), { shifts: [shiftFrom(at('10:10'), 5), shiftFrom(at('11:00'), 3)] });
    expect(s.phase).toBe('block');
    expect(s.current?.chapter).toBe('hands-on');
    expect(s.shiftMin).toBe(8);
    expect(s.remainingSec).toBe(3 * 60);
  });
  it("a shift made on another day does not move today's schedule", () => {
    const yesterday = { date: '2026-12-04', atMinute: 600, minutes: 30 };
    const s = clockAt(at('10:21'), { shifts: [yesterday] });
    expect(s.phase).toBe('break');
    expect(s.shiftMin).toBe(0);
  });
});

describe('drift against the presented chapter', () => {
  it('presenting a block after its end is over time, by how much', () => {
    const s = clockAt(at('10:52'), { presenting: 'basics' });
    expect(s.status).toBe('over-time');
    expect(s.driftSec).toBe(120);
  });
  it('presenting the next block early is ahead (negative drift)', () => {
    const s = clockAt(at('10:55'), { presenting: 'container-security' });
    expect(s.driftSec).toBe(-300);
    expect(s.status).toBe('on-time');
  });
  it('presenting the current block is in step', () => {
    expect(clockAt(at('11:10'), { presenting: 'container-security' }).driftSec).toBe(0);
  });
});

describe('formatting', () => {
  it('formats durations and minutes', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(299)).toBe('04:59');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatMinutes(10 * 60 + 5)).toBe('10:05');
  });
});
