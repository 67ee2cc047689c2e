import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  addShift,
  classDriftSec,
  clockAt,
  formatDrift,
  formatDuration,
  formatMinutes,
  paceSec,
  parseRehearsal,
  rehearsalInputValue,
  rehearsalOffsetMs,
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
  it('turns ?at= into an offset from the device clock, and back into an input value', () => {
    const device = Date.parse('2026-11-29T03:00:00Z');
    expect(rehearsalOffsetMs('?at=2026-12-05T10:42&view=audience', device)).toBe(Date.parse('2026-12-05T01:42:00Z') - device);
    expect(rehearsalOffsetMs('?view=audience', device)).toBeNull();
    expect(rehearsalOffsetMs('?at=tomorrow', device)).toBeNull();
    expect(rehearsalInputValue(new Date('2026-12-05T01:42:59Z'))).toBe('2026-12-05T10:42');
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
  it("addShift keeps today's shifts and drops earlier days", () => {
    const old = { date: '2026-12-04', atMinute: 600, minutes: 30 };
    const first = addShift([old], at('10:10'), 5);
    expect(first).toEqual([{ date: DAY, atMinute: 610, minutes: 5 }]);
    expect(addShift(first, at('10:40', 30), -1)).toEqual([
      { date: DAY, atMinute: 610, minutes: 5 },
      { date: DAY, atMinute: 640, minutes: -1 },
    ]);
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

describe('pace within the presented block', () => {
  it('half-way through the block on the middle slide is in step', () => {
    // basics: 10:25-10:50 (25 min); 12:30 elapsed = half.
    const s = clockAt(at('10:37', 30));
    expect(paceSec(s, 'basics', 5, 10)).toBe(0);
    expect(classDriftSec(s, 'basics', 5, 10)).toBe(0);
  });
  it('an early slide late in the block is behind, a late slide early is ahead', () => {
    expect(paceSec(clockAt(at('10:45')), 'basics', 2, 10)).toBe(20 * 60 - 5 * 60);
    expect(paceSec(clockAt(at('10:25')), 'basics', 4, 10)).toBe(-10 * 60);
  });
  it('is 0 outside the presented block, in a break or for an empty deck', () => {
    expect(paceSec(clockAt(at('10:40')), 'intro', 0, 5)).toBe(0);
    expect(paceSec(clockAt(at('10:21')), 'basics', 0, 5)).toBe(0);
    expect(paceSec(clockAt(at('10:40')), 'basics', 0, 0)).toBe(0);
  });
  it('the block drift wins over the pace once the presented block is over', () => {
    const s = clockAt(at('10:53'), { presenting: 'basics' });
    expect(classDriftSec(s, 'basics', 9, 10)).toBe(180);
  });
  it('formats the drift in Korean', () => {
    expect(formatDrift(0)).toBe('예정대로');
    expect(formatDrift(29)).toBe('예정대로');
    expect(formatDrift(120)).toBe('2분 늦음');
    expect(formatDrift(-61)).toBe('1분 빠름');
  });
});

describe('day change', () => {
  it('just after midnight Seoul time is a new class day, before the class', () => {
    const s = clockAt(new Date('2026-12-05T15:00:30Z'));
    expect(s.date).toBe('2026-12-06');
    expect(s.phase).toBe('before');
    expect(s.next?.chapter).toBe('intro');
    expect(s.untilNextSec).toBe(10 * 3600 - 30);
  });
  it("yesterday's shift does not carry over to the next day", () => {
    const s = clockAt(new Date('2026-12-06T01:21:00Z'), { shifts: [shiftFrom(at('10:10'), 5)] });
    expect(s.date).toBe('2026-12-06');
    expect(s.phase).toBe('break');
    expect(s.shiftMin).toBe(0);
  });
  it('23:59:59 Seoul on the class day is after the class', () => {
    expect(clockAt(at('23:59', 59)).phase).toBe('after');
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
