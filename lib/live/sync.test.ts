import { describe, expect, it } from 'vitest';
import { newSenderId, parseMessage, parseShifts, reduceLive, type LiveStateMessage } from './sync';

const state = (over: Partial<LiveStateMessage> = {}): LiveStateMessage => ({
  v: 1,
  type: 'state',
  chapter: 'basics',
  slide: 3,
  section: { id: '기본-docker-명령어', title: '기본 Docker 명령어' },
  shifts: [{ date: '2026-12-05', atMinute: 630, minutes: 5 }],
  offsetMs: 0,
  sender: 'presenter',
  ts: 1000,
  ...over,
});

describe('parseMessage', () => {
  it('accepts a state message and survives a JSON round trip', () => {
    expect(parseMessage(JSON.parse(JSON.stringify(state())))).toEqual(state());
  });
  it('accepts a hello and drops unknown fields', () => {
    expect(parseMessage({ v: 1, type: 'hello', sender: 'a', ts: 5, extra: true })).toEqual({ v: 1, type: 'hello', sender: 'a', ts: 5 });
  });
  it('accepts a state without a section', () => {
    expect(parseMessage({ ...state(), section: null })?.type).toBe('state');
  });
  it('rejects malformed messages', () => {
    const bad: [string, unknown][] = [
      ['null', null],
      ['string', 'state'],
      ['wrong version', { ...state(), v: 2 }],
      ['unknown type', { ...state(), type: 'goto' }],
      ['empty sender', { ...state(), sender: '' }],
      ['ts not a number', { ...state(), ts: '1000' }],
      ['negative slide', { ...state(), slide: -1 }],
      ['fractional slide', { ...state(), slide: 1.5 }],
      ['empty chapter', { ...state(), chapter: '' }],
      ['bad shift date', { ...state(), shifts: [{ date: '5 Dec', atMinute: 1, minutes: 1 }] }],
      ['shift minutes NaN', { ...state(), shifts: [{ date: '2026-12-05', atMinute: 1, minutes: Number.NaN }] }],
      ['shifts not a list', { ...state(), shifts: {} }],
      ['bad section', { ...state(), section: { id: 1, title: 'x' } }],
      ['offset missing', { ...state(), offsetMs: undefined }],
    ];
    for (const [name, data] of bad) expect(parseMessage(data), name).toBeNull();
  });
  it('parseShifts validates every entry', () => {
    expect(parseShifts([{ date: '2026-12-05', atMinute: 600, minutes: -5 }])).toEqual([{ date: '2026-12-05', atMinute: 600, minutes: -5 }]);
    expect(parseShifts([{ date: '2026-12-05', atMinute: 600, minutes: -5 }, null])).toBeNull();
  });
});

describe('reduceLive', () => {
  it('takes the first state from another sender', () => {
    expect(reduceLive(null, state(), 'audience')).toEqual(state());
  });
  it('takes a newer state and keeps the current one on an older message', () => {
    const now = state({ slide: 4, ts: 2000 });
    expect(reduceLive(state(), now, 'audience')).toEqual(now);
    expect(reduceLive(now, state({ slide: 1, ts: 1500 }), 'audience')).toBe(now);
  });
  it('ignores its own messages, hellos and garbage', () => {
    const current = state();
    expect(reduceLive(current, state({ sender: 'audience', ts: 9000 }), 'audience')).toBe(current);
    expect(reduceLive(current, { v: 1, type: 'hello', sender: 'x', ts: 9000 }, 'audience')).toBe(current);
    expect(reduceLive(current, { v: 1, type: 'state' }, 'audience')).toBe(current);
  });
  it('follows a shift and a change of chapter', () => {
    const next = state({ chapter: 'container-security', slide: 0, shifts: [], ts: 3000 });
    const reduced = reduceLive(state(), next, 'audience');
    expect([reduced?.chapter, reduced?.slide, reduced?.shifts]).toEqual(['container-security', 0, []]);
  });
});

describe('newSenderId', () => {
  it('makes ids from the random source', () => {
    expect(newSenderId(() => 0)).toBe('w0');
    expect(newSenderId(() => 0.5)).toBe(`w${(2 ** 47).toString(36)}`);
  });
});
