import { describe, expect, it } from 'vitest';
import type { MenteeSnapshot, PresenterSnapshot, ProgressRow, PublicCheck } from './class-protocol';
import { initialHost, initialMentee, reduceHost, reduceMentee, type ConnectionEvent, type HostState } from './class-state';
import type { LiveStateMessage } from './sync';

const live = (slide: number, ts: number): LiveStateMessage => ({
  v: 1,
  type: 'state',
  chapter: 'basics',
  slide,
  section: null,
  shifts: [],
  offsetMs: 0,
  sender: 'class',
  ts,
});
const check = (id: string, revealed = false): PublicCheck => ({
  id,
  prompt: '질문',
  kind: 'choice',
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
  startedAt: 1,
  reveal: revealed ? { correct: ['a'], explanations: { a: '맞음', b: '틀림' } } : null,
  closed: false,
});
const menteeSnapshot: MenteeSnapshot = {
  role: 'mentee',
  classInfo: { id: 'c', title: '수업' },
  me: { id: 'm1', nickname: '민수', joinedAt: 0 },
  live: live(1, 10),
  check: null,
  myAnswer: null,
  help: [],
};
const hostSnapshot: PresenterSnapshot = {
  role: 'presenter',
  classInfo: { id: 'c', title: '수업', joinCode: 'ACDEFG', createdAt: 0, endedAt: null, chapterSince: null },
  you: { id: 'p1', name: '강사 A' },
  driver: { id: 'p1', name: '강사 A', since: 0 },
  presenters: [{ id: 'p1', name: '강사 A' }],
  live: null,
  members: [{ id: 'm1', nickname: '민수', joinedAt: 0 }],
  progress: [],
  help: [],
  check: null,
  tally: null,
  checkQuestion: null,
};
const run = <S>(reduce: (s: S, e: ConnectionEvent) => S, initial: S, events: ConnectionEvent[]) => events.reduce(reduce, initial);

describe('reduceMentee', () => {
  it('takes the snapshot, newer states only, and a new check without the previous answer', () => {
    const state = run(reduceMentee, initialMentee, [
      { type: 'snapshot', snapshot: menteeSnapshot },
      { type: 'live', state: live(5, 20) },
      { type: 'live', state: live(3, 15) },
      { type: 'live', state: { junk: true } },
      { type: 'check', check: check('q1'), question: null },
      { type: 'answered', checkId: 'q1', optionId: 'b' },
    ]);
    expect(state.status).toBe('connected');
    expect(state.snapshot?.live?.slide).toBe(5);
    expect(state.snapshot?.myAnswer).toBe('b');
    const revealed = reduceMentee(state, { type: 'check', check: check('q1', true), question: null });
    expect(revealed.snapshot?.myAnswer).toBe('b');
    expect(reduceMentee(revealed, { type: 'check', check: check('q2'), question: null }).snapshot?.myAnswer).toBeNull();
  });

  it('stays ended whatever arrives after the end', () => {
    const ended = run(reduceMentee, initialMentee, [
      { type: 'snapshot', snapshot: menteeSnapshot },
      { type: 'ended' },
      { type: 'live', state: live(9, 99) },
      { type: 'snapshot', snapshot: menteeSnapshot },
    ]);
    expect(ended.status).toBe('ended');
    expect(ended.message).toBe('수업이 끝났습니다.');
    expect(ended.snapshot?.live?.slide).toBe(1);
    expect(reduceMentee(ended, { type: 'status', status: 'offline' }).status).toBe('ended');
  });

  it('drops an answered help request from the open list and remembers it for a notice', () => {
    const request = { id: 'h1', memberId: 'm1', labId: 'x', objectiveId: null, createdAt: 1, answeredAt: null };
    const state = run(reduceMentee, initialMentee, [
      { type: 'snapshot', snapshot: menteeSnapshot },
      { type: 'help:sent', request },
      { type: 'help:answered', request: { ...request, answeredAt: 5 } },
    ]);
    expect(state.snapshot?.help).toEqual([]);
    expect(state.answered?.answeredAt).toBe(5);
  });
});

describe('reduceHost', () => {
  const connected = reduceHost(initialHost, { type: 'snapshot', snapshot: hostSnapshot });
  const row: ProgressRow = {
    memberId: 'm1',
    labId: 'pod',
    objectives: [{ id: 'a', pass: true }],
    passed: 1,
    total: 1,
    complete: true,
    updatedAt: 5,
    advancedAt: 5,
  };

  it('tells every presenter who took over, in words', () => {
    const other = reduceHost(connected, { type: 'driver', driver: { id: 'p2', name: '강사 B', since: 9 } });
    expect(other.notice).toBe('강사 B님이 진행을 넘겨받았습니다.');
    expect(reduceHost(other, { type: 'driver', driver: { id: 'p1', name: '강사 A', since: 10 } }).notice).toBe('내가 진행을 넘겨받았습니다.');
  });

  it('keeps one progress row per mentee and lab, and forgets everything of a mentee who left', () => {
    const state = run(reduceHost, connected, [
      { type: 'member', member: { id: 'm2', nickname: '지영', joinedAt: 3 } },
      { type: 'progress', rows: [{ ...row, passed: 0, complete: false }] },
      { type: 'progress', rows: [row, { ...row, memberId: 'm2' }] },
      { type: 'help', request: { id: 'h', memberId: 'm2', labId: 'pod', objectiveId: 'a', createdAt: 4, answeredAt: null } },
    ]);
    expect(state.progress).toEqual([row, { ...row, memberId: 'm2' }]);
    const left: HostState = reduceHost(state, { type: 'member:left', memberId: 'm2' });
    expect(left.members.map((m) => m.id)).toEqual(['m1']);
    expect(left.progress).toEqual([row]);
    expect(left.help).toEqual([]);
  });

  it('keeps the answer key across a reveal and ignores a tally of another check', () => {
    const question = { id: 'q', kind: 'choice' as const, prompt: '질문', options: [] };
    const started = run(reduceHost, connected, [
      { type: 'check', check: check('q1'), question },
      { type: 'tally', tally: { checkId: 'q1', counts: { a: 1, b: 0 }, answered: 1 } },
      { type: 'tally', tally: { checkId: 'old', counts: { a: 9 }, answered: 9 } },
    ]);
    expect(started.tally?.counts).toEqual({ a: 1, b: 0 });
    const revealed = reduceHost(started, { type: 'check', check: check('q1', true), question: null });
    expect(revealed.checkQuestion).toBe(question);
    expect(revealed.tally?.answered).toBe(1);
  });
});
