/**
 * Test support: PostgreSQL and Redis for the multi-node test, on this project's own ports (55432, 56379;
 * W7_PG_PORT / W7_REDIS_PORT override). Uses running instances, else starts them: PostgreSQL from Debian's
 * binaries with initdb + pg_ctl in a temporary folder (as the postgres user when we are root: initdb refuses
 * root), Redis daemonized without persistence. Both are left running for the next test run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PG_PORT = Number(process.env.W7_PG_PORT ?? 55432);
export const REDIS_PORT = Number(process.env.W7_REDIS_PORT ?? 56379);

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForPort(port: number, what: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await portOpen(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not start on port ${port} within ${ms / 1000} s`);
}

function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error('PostgreSQL binaries not found: apt-get install postgresql (or set PG_BIN)');
  return path.join(root, versions[0]!, 'bin');
}

const asRoot = process.getuid?.() === 0;
/** Runs a PostgreSQL tool, as the postgres user when we are root. */
function pgTool(tool: string, args: string[]): void {
  const bin = path.join(postgresBin(), tool);
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' });
  else execFileSync(bin, args, { stdio: 'pipe' });
}

/** A superuser URL of a PostgreSQL on PG_PORT (started if needed). */
export async function ensurePostgres(): Promise<string> {
  const url = `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`;
  if (await portOpen(PG_PORT)) return url;
  const dir = path.join(tmpdir(), `w7-pg-${PG_PORT}`);
  const data = path.join(dir, 'data');
  mkdirSync(dir, { recursive: true });
  if (asRoot) execFileSync('chown', ['-R', 'postgres', dir]);
  if (!existsSync(path.join(data, 'PG_VERSION'))) pgTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  pgTool('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-o', `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  await waitForPort(PG_PORT, 'PostgreSQL');
  return url;
}

/** The URL of a Redis on REDIS_PORT (started if needed). */
export async function ensureRedis(): Promise<string> {
  const url = `redis://127.0.0.1:${REDIS_PORT}`;
  if (await portOpen(REDIS_PORT)) return url;
  execFileSync('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes'], {
    stdio: 'pipe',
  });
  await waitForPort(REDIS_PORT, 'Redis');
  return url;
}
