/**
 * Kysely's SQLite dialect on Node's built-in `node:sqlite` (no native addon to compile or download).
 * Adapts DatabaseSync to the small interface Kysely's SqliteDialect drives, with a cache of prepared
 * statements (the store runs the same few queries over and over).
 */
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const CACHE_SIZE = 256;

/** Kysely binds booleans and undefined; node:sqlite takes neither. */
function bindable(parameters: ReadonlyArray<unknown>): SQLInputValue[] {
  return parameters.map((value) => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value === undefined) return null;
    return value as SQLInputValue;
  });
}

function adaptStatement(statement: StatementSync): SqliteStatement {
  // A statement that returns rows (SELECT, or a write with RETURNING) has result columns.
  const reader = statement.columns().length > 0;
  return {
    reader,
    all: (parameters) => statement.all(...bindable(parameters)),
    run: (parameters) => statement.run(...bindable(parameters)),
    iterate: (parameters) => statement.iterate(...bindable(parameters)),
  };
}

export function nodeSqliteDatabase(database: DatabaseSync): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    prepare(sql) {
      const hit = cache.get(sql);
      if (hit) {
        // Most recently used last, so the first key is the one to evict.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = adaptStatement(database.prepare(sql));
      cache.set(sql, statement);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
    close: () => database.close(),
  };
}
