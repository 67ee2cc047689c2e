/**
 * `npm run bench:class -- --clients N [--nodes 2] [--format json]`: starts the class server on loopback
 * (one node on SQLite, or two nodes sharing PostgreSQL and Redis), connects N followers, changes slides 20
 * times, and measures each follower's delivery latency; then every client sends a lab result once a second
 * and the board's receipt is timed. Prints figures; a benchmark, not a test.
 */
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { REALTIME_PATH, type ClientToServer, type MenteeSnapshot, type ProgressRow, type ServerToClient } from '../../lib/live/class-protocol';
import type { LiveStateMessage } from '../../lib/live/sync';
import { courseLabs } from '../class/labs-catalog';
import { finishExport } from '../export/finish';
import { createExportFixture } from '../test/export-fixture';
import { startServerProcess, type ServerProcess } from '../test/server-process';
import { ensurePostgres, ensureRedis } from '../test/services';

type Client = Socket<ServerToClient, ClientToServer>;

export interface BenchResult {
  clients: number;
  nodes: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  lost: number;
  progress_p95_ms: number;
}

const CHANGES = 20;
const DELIVERY_TIMEOUT_MS = 5000;
const PROGRESS_SECONDS = 5;
const LAB = 'pod-security-context';

function parseArgs(argv: string[]): { clients: number; nodes: 1 | 2; format: 'json' | 'text' } {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const clients = Number(value('--clients') ?? 100);
  const nodes = Number(value('--nodes') ?? 1);
  const format = value('--format') ?? 'text';
  if (!Number.isInteger(clients) || clients < 1 || clients > 20_000) throw new Error('--clients는 1~20000 사이의 정수여야 합니다.');
  if (nodes !== 1 && nodes !== 2) throw new Error('--nodes는 1 또는 2여야 합니다.');
  if (format !== 'json' && format !== 'text') throw new Error('--format은 json 또는 text여야 합니다.');
  return { clients, nodes, format };
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
const round = (ms: number) => Math.round(ms * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post<T>(base: string, url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${base}${url}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

function connect(base: string, auth: object): Promise<{ socket: Client; snapshot: unknown }> {
  return new Promise((resolve, reject) => {
    const socket: Client = io(base, { path: REALTIME_PATH, auth, transports: ['websocket'], reconnection: false, forceNew: true });
    socket.once('snapshot', (snapshot) => resolve({ socket, snapshot }));
    socket.once('connect_error', (error) => reject(error));
  });
}

/** Runs `task` over `items`, `width` at a time. */
async function inBatches<T, R>(items: T[], width: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map((item, offset) => task(item, start + offset)))));
  }
  return results;
}

async function startNodes(nodes: 1 | 2, outDir: string): Promise<{ servers: ServerProcess[]; cleanup: () => Promise<void> }> {
  if (nodes === 1) {
    const dir = mkdtempSync(path.join(tmpdir(), 'w7-bench-'));
    const servers = [await startServerProcess({ OUT_DIR: outDir, CLASS_DB: path.join(dir, 'class.db') })];
    return { servers, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const [admin, redis] = await Promise.all([ensurePostgres(), ensureRedis()]);
  const database = `w7_bench_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  const env = { OUT_DIR: outDir, DATABASE_URL: admin.replace(/\/postgres$/, `/${database}`), REDIS_URL: redis };
  const servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  return {
    servers,
    cleanup: async () => {
      const drop = new pg.Client({ connectionString: admin });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await drop.end();
    },
  };
}

export async function runBench(clients: number, nodes: 1 | 2, log: (line: string) => void): Promise<BenchResult> {
  const fixture = createExportFixture();
  await finishExport(fixture.dir);
  const { servers, cleanup } = await startNodes(nodes, fixture.dir);
  const sockets: Client[] = [];
  try {
    const bases = servers.map((server) => server.base);
    const { classId, joinCode, presenterKey } = await post<{ classId: string; joinCode: string; presenterKey: string }>(bases[0]!, '/api/classes', {
      title: 'bench',
    });
    log(`${nodes} node(s) up; joining ${clients} followers…`);
    const tokens = await inBatches(
      Array.from({ length: clients }, (_, i) => i),
      50,
      (i) => post<{ token: string }>(bases[i % bases.length]!, '/api/join', { code: joinCode, nickname: `m${i}` }).then((body) => body.token),
    );
    const followers = await inBatches(tokens, 50, (token, i) => connect(bases[i % bases.length]!, { classId, token }));
    const presenter = await connect(bases[0]!, { classId, presenterKey, presenterId: Buffer.alloc(16, 7).toString('base64url'), name: 'bench' });
    sockets.push(presenter.socket, ...followers.map((follower) => follower.socket));
    log(`${clients} followers connected; ${CHANGES} slide changes…`);

    // Delivery: when each follower saw each slide, against when the presenter sent it.
    const sentAt: number[] = [];
    const received = followers.map(() => new Map<number, number>());
    followers.forEach(({ socket }, index) =>
      socket.on('live', (state: LiveStateMessage) => {
        if (!received[index]!.has(state.slide)) received[index]!.set(state.slide, performance.now());
      }),
    );
    for (let change = 0; change < CHANGES; change += 1) {
      const slide = change + 1;
      const state: LiveStateMessage = {
        v: 1,
        type: 'state',
        chapter: 'kubernetes-security',
        slide,
        section: null,
        shifts: [],
        offsetMs: 0,
        sender: 'bench',
        ts: 0,
      };
      sentAt[slide] = performance.now();
      presenter.socket.emit('live', state, () => undefined);
      const until = performance.now() + DELIVERY_TIMEOUT_MS;
      while (received.some((map) => !map.has(slide)) && performance.now() < until) await sleep(5);
      await sleep(100);
    }
    const latencies: number[] = [];
    let lost = 0;
    for (const map of received) {
      for (let slide = 1; slide <= CHANGES; slide += 1) {
        const at = map.get(slide);
        if (at === undefined) lost += 1;
        else latencies.push(at - sentAt[slide]!);
      }
    }
    latencies.sort((a, b) => a - b);

    // Progress: every follower sends a result once a second (spread over the second); the board times receipt.
    log(`progress from every follower once a second for ${PROGRESS_SECONDS} s…`);
    const objectives = courseLabs.objectives(LAB)!;
    const memberIds = followers.map(({ snapshot }) => (snapshot as MenteeSnapshot).me.id);
    const pending = new Map<string, number[]>(memberIds.map((id) => [id, []]));
    const progressLatencies: number[] = [];
    presenter.socket.on('progress', (rows: ProgressRow[]) => {
      for (const row of rows) {
        const start = pending.get(row.memberId)?.shift();
        if (start !== undefined) progressLatencies.push(performance.now() - start);
      }
    });
    const timers: NodeJS.Timeout[] = [];
    const stopAt = performance.now() + PROGRESS_SECONDS * 1000;
    followers.forEach(({ socket }, index) => {
      const send = (round: number) => {
        if (performance.now() >= stopAt) return;
        pending.get(memberIds[index]!)!.push(performance.now());
        socket.emit(
          'progress',
          { labId: LAB, objectives: objectives.map((id, i) => ({ id, pass: i < round % (objectives.length + 1) })), complete: false },
          () => undefined,
        );
        timers.push(setTimeout(() => send(round + 1), 1000));
      };
      timers.push(setTimeout(() => send(0), (index / followers.length) * 1000));
    });
    await sleep(PROGRESS_SECONDS * 1000 + 2000);
    timers.forEach(clearTimeout);
    progressLatencies.sort((a, b) => a - b);

    return {
      clients,
      nodes,
      p50_ms: round(percentile(latencies, 50)),
      p95_ms: round(percentile(latencies, 95)),
      max_ms: round(latencies.at(-1) ?? 0),
      lost,
      progress_p95_ms: round(percentile(progressLatencies, 95)),
    };
  } finally {
    for (const socket of sockets) socket.close();
    await Promise.all(servers.map((server) => server.stop()));
    await cleanup();
    fixture.remove();
  }
}

async function main() {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const log = options.format === 'json' ? () => undefined : (line: string) => console.error(line);
  const result = await runBench(options.clients, options.nodes, log);
  if (options.format === 'json') console.log(JSON.stringify(result));
  else {
    console.log(
      `followers ${result.clients} on ${result.nodes} node(s): slide delivery p50 ${result.p50_ms} ms, p95 ${result.p95_ms} ms, max ${result.max_ms} ms, lost ${result.lost}`,
    );
    console.log(`progress to the board: p95 ${result.progress_p95_ms} ms`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:class 실패: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
