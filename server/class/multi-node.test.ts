/**
 * Two server processes on different ports sharing PostgreSQL and Redis (started by the test when they are
 * not running): a follower on node B receives what the presenter on node A does, and the board on A sees
 * what a mentee on B sends.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriverInfo, MenteeSnapshot, PresenterSnapshot, ProgressRow } from '../../lib/live/class-protocol';
import type { LiveStateMessage } from '../../lib/live/sync';
import { courseLabs } from './labs-catalog';
import { api, connectClient, emitAck, next, presenterId, type ClientSocket } from '../test/class-server';
import { createExportFixture, type ExportFixture } from '../test/export-fixture';
import { finishExport } from '../export/finish';
import { startServerProcess, type ServerProcess } from '../test/server-process';
import { ensurePostgres, ensureRedis } from '../test/services';

let fixture: ExportFixture;
let adminUrl: string;
let database: string;
let nodes: ServerProcess[] = [];
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  fixture = createExportFixture();
  await finishExport(fixture.dir);
  const [postgres, redis] = await Promise.all([ensurePostgres(), ensureRedis()]);
  adminUrl = postgres;
  database = `w7_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const env = { OUT_DIR: fixture.dir, DATABASE_URL: adminUrl.replace(/\/postgres$/, `/${database}`), REDIS_URL: redis };
  // Together: the migration lock makes them migrate once.
  nodes = await Promise.all([startServerProcess(env), startServerProcess(env)]);
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await Promise.all(nodes.map((node) => node.stop()));
  if (database) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
  fixture?.remove();
});

describe('two nodes, one class', () => {
  it('share the class through PostgreSQL and Redis', async () => {
    const [a, b] = nodes as [ServerProcess, ServerProcess];
    for (const node of [a, b]) expect((await api(node.base, 'GET', '/api/health')).body).toEqual({ ok: true, store: 'postgres', fanout: 'redis' });

    const { classId, joinCode, presenterKey } = (await api(a.base, 'POST', '/api/classes', { title: '두 노드' })).body;
    const joined = await api(b.base, 'POST', '/api/join', { code: joinCode, nickname: '노드B' });
    expect(joined.status).toBe(200);

    const host = await connectClient(a.base, { classId, presenterKey, presenterId: presenterId('A'), name: '강사 A' });
    const follower = await connectClient(b.base, { classId, token: joined.body.token });
    const cohost = await connectClient(b.base, { classId, presenterKey, presenterId: presenterId('B'), name: '강사 B' });
    sockets.push(host.socket, follower.socket, cohost.socket);
    expect((cohost.snapshot as PresenterSnapshot).driver?.name).toBe('강사 A');
    expect((host.snapshot as PresenterSnapshot).role).toBe('presenter');

    // The presenter on A moves: the follower on B gets it.
    const live = next<LiveStateMessage>(follower.socket, 'live');
    const state: LiveStateMessage = {
      v: 1,
      type: 'state',
      chapter: 'kubernetes-security',
      slide: 12,
      section: null,
      shifts: [],
      offsetMs: 0,
      sender: 'x',
      ts: 1,
    };
    expect(await emitAck(host.socket, 'live', state)).toEqual({ ok: true });
    expect(await live).toMatchObject({ chapter: 'kubernetes-security', slide: 12 });

    // A take-over on B is seen by the presenter on A; A can no longer drive.
    const told = next<DriverInfo>(host.socket, 'driver');
    expect(await emitAck(cohost.socket, 'takeover')).toEqual({ ok: true });
    expect((await told).name).toBe('강사 B');
    expect((await emitAck(host.socket, 'live', { ...state, slide: 13 })).ok).toBe(false);

    // The mentee on B reports progress: the board on A has it.
    const ids = courseLabs.objectives('networkpolicy')!;
    const rows = next<ProgressRow[]>(host.socket, 'progress');
    await emitAck(follower.socket, 'progress', { labId: 'networkpolicy', objectives: ids.map((id) => ({ id, pass: true })), complete: true });
    expect(await rows).toMatchObject([{ memberId: (follower.snapshot as MenteeSnapshot).me.id, passed: ids.length, complete: true }]);

    // Ending on A closes the follower's connection on B.
    const ended = next<number>(follower.socket, 'ended');
    const closed = next<string>(follower.socket, 'disconnect');
    expect((await api(a.base, 'POST', `/api/classes/${classId}/end`, undefined, { Authorization: `Bearer ${presenterKey}` })).status).toBe(200);
    expect(typeof (await ended)).toBe('number');
    expect(await closed).toBe('io server disconnect');
  }, 60_000);
});
