import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET } from '../../lib/live/class-protocol';
import { COMMON_HEADERS } from '../security/headers';
import { api, startClassServer, type ClassServer } from '../test/class-server';

let server: ClassServer;
let ip = 0;
/** A fresh client address per test, so that one test's failed joins do not limit another's. */
const from = () => ({ 'X-Forwarded-For': `10.1.0.${++ip}` });

beforeAll(async () => {
  server = await startClassServer();
});
afterAll(async () => server.close());

async function openClass(title = '7주차 보안 실습') {
  const response = await api(server.base, 'POST', '/api/classes', { title }, from());
  expect(response.status).toBe(201);
  return response.body as { classId: string; joinCode: string; presenterKey: string };
}

async function join(code: string, nickname: string) {
  return api(server.base, 'POST', '/api/join', { code, nickname }, from());
}

describe('GET /api/health', () => {
  it('answers 200 with the store and fan-out in use, and the security headers', async () => {
    const response = await api(server.base, 'GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true, store: 'sqlite', fanout: 'local' });
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('POST /api/classes', () => {
  it('answers 201 with a 6-character join code from the unambiguous alphabet and a presenter key of 256 bits', async () => {
    const created = await openClass();
    expect(created.classId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(Buffer.from(created.presenterKey, 'base64url')).toHaveLength(32);
    const second = await openClass();
    expect(second.joinCode).not.toBe(created.joinCode);
    expect(second.presenterKey).not.toBe(created.presenterKey);
  });

  it('refuses a missing, empty or too long title with a Korean message', async () => {
    expect((await api(server.base, 'POST', '/api/classes', {}, from())).body).toEqual({ error: 'invalid', message: '수업 제목을 입력하세요.' });
    expect((await api(server.base, 'POST', '/api/classes', { title: '   ' }, from())).body.message).toBe('수업 제목을 입력하세요.');
    const long = await api(server.base, 'POST', '/api/classes', { title: '가'.repeat(81) }, from());
    expect(long.status).toBe(400);
    expect(long.body.message).toBe('수업 제목은 80자 이하여야 합니다.');
  });
});

describe('POST /api/join', () => {
  it('joins with the code as typed (any case, spaces, dashes) and a trimmed nickname', async () => {
    const { classId, joinCode } = await openClass();
    const typed = ` ${joinCode.slice(0, 3).toLowerCase()}-${joinCode.slice(3)} `;
    const response = await join(typed, '  김보안  ');
    expect(response.status).toBe(200);
    expect(response.body.classId).toBe(classId);
    expect(response.body.nickname).toBe('김보안');
    expect(Buffer.from(response.body.token, 'base64url')).toHaveLength(32);
    expect(Object.keys(response.body).sort()).toEqual(['classId', 'nickname', 'token']);
  });

  it('answers an unknown code with 404 and a Korean message', async () => {
    const response = await join('QQQQQQ', '민수');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: 'not-found', message: '그 참여 코드의 수업이 없습니다. 코드를 다시 확인하세요.' });
    expect((await join('12', '민수')).status).toBe(404);
  });

  it('answers a body that is not JSON with 400 and a Korean message', async () => {
    const { joinCode } = await openClass();
    const plain = await api(server.base, 'POST', '/api/join', `code=${joinCode}&nickname=a`, { 'Content-Type': 'text/plain', ...from() });
    expect(plain.status).toBe(400);
    expect(plain.body).toEqual({ error: 'not-json', message: '요청 본문이 JSON이 아닙니다 (Content-Type: application/json).' });
    const broken = await api(server.base, 'POST', '/api/join', '{"code": ', from());
    expect(broken.status).toBe(400);
    expect(broken.body.error).toBe('not-json');
    const array = await api(server.base, 'POST', '/api/join', [joinCode, 'a'], from());
    expect(array.status).toBe(400);
    expect(array.body.message).toMatch(/[가-힣]/);
  });

  it('refuses an empty nickname or one longer than 40 characters after trimming, and control characters', async () => {
    const { joinCode } = await openClass();
    for (const nickname of ['', '    ', '\t\n']) {
      const response = await join(joinCode, nickname);
      expect(response.status, JSON.stringify(nickname)).toBe(400);
      expect(response.body).toEqual({ error: 'invalid', message: '닉네임을 입력하세요.' });
    }
    const long = await join(joinCode, '가'.repeat(41));
    expect(long.status).toBe(400);
    expect(long.body.message).toBe('닉네임은 40자 이하여야 합니다.');
    // 40 Korean syllables (120 UTF-8 bytes) with spaces around: accepted.
    expect((await join(joinCode, `  ${'가'.repeat(40)}  `)).status).toBe(200);
    expect((await join(joinCode, 'a\u0000b')).body.message).toBe('닉네임에 쓸 수 없는 문자(제어 문자)가 들어 있습니다.');
    expect((await join(joinCode, 'abc\u202edcba')).status).toBe(400);
    expect((await api(server.base, 'POST', '/api/join', { code: joinCode }, from())).body.message).toBe('닉네임을 입력하세요.');
    expect((await api(server.base, 'POST', '/api/join', { code: joinCode, nickname: 5 }, from())).body.message).toBe('닉네임을 입력하세요.');
  });

  it('answers 429 after 20 failed joins from one address within a minute, even for a good code; other addresses still join', async () => {
    const { joinCode } = await openClass();
    const attacker = { 'X-Forwarded-For': '10.9.9.9' };
    for (let i = 0; i < 20; i += 1) {
      const response = await api(server.base, 'POST', '/api/join', { code: 'QQQQQQ', nickname: 'x' }, attacker);
      expect(response.status).toBe(404);
    }
    const blocked = await api(server.base, 'POST', '/api/join', { code: joinCode, nickname: 'x' }, attacker);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({ error: 'rate-limited', message: '참여 시도가 너무 많습니다. 1분 뒤 다시 시도하세요.' });
    expect((await join(joinCode, '다른 사람')).status).toBe(200);
  });

  it('refuses a body over 16 KB with 413', async () => {
    const response = await api(server.base, 'POST', '/api/join', { code: 'AAAAAA', nickname: 'x'.repeat(20_000) }, from());
    expect(response.status).toBe(413);
    expect(response.body.error).toBe('too-large');
  });
});

describe('keys and tokens', () => {
  it('stores presenter keys and mentee tokens only as hashes (the database file never contains them)', async () => {
    const { joinCode, presenterKey } = await openClass('해시 확인');
    const { body } = await join(joinCode, '토큰');
    const rows = await server.store.db.selectFrom('classes').select('presenter_key_hash').execute();
    expect(rows.map((row) => row.presenter_key_hash)).not.toContain(presenterKey);
    // node:sqlite in WAL mode: the data may sit in the -wal file until a checkpoint.
    const bytes = [server.dbFile, `${server.dbFile}-wal`].map((file) => {
      try {
        return readFileSync(file).toString('latin1');
      } catch {
        return '';
      }
    });
    // The right bytes: the class's title is in them.
    expect(bytes.join('')).toContain(Buffer.from('해시 확인').toString('latin1'));
    for (const secret of [presenterKey, body.token]) expect(bytes.join('')).not.toContain(secret);
  });

  it('scopes a token and a key to their own class: reads and writes of another class are refused', async () => {
    const a = await openClass('A반');
    const b = await openClass('B반');
    const mentee = (await join(a.joinCode, '에이')).body.token as string;
    const auth = (secret: string) => ({ Authorization: `Bearer ${secret}` });
    expect((await api(server.base, 'GET', `/api/classes/${a.classId}`, undefined, auth(mentee))).status).toBe(200);
    expect((await api(server.base, 'GET', `/api/classes/${b.classId}`, undefined, auth(mentee))).status).toBe(403);
    expect((await api(server.base, 'GET', `/api/classes/${b.classId}`, undefined, auth(a.presenterKey))).status).toBe(403);
    expect((await api(server.base, 'POST', `/api/classes/${b.classId}/end`, undefined, auth(a.presenterKey))).status).toBe(403);
    expect((await api(server.base, 'DELETE', `/api/classes/${b.classId}/members/me`, undefined, auth(mentee))).status).toBe(403);
    expect((await api(server.base, 'GET', `/api/classes/${a.classId}`)).status).toBe(401);
    expect((await api(server.base, 'GET', '/api/classes/not-an-id')).status).toBe(400);
    // B is untouched.
    const state = await api(server.base, 'GET', `/api/classes/${b.classId}`, undefined, auth(b.presenterKey));
    expect(state.body).toMatchObject({ title: 'B반', endedAt: null, members: 0 });
  });

  it('lets only the presenter end the class, once; then joining answers 410', async () => {
    const { classId, joinCode, presenterKey } = await openClass();
    const token = (await join(joinCode, '끝')).body.token as string;
    const byMentee = await api(server.base, 'POST', `/api/classes/${classId}/end`, undefined, { Authorization: `Bearer ${token}` });
    expect(byMentee.status).toBe(403);
    const ended = await api(server.base, 'POST', `/api/classes/${classId}/end`, undefined, { Authorization: `Bearer ${presenterKey}` });
    expect(ended.status).toBe(200);
    expect(typeof ended.body.endedAt).toBe('number');
    expect((await api(server.base, 'POST', `/api/classes/${classId}/end`, undefined, { Authorization: `Bearer ${presenterKey}` })).status).toBe(410);
    const late = await join(joinCode, '늦음');
    expect(late.status).toBe(410);
    expect(late.body.message).toBe('이미 끝난 수업입니다.');
  });

  it('lets a mentee leave and delete their data; their token stops working', async () => {
    const { classId, joinCode } = await openClass();
    const { token } = (await join(joinCode, '떠남')).body as { token: string };
    const member = await server.store.memberByToken(classId, token);
    await server.store.recordProgress([
      { classId, memberId: member!.id, message: { labId: 'docker-run-flags', objectives: [{ id: 'x', pass: true }], complete: false } },
    ]);
    await server.store.addHelp(classId, member!.id, 'docker-run-flags', null);
    const left = await api(server.base, 'DELETE', `/api/classes/${classId}/members/me`, undefined, { Authorization: `Bearer ${token}` });
    expect(left.status).toBe(204);
    expect(await server.store.members(classId)).toEqual([]);
    expect(await server.store.progress(classId)).toEqual([]);
    expect(await server.store.help(classId)).toEqual([]);
    expect((await api(server.base, 'GET', `/api/classes/${classId}`, undefined, { Authorization: `Bearer ${token}` })).status).toBe(403);
    // A result still waiting for its batch when the mentee left is not stored again.
    const late = { classId, memberId: member!.id, message: { labId: 'docker-run-flags', objectives: [{ id: 'x', pass: true }], complete: false } };
    expect(await server.store.recordProgress([late])).toEqual([]);
    expect(await server.store.progress(classId)).toEqual([]);
  });
});

describe('CORS', () => {
  it('sends no CORS headers unless origins are configured', async () => {
    const preflight = await fetch(`${server.base}/api/join`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const post = await api(server.base, 'POST', '/api/join', { code: 'QQQQQQ', nickname: 'x' }, { Origin: 'https://evil.example', ...from() });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the configured origins', async () => {
    const withCors = await startClassServer({ corsOrigins: ['https://course.example'] });
    try {
      const allowed = await fetch(`${withCors.base}/api/health`, { headers: { Origin: 'https://course.example' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://course.example');
      const other = await fetch(`${withCors.base}/api/health`, { headers: { Origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await withCors.close();
    }
  });
});

describe('retention', () => {
  it('deletes classes older than the retention period with all their data', async () => {
    let clock = Date.UTC(2026, 11, 1);
    const first = await startClassServer({ now: () => clock });
    const { classId, joinCode } = (await api(first.base, 'POST', '/api/classes', { title: '지난주' })).body as { classId: string; joinCode: string };
    await api(first.base, 'POST', '/api/join', { code: joinCode, nickname: '옛날' });
    clock += 6 * 24 * 3600 * 1000;
    await first.store.purgeCreatedBefore(clock - 7 * 24 * 3600 * 1000);
    expect(await first.store.classById(classId)).toBeDefined();
    clock += 2 * 24 * 3600 * 1000;
    expect(await first.store.purgeCreatedBefore(clock - 7 * 24 * 3600 * 1000)).toBe(1);
    expect(await first.store.classById(classId)).toBeUndefined();
    expect(await first.store.members(classId)).toEqual([]);
    await first.close();
  });
});
