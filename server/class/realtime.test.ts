import { io } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  REALTIME_PATH,
  type HelpRequest,
  type MenteeSnapshot,
  type PresenterSnapshot,
  type ProgressRow,
  type PublicCheck,
} from '../../lib/live/class-protocol';
import type { LiveStateMessage } from '../../lib/live/sync';
import { api, connectClient, emitAck, next, nextArgs, presenterId, startClassServer, type ClassServer, type ClientSocket } from '../test/class-server';

let server: ClassServer;
const open: ClientSocket[] = [];
let ip = 0;

beforeAll(async () => {
  server = await startClassServer();
});
afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
});
afterAll(async () => server.close());

const state = (over: Partial<LiveStateMessage> = {}): LiveStateMessage => ({
  v: 1,
  type: 'state',
  chapter: 'basics',
  slide: 3,
  section: { id: 'docker-명령어', title: 'Docker 명령어' },
  shifts: [],
  offsetMs: 0,
  sender: 'w-presenter',
  ts: 1,
  ...over,
});

async function newClass() {
  const created = (await api(server.base, 'POST', '/api/classes', { title: '실시간' }, { 'X-Forwarded-For': `10.2.0.${++ip}` })).body as {
    classId: string;
    joinCode: string;
    presenterKey: string;
  };
  return created;
}

async function presenter(classId: string, presenterKey: string, name = '강사 A') {
  const connection = await connectClient(server.base, { classId, presenterKey, presenterId: presenterId(name), name });
  open.push(connection.socket);
  return connection as { socket: ClientSocket; snapshot: PresenterSnapshot };
}

async function mentee(classId: string, joinCode: string, nickname = '멘티') {
  const { token } = (await api(server.base, 'POST', '/api/join', { code: joinCode, nickname }, { 'X-Forwarded-For': `10.3.0.${++ip}` })).body as {
    token: string;
  };
  const connection = await connectClient(server.base, { classId, token });
  open.push(connection.socket);
  return { ...(connection as { socket: ClientSocket; snapshot: MenteeSnapshot }), token };
}

/** The class as stored, for "state unchanged" checks. */
const stored = async (classId: string) => server.store.classById(classId);

describe('presenting', () => {
  it("the first presenter drives; a state reaches every mentee with the server's clock, and a reconnecting mentee gets it at once", async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    expect(host.snapshot.role).toBe('presenter');
    expect(host.snapshot.driver?.id).toBe(presenterId('강사 A'));
    expect(host.snapshot.presenters).toEqual([{ id: presenterId('강사 A'), name: '강사 A' }]);
    const one = await mentee(classId, joinCode, '하나');
    const two = await mentee(classId, joinCode, '둘');
    expect(one.snapshot).toMatchObject({ role: 'mentee', classInfo: { id: classId, title: '실시간' }, me: { nickname: '하나' }, live: null, check: null });
    const arrivals = Promise.all([next<LiveStateMessage>(one.socket, 'live'), next<LiveStateMessage>(two.socket, 'live')]);
    const before = Date.now();
    expect(await emitAck(host.socket, 'live', state({ slide: 7 }))).toEqual({ ok: true });
    for (const received of await arrivals) {
      expect(received).toMatchObject({ chapter: 'basics', slide: 7, sender: 'class' });
      expect(received.ts).toBeGreaterThanOrEqual(before);
    }
    const again = await connectClient(server.base, { classId, token: one.token });
    open.push(again.socket);
    expect((again.snapshot as MenteeSnapshot).live).toMatchObject({ slide: 7, section: { title: 'Docker 명령어' } });
  });

  it('co-presenters: only the driver publishes; taking over is explicit and every presenter is told', async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const a = await presenter(classId, presenterKey, '강사 A');
    const listed = next<unknown[]>(a.socket, 'presenters');
    const b = await presenter(classId, presenterKey, '강사 B');
    expect(await listed).toHaveLength(2);
    expect(b.snapshot.driver?.name).toBe('강사 A');
    const follower = await mentee(classId, joinCode);
    const refused = await emitAck(b.socket, 'live', state({ slide: 9 }));
    expect(refused).toEqual({ ok: false, error: 'not-driver', message: '지금은 다른 강사가 진행 중입니다. 진행을 넘겨받은 뒤 다시 시도하세요.' });
    expect((await stored(classId))?.live).toBeNull();
    const toldA = next<{ id: string; name: string }>(a.socket, 'driver');
    const toldB = next<{ id: string; name: string }>(b.socket, 'driver');
    expect(await emitAck(b.socket, 'takeover')).toEqual({ ok: true });
    expect(await toldA).toMatchObject({ id: presenterId('강사 B'), name: '강사 B' });
    expect(await toldB).toMatchObject({ id: presenterId('강사 B') });
    expect((await emitAck(a.socket, 'live', state({ slide: 1 }))).ok).toBe(false);
    const seen = next<LiveStateMessage>(follower.socket, 'live');
    expect(await emitAck(b.socket, 'live', state({ slide: 9 }))).toEqual({ ok: true });
    expect((await seen).slide).toBe(9);
  });
});

describe('reconnecting', () => {
  it('after a lost connection the mentee recovers the missed events and gets the current state at once', async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    const { token } = (await api(server.base, 'POST', '/api/join', { code: joinCode, nickname: '재접속' }, { 'X-Forwarded-For': `10.5.0.${++ip}` })).body as {
      token: string;
    };
    const socket: ClientSocket = io(server.base, {
      path: REALTIME_PATH,
      auth: { classId, token },
      transports: ['websocket'],
      reconnectionDelay: 50,
      reconnectionDelayMax: 100,
      forceNew: true,
    });
    open.push(socket);
    await next(socket, 'snapshot');
    const missed = next<LiveStateMessage>(socket, 'live');
    const again = next<MenteeSnapshot>(socket, 'snapshot');
    // The network drops (the WebSocket dies under the client): the server keeps the session for the recovery window.
    (socket.io.engine as unknown as { transport: { ws: { terminate(): void } } }).transport.ws.terminate();
    expect(await emitAck(host.socket, 'live', state({ slide: 11 }))).toEqual({ ok: true });
    expect((await again).live?.slide).toBe(11);
    expect((await missed).slide).toBe(11);
    expect(socket.recovered).toBe(true);
  });
});

describe('hostile clients', () => {
  it("a mentee's forged presenter events are refused and change nothing", async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    await emitAck(host.socket, 'live', state({ slide: 2 }));
    const before = await stored(classId);
    const { socket } = await mentee(classId, joinCode);
    const forbidden = { ok: false, error: 'forbidden', message: '이 연결에서는 보낼 수 없는 메시지입니다.' };
    expect(await emitAck(socket, 'live', state({ slide: 40 }))).toEqual(forbidden);
    expect(await emitAck(socket, 'takeover')).toEqual(forbidden);
    expect(await emitAck(socket, 'end')).toEqual(forbidden);
    expect(await emitAck(socket, 'check:start', { id: 'q', kind: 'choice', prompt: '?', options: [] })).toEqual(forbidden);
    expect(await emitAck(socket, 'help:answer', { id: 'AAAAAAAAAAAAAAAAAAAAAA' })).toEqual(forbidden);
    // And the other way round: a presenter cannot pose as a mentee.
    expect(await emitAck(host.socket, 'progress', { labId: 'docker-run-flags', objectives: [], complete: true })).toEqual(forbidden);
    expect(await stored(classId)).toEqual(before);
  });

  it('an oversized payload is refused with a message, a huge frame drops the connection; the state is unchanged', async () => {
    const { classId, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    await emitAck(host.socket, 'live', state({ slide: 2 }));
    const before = await stored(classId);
    const big = await emitAck(host.socket, 'live', state({ section: { id: 'x', title: '가'.repeat(9000) } }));
    expect(big).toEqual({ ok: false, error: 'too-large', message: '메시지가 너무 큽니다 (8 KB까지).' });
    const dropped = next(host.socket, 'disconnect');
    host.socket.emit('live', state({ section: { id: 'x', title: 'x'.repeat(100_000) } }), () => undefined);
    expect(await dropped).toBe('transport close');
    expect(await stored(classId)).toEqual(before);
  });

  it('a token or key of another class (a wrong class id) cannot connect', async () => {
    const a = await newClass();
    const b = await newClass();
    const { token } = await mentee(a.classId, a.joinCode);
    await expect(connectClient(server.base, { classId: b.classId, token })).rejects.toMatchObject({
      code: 'unauthorized',
      message: '이 수업의 참여 토큰이 아닙니다. 다시 참여하세요.',
    });
    await expect(
      connectClient(server.base, { classId: b.classId, presenterKey: a.presenterKey, presenterId: presenterId('x'), name: 'x' }),
    ).rejects.toMatchObject({
      code: 'unauthorized',
      message: '발표자 키가 이 수업의 키가 아닙니다.',
    });
    await expect(connectClient(server.base, { classId: 'x', token: 'y' } as never)).rejects.toMatchObject({ code: 'unauthorized' });
    expect((await stored(b.classId))?.driver_id).toBeNull();
  });

  it('messages that break the schema are refused in Korean and change nothing', async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    const before = await stored(classId);
    expect(await emitAck(host.socket, 'live', state({ chapter: 'nope' }))).toEqual({ ok: false, error: 'invalid', message: '없는 챕터입니다.' });
    expect(await emitAck(host.socket, 'live', state({ slide: -1 }))).toEqual({ ok: false, error: 'invalid', message: '"slide" 값의 형식이 맞지 않습니다.' });
    expect((await emitAck(host.socket, 'live', 'state')).ok).toBe(false);
    expect(await stored(classId)).toEqual(before);
    const { socket } = await mentee(classId, joinCode);
    expect(await emitAck(socket, 'progress', { labId: 'no-such-lab', objectives: [{ id: 'a', pass: true }], complete: false })).toMatchObject({
      message: '없는 실습입니다.',
    });
    expect(await emitAck(socket, 'progress', { labId: 'docker-run-flags', objectives: [{ id: 'made-up', pass: true }], complete: false })).toMatchObject({
      message: '이 실습의 목표 목록과 다릅니다.',
    });
    expect(await emitAck(socket, 'nonsense', { a: 1 })).toEqual({ ok: false, error: 'unknown-event', message: '알 수 없는 메시지입니다.' });
    expect(await server.store.progress(classId)).toEqual([]);
  });

  it('events after the class ended are refused, and nobody can connect again', async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    const follower = await mentee(classId, joinCode);
    // Ended in the store only, with the connections still open (as if the end broadcast were lost): each
    // message is checked against the store, which a node reads again after at most a second.
    await server.store.endClass(classId);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const before = await stored(classId);
    expect(await emitAck(host.socket, 'live', state())).toEqual({ ok: false, error: 'ended', message: '이 수업은 이미 끝났습니다.' });
    expect((await emitAck(follower.socket, 'help', { labId: 'docker-run-flags', objectiveId: null })).error).toBe('ended');
    expect(await stored(classId)).toEqual(before);
    expect(await server.store.help(classId)).toEqual([]);
    await expect(connectClient(server.base, { classId, token: follower.token })).rejects.toMatchObject({ code: 'ended' });
  });

  it('ending the class tells everyone and closes every connection', async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    const follower = await mentee(classId, joinCode);
    const told = next<number>(follower.socket, 'ended');
    const closed = next(follower.socket, 'disconnect');
    expect(await emitAck(host.socket, 'end')).toEqual({ ok: true });
    expect(typeof (await told)).toBe('number');
    expect(await closed).toBe('io server disconnect');
  });

  it('floods are rate-limited per connection', async () => {
    const { classId, joinCode } = await newClass();
    const { socket } = await mentee(classId, joinCode);
    const message = { labId: 'docker-run-flags', objectives: [], complete: false };
    const results = await Promise.all(Array.from({ length: 45 }, () => emitAck(socket, 'progress', message)));
    const limited = results.filter((result) => !result.ok && result.error === 'rate-limited');
    expect(limited.length).toBeGreaterThanOrEqual(10);
    expect(limited[0]).toMatchObject({ message: '메시지를 너무 자주 보내고 있습니다. 잠시 후 다시 시도하세요.' });
  });

  it('a page of another site cannot open the realtime channel (no CORS unless configured)', async () => {
    const { joinCode } = await newClass();
    const { token } = (await api(server.base, 'POST', '/api/join', { code: joinCode, nickname: 'x' }, { 'X-Forwarded-For': '10.4.0.1' })).body as {
      token: string;
    };
    const response = await fetch(`${server.base}/api/realtime/?EIO=4&transport=polling`, { headers: { Origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const same = await fetch(`${server.base}/api/realtime/?EIO=4&transport=polling`);
    expect(same.status).toBe(200);
    expect(same.headers.get('x-content-type-options')).toBe('nosniff');
    expect(same.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(token).toBeTruthy();
  });
});

describe('the board', () => {
  it('lab progress (ids and pass/fail only) reaches the presenters with x/y, done, and when it last advanced', async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    const { socket, snapshot } = await mentee(classId, joinCode, '진도');
    const ids = (await import('./labs-catalog')).courseLabs.objectives('docker-run-flags')!;
    const first = next<ProgressRow[]>(host.socket, 'progress');
    await emitAck(socket, 'progress', { labId: 'docker-run-flags', objectives: ids.map((id, i) => ({ id, pass: i === 0 })), complete: false });
    const [row] = await first;
    if (!row) throw new Error('no progress row');
    expect(row).toMatchObject({ memberId: snapshot.me.id, labId: 'docker-run-flags', passed: 1, total: ids.length, complete: false });
    expect(row.advancedAt).toBe(row.updatedAt);
    const same = next<ProgressRow[]>(host.socket, 'progress');
    await emitAck(socket, 'progress', { labId: 'docker-run-flags', objectives: ids.map((id, i) => ({ id, pass: i === 0 })), complete: false });
    expect((await same).map((r) => r.advancedAt)).toEqual([row.advancedAt]);
    const done = next<ProgressRow[]>(host.socket, 'progress');
    await emitAck(socket, 'progress', { labId: 'docker-run-flags', objectives: ids.map((id) => ({ id, pass: true })), complete: true });
    expect(await done).toMatchObject([{ passed: ids.length, complete: true }]);
    const complete = await emitAck(socket, 'progress', { labId: 'docker-run-flags', objectives: ids.map((id, i) => ({ id, pass: i > 0 })), complete: true });
    expect(complete).toMatchObject({ ok: false, message: '통과하지 못한 목표가 있으면 완료일 수 없습니다.' });
    // A presenter that connects later gets it all in its snapshot.
    const late = await presenter(classId, presenterKey, '강사 C');
    expect(late.snapshot.members.map((member) => member.nickname)).toEqual(['진도']);
    expect(late.snapshot.progress).toHaveLength(1);
  });

  it('results sent together reach the board in one message, each acknowledged once stored', async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    const a = await mentee(classId, joinCode, '가');
    const b = await mentee(classId, joinCode, '나');
    const ids = (await import('./labs-catalog')).courseLabs.objectives('docker-run-flags')!;
    const batch = next<ProgressRow[]>(host.socket, 'progress');
    const acks = await Promise.all([
      emitAck(a.socket, 'progress', { labId: 'docker-run-flags', objectives: ids.map((id) => ({ id, pass: true })), complete: true }),
      emitAck(b.socket, 'progress', { labId: 'docker-run-flags', objectives: ids.map((id, i) => ({ id, pass: i < 2 })), complete: false }),
    ]);
    expect(acks).toEqual([{ ok: true }, { ok: true }]);
    const rows = (await batch).map((r) => [r.memberId, r.passed, r.complete]).sort();
    expect(rows).toEqual(
      [
        [a.snapshot.me.id, ids.length, true],
        [b.snapshot.me.id, 2, false],
      ].sort(),
    );
    expect((await server.store.progress(classId)).map((r) => r.passed).sort()).toEqual([2, ids.length].sort());
  });

  it('a help request reaches the presenters; marking it answered tells the mentee; at most 3 wait at once', async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    const { socket } = await mentee(classId, joinCode, '질문');
    const arrived = next<HelpRequest>(host.socket, 'help');
    const sent = await emitAck(socket, 'help', { labId: 'networkpolicy', objectiveId: 'default-deny' });
    const request = await arrived;
    expect(sent).toEqual({ ok: true, id: request.id });
    expect(request).toMatchObject({ labId: 'networkpolicy', objectiveId: 'default-deny', answeredAt: null });
    const told = next<HelpRequest>(socket, 'help:answered');
    expect(await emitAck(host.socket, 'help:answer', { id: request.id })).toEqual({ ok: true });
    expect((await told).answeredAt).toEqual(expect.any(Number));
    for (let i = 0; i < 3; i += 1) expect((await emitAck(socket, 'help', { labId: 'networkpolicy', objectiveId: null })).ok).toBe(true);
    expect(await emitAck(socket, 'help', { labId: 'networkpolicy', objectiveId: null })).toMatchObject({
      ok: false,
      message: '답변을 기다리는 도움 요청이 이미 3개 있습니다.',
    });
    expect(await emitAck(socket, 'help', { labId: 'networkpolicy', objectiveId: 'no-such-objective' })).toMatchObject({
      message: '이 실습에 없는 목표입니다.',
    });
  });

  it('a quick check: mentees get it without the answer key, answer, the instructor sees the tally, then the reveal', async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    const one = await mentee(classId, joinCode, '하나');
    const two = await mentee(classId, joinCode, '둘');
    const question = {
      id: 'live-1',
      kind: 'choice',
      prompt: '컨테이너를 root가 아닌 사용자로 실행하는 Dockerfile 지시어는?',
      options: [
        { id: 'a', text: 'USER', correct: true, explanation: 'USER가 실행 사용자를 바꿉니다.' },
        { id: 'b', text: 'RUN', correct: false, explanation: 'RUN은 빌드 중 명령을 실행합니다.' },
      ],
    };
    const seen = nextArgs(one.socket, 'check') as Promise<[PublicCheck, unknown]>;
    const started = await emitAck(host.socket, 'check:start', question);
    expect(started).toEqual({ ok: true, checkId: expect.any(String) });
    const [check, key] = await seen;
    expect(key).toBeNull();
    expect(JSON.stringify(check)).not.toMatch(/correct|explanation|USER가/);
    expect(check.options).toEqual([
      { id: 'a', text: 'USER' },
      { id: 'b', text: 'RUN' },
    ]);
    const tally = next<{ counts: Record<string, number> }>(host.socket, 'tally');
    expect(await emitAck(one.socket, 'answer', { checkId: check.id, optionId: 'a' })).toEqual({ ok: true });
    expect((await tally).counts).toEqual({ a: 1, b: 0 });
    const tally2 = next<{ counts: Record<string, number>; answered: number }>(host.socket, 'tally');
    await emitAck(two.socket, 'answer', { checkId: check.id, optionId: 'b' });
    expect(await tally2).toMatchObject({ counts: { a: 1, b: 1 }, answered: 2 });
    expect(await emitAck(two.socket, 'answer', { checkId: check.id, optionId: 'z' })).toMatchObject({ message: '이 퀵 체크에 없는 보기입니다.' });
    const revealed = nextArgs(two.socket, 'check') as Promise<[PublicCheck, unknown]>;
    await emitAck(host.socket, 'check:reveal', { checkId: check.id });
    expect((await revealed)[0].reveal).toEqual({
      correct: ['a'],
      explanations: { a: 'USER가 실행 사용자를 바꿉니다.', b: 'RUN은 빌드 중 명령을 실행합니다.' },
    });
    expect(await emitAck(one.socket, 'answer', { checkId: check.id, optionId: 'b' })).toMatchObject({ message: '이미 마감된 퀵 체크입니다.' });
    expect(await emitAck(host.socket, 'check:start', { ...question, options: question.options.map((o) => ({ ...o, correct: false })) })).toMatchObject({
      message: '정답인 보기를 하나 이상 고르세요.',
    });
  });

  it('a mentee who leaves disappears from the board and is disconnected', async () => {
    const { classId, joinCode, presenterKey } = await newClass();
    const host = await presenter(classId, presenterKey);
    const leaver = await mentee(classId, joinCode, '떠남');
    const gone = next<string>(host.socket, 'member:left');
    const closed = next(leaver.socket, 'disconnect');
    expect((await api(server.base, 'DELETE', `/api/classes/${classId}/members/me`, undefined, { Authorization: `Bearer ${leaver.token}` })).status).toBe(204);
    expect(await gone).toBe(leaver.snapshot.me.id);
    expect(await closed).toBe('io server disconnect');
  });
});
