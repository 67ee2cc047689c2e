/**
 * Opens the class store: PostgreSQL (through `pg`) when a database URL is given, else the SQLite file
 * (created with its folder on first start), and brings the schema up to date. One Kysely instance for both.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { Database } from './schema';
import { migrations } from './migrations';
import { nodeSqliteDatabase } from './node-sqlite';

export type StoreKind = 'sqlite' | 'postgres';

export interface OpenedDatabase {
  db: Kysely<Database>;
  kind: StoreKind;
}

/** PostgreSQL's bigint (int8) arrives as a string by default; our values are epoch milliseconds. */
const INT8_OID = 20;

/** `pg` is loaded only for PostgreSQL: an SQLite server never needs it. */
async function openPostgres(url: string): Promise<Kysely<Database>> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

function openSqlite(file: string): Kysely<Database> {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const database = new DatabaseSync(file);
  // WAL: readers never wait for the writer; NORMAL sync is durable across a process crash.
  database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: nodeSqliteDatabase(database) }) });
}

export async function openDatabase(options: { databaseUrl: string | null; sqliteFile: string }): Promise<OpenedDatabase> {
  const kind: StoreKind = options.databaseUrl ? 'postgres' : 'sqlite';
  let db: Kysely<Database>;
  try {
    db = options.databaseUrl ? await openPostgres(options.databaseUrl) : openSqlite(options.sqliteFile);
  } catch (error) {
    throw new Error(`수업 저장소(${kind === 'sqlite' ? options.sqliteFile : 'PostgreSQL'})를 열 수 없습니다: ${(error as Error).message}`);
  }
  const { error, results } = await new Migrator({ db, provider: migrations }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`수업 저장소 스키마를 올릴 수 없습니다${failed ? ` (${failed})` : ''}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { db, kind };
}
