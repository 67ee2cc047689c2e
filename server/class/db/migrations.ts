/**
 * Schema migrations of the class store, run at every start (Kysely's Migrator: a lock table makes two
 * nodes starting together run them once). Append new migrations; never edit one that has shipped.
 */
import type { Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('classes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('join_code', 'text', (c) => c.notNull().unique())
      .addColumn('presenter_key_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('ended_at', 'bigint')
      .addColumn('live', 'text')
      .addColumn('chapter_since', 'bigint')
      .addColumn('driver_id', 'text')
      .addColumn('driver_name', 'text')
      .addColumn('driver_since', 'bigint')
      .execute();
    await db.schema.createIndex('classes_created_at').on('classes').column('created_at').execute();

    await db.schema
      .createTable('members')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('class_id', 'text', (c) => c.notNull())
      .addColumn('nickname', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('joined_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('members_class').on('members').column('class_id').execute();

    await db.schema
      .createTable('progress')
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('lab_id', 'text', (c) => c.notNull())
      .addColumn('class_id', 'text', (c) => c.notNull())
      .addColumn('objectives', 'text', (c) => c.notNull())
      .addColumn('passed', 'integer', (c) => c.notNull())
      .addColumn('total', 'integer', (c) => c.notNull())
      .addColumn('complete', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('advanced_at', 'bigint')
      .addPrimaryKeyConstraint('progress_pk', ['member_id', 'lab_id'])
      .execute();
    await db.schema.createIndex('progress_class').on('progress').column('class_id').execute();

    await db.schema
      .createTable('help_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('class_id', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('lab_id', 'text', (c) => c.notNull())
      .addColumn('objective_id', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('answered_at', 'bigint')
      .execute();
    await db.schema.createIndex('help_requests_class').on('help_requests').column('class_id').execute();

    await db.schema
      .createTable('checks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('class_id', 'text', (c) => c.notNull())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('started_at', 'bigint', (c) => c.notNull())
      .addColumn('revealed_at', 'bigint')
      .addColumn('closed_at', 'bigint')
      .execute();
    await db.schema.createIndex('checks_class').on('checks').column('class_id').execute();

    await db.schema
      .createTable('answers')
      .addColumn('check_id', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('class_id', 'text', (c) => c.notNull())
      .addColumn('option_id', 'text', (c) => c.notNull())
      .addColumn('answered_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('answers_pk', ['check_id', 'member_id'])
      .execute();
    await db.schema.createIndex('answers_class').on('answers').column('class_id').execute();
  },
};

export const migrations: MigrationProvider = {
  getMigrations: async () => ({ '0001_initial': initial }),
};
