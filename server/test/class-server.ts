/**
 * Test support: the real server with the class API on an ephemeral port, a temporary SQLite file and a
 * small export; and realtime clients that resolve once their first snapshot arrives.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { io, type Socket } from 'socket.io-client';
import { buildApp } from '../app';
import { openDatabase } from '../class/db/open';
import { courseLabs } from '../class/labs-catalog';
import { ClassStore } from '../class/store';
import { finishExport } from '../export/finish';
import {
  REALTIME_PATH,
  type Ack,
  type ClassAuth,
  type ClientToServer,
  type MenteeSnapshot,
  type PresenterSnapshot,
  type ServerToClient,
} from '../../lib/live/class-protocol';
import { createExportFixture } from './export-fixture';

export type ClientSocket = Socket<ServerToClient, ClientToServer>;

export interface ClassServer {
  app: FastifyInstance;
  store: ClassStore;
  base: string;
  dbFile: string;
  close(): Promise<void>;
}

export async function startClassServer(options: { corsOrigins?: string[]; now?: () => number; retentionDays?: number } = {}): Promise<ClassServer> {
  const fixture = createExportFixture();
  await finishExport(fixture.dir);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'w7-class-'));
  const dbFile = path.join(dataDir, 'nested', 'class.db');
  const { db, kind } = await openDatabase({ databaseUrl: null, sqliteFile: dbFile });
  const store = new ClassStore(db, kind, options.now);
  const app = await buildApp({
    outDir: fixture.dir,
    // Lets a test speak for several client addresses through X-Forwarded-For.
    trustProxy: true,
    classes: {
      store,
      catalog: courseLabs,
      redisUrl: null,
      corsOrigins: options.corsOrigins ?? [],
      retentionDays: options.retentionDays ?? 7,
      now: options.now,
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    store,
    base,
    dbFile,
    async close() {
      await app.close();
      fixture.remove();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** JSON request helper: status and parsed body (null for an empty body). */
export async function api(
  base: string,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** A realtime client, connected and holding its first snapshot; rejects with the server's refusal. */
export function connectClient(
  base: string,
  auth: ClassAuth,
  options: { transports?: string[] } = {},
): Promise<{ socket: ClientSocket; snapshot: MenteeSnapshot | PresenterSnapshot }> {
  return new Promise((resolve, reject) => {
    const socket: ClientSocket = io(base, { path: REALTIME_PATH, auth, transports: options.transports ?? ['websocket'], reconnection: false, forceNew: true });
    socket.once('snapshot', (snapshot) => resolve({ socket, snapshot }));
    socket.once('connect_error', (error: Error & { data?: { error?: string } }) => {
      socket.close();
      reject(Object.assign(new Error(error.message), { code: error.data?.error }));
    });
  });
}

/** Emits with an acknowledgement (2 s timeout). */
export function emitAck(socket: ClientSocket, event: string, ...args: unknown[]): Promise<Ack<Record<string, unknown>>> {
  return (socket.timeout(2000) as unknown as { emitWithAck(event: string, ...args: unknown[]): Promise<Ack<Record<string, unknown>>> }).emitWithAck(
    event,
    ...args,
  );
}

/**
 * The arguments of the next `event` on `socket` (rejects after `ms`). With connection state recovery the
 * server appends its packet offset as a last argument, so callers take the arguments they expect.
 */
export function nextArgs(socket: ClientSocket, event: string, ms = 3000): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${event}" within ${ms} ms`)), ms);
    (socket as unknown as Socket).once(event, (...args: unknown[]) => {
      clearTimeout(timer);
      resolve(args);
    });
  });
}

/** The first argument of the next `event`. */
export async function next<T = unknown>(socket: ClientSocket, event: string, ms = 3000): Promise<T> {
  return (await nextArgs(socket, event, ms))[0] as T;
}

/** A presenter id shaped as the browser makes one (16 bytes, base64url), stable for a name. */
export function presenterId(seed: string): string {
  return createHash('sha256').update(seed).digest().subarray(0, 16).toString('base64url');
}
