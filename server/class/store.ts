/**
 * The class store: every read and write of class data, through Kysely (SQLite or PostgreSQL alike).
 * Knows nothing of HTTP or sockets; secrets arrive and leave only here, and only their hashes are kept.
 * Writes that must not race across nodes (driving, ending) are single conditional UPDATEs.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { CheckTally, ClassSummary, DriverInfo, HelpRequest, MemberRow, ProgressMessage, ProgressRow, PublicCheck } from '../../lib/live/class-protocol';
import type { QuizQuestion } from '../../lib/quiz/types';
import type { LiveStateMessage } from '../../lib/live/sync';
import type { StoreKind } from './db/open';
import type { ChecksTable, ClassesTable, Database, HelpRequestsTable, MembersTable, ProgressTable } from './db/schema';
import { hashSecret, newId, newJoinCode, newSecret } from './ids';

export type ClassRecord = Selectable<ClassesTable>;
export type MemberRecord = Selectable<MembersTable>;
/** One mentee's latest result in one lab, as it arrives. */
export type ProgressResult = { classId: string; memberId: string; message: ProgressMessage };

const toMember = (row: MemberRecord): MemberRow => ({ id: row.id, nickname: row.nickname, joinedAt: row.joined_at });

const toProgress = (row: Selectable<ProgressTable>): ProgressRow => ({
  memberId: row.member_id,
  labId: row.lab_id,
  objectives: JSON.parse(row.objectives) as ProgressRow['objectives'],
  passed: row.passed,
  total: row.total,
  complete: row.complete === 1,
  updatedAt: row.updated_at,
  advancedAt: row.advanced_at,
});

const toHelp = (row: Selectable<HelpRequestsTable>): HelpRequest => ({
  id: row.id,
  memberId: row.member_id,
  labId: row.lab_id,
  objectiveId: row.objective_id,
  createdAt: row.created_at,
  answeredAt: row.answered_at,
});

export function summaryOf(row: ClassRecord): ClassSummary {
  return { id: row.id, title: row.title, joinCode: row.join_code, createdAt: row.created_at, endedAt: row.ended_at, chapterSince: row.chapter_since };
}

export function liveOf(row: ClassRecord): LiveStateMessage | null {
  return row.live ? (JSON.parse(row.live) as LiveStateMessage) : null;
}

export function driverOf(row: ClassRecord): DriverInfo | null {
  return row.driver_id ? { id: row.driver_id, name: row.driver_name ?? '', since: row.driver_since ?? row.created_at } : null;
}

/** A check as mentees may see it: the answer key only after the reveal. */
export function publicCheck(row: Selectable<ChecksTable>): PublicCheck {
  const question = JSON.parse(row.question) as QuizQuestion;
  return {
    id: row.id,
    prompt: question.prompt,
    kind: question.kind,
    ...(question.code ? { code: question.code } : {}),
    options: question.options.map((option) => ({ id: option.id, text: option.text })),
    startedAt: row.started_at,
    reveal:
      row.revealed_at === null
        ? null
        : {
            correct: question.options.filter((option) => option.correct).map((option) => option.id),
            explanations: Object.fromEntries(question.options.map((option) => [option.id, option.explanation])),
          },
    closed: row.closed_at !== null,
  };
}

function sameSecret(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Unique-constraint violation, in either database's words. */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e.code === '23505' || /UNIQUE constraint failed/i.test(e.message ?? '');
}

export type DriveResult = 'ok' | 'not-driver' | 'ended' | 'not-found';

export class ClassStore {
  constructor(
    readonly db: Kysely<Database>,
    readonly kind: StoreKind,
    private readonly now: () => number = Date.now,
  ) {}

  async createClass(title: string): Promise<{ classId: string; joinCode: string; presenterKey: string }> {
    const presenterKey = newSecret();
    // 25^6 = 244 million codes: a collision is rare, and the unique index catches it.
    for (let attempt = 0; ; attempt += 1) {
      const row = { id: newId(), title, join_code: newJoinCode(), presenter_key_hash: hashSecret(presenterKey), created_at: this.now() };
      try {
        await this.db.insertInto('classes').values(row).execute();
        return { classId: row.id, joinCode: row.join_code, presenterKey };
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 4) throw error;
      }
    }
  }

  classById(id: string): Promise<ClassRecord | undefined> {
    return this.db.selectFrom('classes').selectAll().where('id', '=', id).executeTakeFirst();
  }

  classByCode(code: string): Promise<ClassRecord | undefined> {
    return this.db.selectFrom('classes').selectAll().where('join_code', '=', code).executeTakeFirst();
  }

  /** The class when `presenterKey` is its key. */
  async presenterClass(classId: string, presenterKey: string): Promise<ClassRecord | undefined> {
    const row = await this.classById(classId);
    return row && sameSecret(presenterKey, row.presenter_key_hash) ? row : undefined;
  }

  async join(classId: string, nickname: string): Promise<{ member: MemberRow; token: string }> {
    const token = newSecret();
    const row = { id: newId(), class_id: classId, nickname, token_hash: hashSecret(token), joined_at: this.now() };
    await this.db.insertInto('members').values(row).execute();
    return { member: toMember(row), token };
  }

  /** The member of `classId` whose token this is; a token of another class finds nothing. */
  memberByToken(classId: string, token: string): Promise<MemberRecord | undefined> {
    return this.db.selectFrom('members').selectAll().where('token_hash', '=', hashSecret(token)).where('class_id', '=', classId).executeTakeFirst();
  }

  /** Makes `presenterId` the driver when nobody drives yet; returns the driver afterwards. */
  async claimDriver(classId: string, presenterId: string, name: string): Promise<DriverInfo | null> {
    await this.db
      .updateTable('classes')
      .set({ driver_id: presenterId, driver_name: name, driver_since: this.now() })
      .where('id', '=', classId)
      .where('driver_id', 'is', null)
      .where('ended_at', 'is', null)
      .execute();
    const row = await this.classById(classId);
    return row ? driverOf(row) : null;
  }

  /** The explicit take-over: `presenterId` drives from now on. */
  async takeOver(classId: string, presenterId: string, name: string): Promise<DriverInfo | 'ended'> {
    const since = this.now();
    const result = await this.db
      .updateTable('classes')
      .set({ driver_id: presenterId, driver_name: name, driver_since: since })
      .where('id', '=', classId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? { id: presenterId, name, since } : 'ended';
  }

  /** Stores the driver's state; refused for anyone but the driver, and after the end. */
  async setLive(classId: string, presenterId: string, state: LiveStateMessage): Promise<DriveResult> {
    const row = await this.classById(classId);
    if (!row) return 'not-found';
    if (row.ended_at !== null) return 'ended';
    const previous = liveOf(row);
    const result = await this.db
      .updateTable('classes')
      .set({ live: JSON.stringify(state), chapter_since: previous?.chapter === state.chapter ? row.chapter_since : state.ts })
      .where('id', '=', classId)
      .where('driver_id', '=', presenterId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? 'ok' : 'not-driver';
  }

  /**
   * Records mentees' latest lab results, many in one statement: `advancedAt` moves only when more objectives
   * pass than in the stored row (or the lab completes), decided by the database. Several results of one
   * mentee and lab in one batch: the last one counts; results of mentees who have left are dropped.
   */
  async recordProgress(results: readonly ProgressResult[]): Promise<ProgressRow[]> {
    if (results.length === 0) return [];
    const now = this.now();
    // A mentee may leave (deleting their data) while their last result waits for its batch: it is dropped.
    const present = await this.db
      .selectFrom('members')
      .select('id')
      .where('id', 'in', [...new Set(results.map((result) => result.memberId))])
      .execute();
    const members = new Set(present.map((row) => row.id));
    const latest = new Map(
      results.filter((result) => members.has(result.memberId)).map((result) => [`${result.memberId}\u0000${result.message.labId}`, result]),
    );
    if (latest.size === 0) return [];
    const values = [...latest.values()].map(({ classId, memberId, message }) => {
      const passed = message.objectives.filter((objective) => objective.pass).length;
      return {
        member_id: memberId,
        lab_id: message.labId,
        class_id: classId,
        objectives: JSON.stringify(message.objectives),
        passed,
        total: message.objectives.length,
        complete: message.complete ? 1 : 0,
        updated_at: now,
        advanced_at: passed > 0 || message.complete ? now : null,
      };
    });
    const rows = await this.db
      .insertInto('progress')
      .values(values)
      .onConflict((conflict) =>
        conflict.columns(['member_id', 'lab_id']).doUpdateSet((eb) => ({
          objectives: eb.ref('excluded.objectives'),
          passed: eb.ref('excluded.passed'),
          total: eb.ref('excluded.total'),
          complete: eb.ref('excluded.complete'),
          updated_at: eb.ref('excluded.updated_at'),
          advanced_at: eb
            .case()
            .when(eb.or([eb('excluded.passed', '>', eb.ref('progress.passed')), eb.and([eb('excluded.complete', '=', 1), eb('progress.complete', '=', 0)])]))
            .then(eb.ref('excluded.updated_at'))
            .else(eb.ref('progress.advanced_at'))
            .end(),
        })),
      )
      .returningAll()
      .execute();
    return rows.map(toProgress);
  }

  async addHelp(classId: string, memberId: string, labId: string, objectiveId: string | null): Promise<HelpRequest> {
    const row = { id: newId(), class_id: classId, member_id: memberId, lab_id: labId, objective_id: objectiveId, created_at: this.now(), answered_at: null };
    await this.db.insertInto('help_requests').values(row).execute();
    return toHelp(row);
  }

  async openHelpCount(memberId: string): Promise<number> {
    const row = await this.db
      .selectFrom('help_requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('member_id', '=', memberId)
      .where('answered_at', 'is', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Marks a request of this class answered; undefined when the class has no such request. */
  async answerHelp(classId: string, id: string): Promise<HelpRequest | undefined> {
    await this.db
      .updateTable('help_requests')
      .set({ answered_at: this.now() })
      .where('id', '=', id)
      .where('class_id', '=', classId)
      .where('answered_at', 'is', null)
      .execute();
    const row = await this.db.selectFrom('help_requests').selectAll().where('id', '=', id).where('class_id', '=', classId).executeTakeFirst();
    return row ? toHelp(row) : undefined;
  }

  /** Starts a check (closing the one before it). */
  async startCheck(classId: string, question: QuizQuestion): Promise<Selectable<ChecksTable>> {
    const now = this.now();
    await this.db.updateTable('checks').set({ closed_at: now }).where('class_id', '=', classId).where('closed_at', 'is', null).execute();
    const row = { id: newId(), class_id: classId, question: JSON.stringify(question), started_at: now, revealed_at: null, closed_at: null };
    await this.db.insertInto('checks').values(row).execute();
    return row;
  }

  /** The latest check of the class (open, revealed or closed), if any. */
  currentCheck(classId: string): Promise<Selectable<ChecksTable> | undefined> {
    return this.db.selectFrom('checks').selectAll().where('class_id', '=', classId).orderBy('started_at', 'desc').orderBy('id').limit(1).executeTakeFirst();
  }

  async revealCheck(classId: string, checkId: string): Promise<Selectable<ChecksTable> | undefined> {
    await this.db
      .updateTable('checks')
      .set({ revealed_at: this.now() })
      .where('id', '=', checkId)
      .where('class_id', '=', classId)
      .where('revealed_at', 'is', null)
      .execute();
    return this.db.selectFrom('checks').selectAll().where('id', '=', checkId).where('class_id', '=', classId).executeTakeFirst();
  }

  async closeCheck(classId: string, checkId: string): Promise<Selectable<ChecksTable> | undefined> {
    await this.db
      .updateTable('checks')
      .set({ closed_at: this.now() })
      .where('id', '=', checkId)
      .where('class_id', '=', classId)
      .where('closed_at', 'is', null)
      .execute();
    return this.db.selectFrom('checks').selectAll().where('id', '=', checkId).where('class_id', '=', classId).executeTakeFirst();
  }

  /** A mentee's answer (changeable until the reveal). */
  async answer(classId: string, memberId: string, checkId: string, optionId: string): Promise<'ok' | 'not-found' | 'closed' | 'no-option'> {
    const check = await this.db.selectFrom('checks').selectAll().where('id', '=', checkId).where('class_id', '=', classId).executeTakeFirst();
    if (!check) return 'not-found';
    if (check.revealed_at !== null || check.closed_at !== null) return 'closed';
    const question = JSON.parse(check.question) as QuizQuestion;
    if (!question.options.some((option) => option.id === optionId)) return 'no-option';
    await this.db
      .insertInto('answers')
      .values({ check_id: checkId, member_id: memberId, class_id: classId, option_id: optionId, answered_at: this.now() })
      .onConflict((conflict) => conflict.columns(['check_id', 'member_id']).doUpdateSet({ option_id: optionId, answered_at: this.now() }))
      .execute();
    return 'ok';
  }

  async myAnswer(checkId: string, memberId: string): Promise<string | null> {
    const row = await this.db.selectFrom('answers').select('option_id').where('check_id', '=', checkId).where('member_id', '=', memberId).executeTakeFirst();
    return row?.option_id ?? null;
  }

  async tally(check: Selectable<ChecksTable>): Promise<CheckTally> {
    const rows = await this.db
      .selectFrom('answers')
      .select(['option_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('check_id', '=', check.id)
      .groupBy('option_id')
      .execute();
    const question = JSON.parse(check.question) as QuizQuestion;
    const counts = Object.fromEntries(question.options.map((option) => [option.id, 0]));
    for (const row of rows) counts[row.option_id] = Number(row.n);
    return { checkId: check.id, counts, answered: rows.reduce((sum, row) => sum + Number(row.n), 0) };
  }

  /** Ends the class (once); returns the end time, or null when it had already ended or does not exist. */
  async endClass(classId: string): Promise<number | null> {
    const endedAt = this.now();
    const result = await this.db.updateTable('classes').set({ ended_at: endedAt }).where('id', '=', classId).where('ended_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? endedAt : null;
  }

  /** A mentee leaves: their membership first (the token stops working), then everything they sent. */
  async deleteMember(classId: string, memberId: string): Promise<void> {
    await this.db.deleteFrom('members').where('id', '=', memberId).where('class_id', '=', classId).execute();
    await this.db.deleteFrom('progress').where('member_id', '=', memberId).where('class_id', '=', classId).execute();
    await this.db.deleteFrom('help_requests').where('member_id', '=', memberId).where('class_id', '=', classId).execute();
    await this.db.deleteFrom('answers').where('member_id', '=', memberId).where('class_id', '=', classId).execute();
  }

  /** Deletes classes created before `olderThan` with all their data; returns how many. */
  async purgeCreatedBefore(olderThan: number): Promise<number> {
    const expired = await this.db.selectFrom('classes').select('id').where('created_at', '<', olderThan).execute();
    const ids = expired.map((row) => row.id);
    if (ids.length === 0) return 0;
    await this.db.deleteFrom('classes').where('id', 'in', ids).execute();
    for (const table of ['members', 'progress', 'help_requests', 'checks', 'answers'] as const) {
      await this.db.deleteFrom(table).where('class_id', 'in', ids).execute();
    }
    return ids.length;
  }

  async members(classId: string): Promise<MemberRow[]> {
    const rows = await this.db.selectFrom('members').selectAll().where('class_id', '=', classId).orderBy('joined_at').orderBy('id').execute();
    return rows.map(toMember);
  }

  async progress(classId: string): Promise<ProgressRow[]> {
    const rows = await this.db.selectFrom('progress').selectAll().where('class_id', '=', classId).execute();
    return rows.map(toProgress);
  }

  async help(classId: string, memberId?: string): Promise<HelpRequest[]> {
    let query = this.db.selectFrom('help_requests').selectAll().where('class_id', '=', classId);
    if (memberId) query = query.where('member_id', '=', memberId);
    const rows = await query.orderBy('created_at').orderBy('id').execute();
    return rows.map(toHelp);
  }
}
