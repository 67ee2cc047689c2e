/**
 * The server's settings, from the environment, checked once at start: a bad value stops the server with
 * one Korean line naming the variable, never a crash later. Pure (takes the env as an argument).
 */
import path from 'node:path';

export interface ServerConfig {
  port: number;
  /** Listening address; '::' (every address, IPv4 too) unless HOST says otherwise. */
  host: string;
  /** The static export to serve. */
  outDir: string;
  /** SQLite file of the class store (used when no DATABASE_URL), or ':memory:'. */
  classDb: string;
  /** postgres://… : PostgreSQL instead of SQLite. */
  databaseUrl: string | null;
  /** redis://… : Socket.IO fan-out through Redis, for several nodes. */
  redisUrl: string | null;
  /** Origins allowed to call the API from another site (CORS); none unless CORS_ORIGINS is set. */
  corsOrigins: string[];
  /** Days after which a class and everything about it is deleted. */
  retentionDays: number;
  /** Behind a reverse proxy: trust X-Forwarded-For for the client address (per-address join limits). */
  trustProxy: boolean;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}는 ${min}~${max} 사이의 정수여야 합니다 (지금 "${raw}").`);
  }
  return value;
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: readonly string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name}가 URL이 아닙니다.`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(`${name}는 ${protocols.join(' 또는 ')}로 시작해야 합니다.`);
  return raw;
}

function origins(env: NodeJS.ProcessEnv): string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return [];
  return raw.split(',').map((item) => {
    const origin = item.trim();
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(`CORS_ORIGINS의 "${origin}"는 https://example.org 같은 출처(origin)가 아닙니다.`);
    }
    return origin;
  });
}

export function readConfig(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const classDb = env.CLASS_DB?.trim() || path.join(root, 'data', 'class.db');
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '::',
    outDir: path.resolve(root, env.OUT_DIR?.trim() || 'out'),
    classDb: classDb === ':memory:' ? classDb : path.resolve(root, classDb),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    corsOrigins: origins(env),
    retentionDays: integer(env, 'CLASS_RETENTION_DAYS', 7, 1, 365),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}
