import { describe, expect, it } from 'vitest';
import { CLASS_HOURS_SCRIPT, CLASS_WINDOW } from './class-hours';
import { parseRehearsal } from './schedule';

/** Runs the head script against a stand-in document, at a device instant and a query string. */
function marked(instant: string, search = ''): boolean {
  const attributes = new Map<string, string>();
  const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } };
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(instant);
      else super(...(args as [string]));
    }
  }
  new Function('location', 'document', 'Date', CLASS_HOURS_SCRIPT)({ search }, document, FixedDate);
  return attributes.has('data-class-hours');
}

describe('CLASS_HOURS_SCRIPT', () => {
  it('spans the timetable: 10:00 to 12:00 in Seoul', () => {
    expect(CLASS_WINDOW).toEqual([600, 720]);
  });

  it('marks the document from the first block start to the last block end, on the Seoul clock', () => {
    expect(marked('2026-12-05T00:59:59Z')).toBe(false); // 09:59 KST
    expect(marked('2026-12-05T01:00:00Z')).toBe(true); // 10:00 KST
    expect(marked('2026-12-05T02:59:00Z')).toBe(true); // 11:59 KST
    expect(marked('2026-12-05T03:00:00Z')).toBe(false); // 12:00 KST
    expect(marked('2026-12-04T16:30:00Z')).toBe(false); // 01:30 KST the next day
  });

  it('reads a ?at= rehearsal time as Seoul wall clock, and ignores one that is not a time', () => {
    expect(marked('2026-12-05T05:00:00Z', '?at=2026-12-05T10:42')).toBe(true);
    expect(marked('2026-12-05T01:30:00Z', '?at=2026-12-05T09:30')).toBe(false);
    expect(marked('2026-12-05T01:30:00Z', '?view=x&at=2026-12-05T11:59:30')).toBe(true);
    expect(marked('2026-12-05T05:00:00Z', '?at=2026-12-05T25:00')).toBe(false);
    expect(marked('2026-12-05T01:30:00Z', '?at=nonsense')).toBe(true);
  });

  it('takes a rehearsal time exactly when parseRehearsal does (the box itself reads it that way)', () => {
    // Device clock at 12:30 KST, outside class: only an accepted in-class rehearsal time marks the page.
    const device = '2026-12-05T03:30:00Z';
    for (const at of [
      '2026-12-05T10:42',
      '2026-12-05T10:42:30',
      ' 2026-12-05T11:00 ',
      '2026-02-31T10:42',
      '2026-13-05T10:42',
      '2026-00-05T10:42',
      '2026-12-00T10:42',
      '2026-12-05T10:42:61',
      '2026-12-05T10:60',
      '2026-12-5T10:42',
    ]) {
      expect(marked(device, `?at=${encodeURIComponent(at)}`), at).toBe(parseRehearsal(at) !== null);
    }
  });
});
