/**
 * The class's realtime channel (Socket.IO 4 on the server's own HTTP server): a room per class, one for
 * its presenters and one per mentee. Every connection is authenticated at the handshake (presenter key or
 * mentee token, for one class); every message is rate-limited, size-checked, role-checked, schema-checked
 * and refused with a Korean sentence when it fails; the class state lives in the store, so several nodes
 * (with the Redis adapter) serve one class.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { z } from 'zod';
import {
  LIMITS,
  MENTEE_EVENTS,
  PRESENTER_EVENTS,
  REALTIME_PATH,
  type Ack,
  type ClassError,
  type ClientToServer,
  type ErrorCode,
  type MemberRow,
  type MenteeSnapshot,
  type PresenterInfo,
  type PresenterSnapshot,
  type ServerToClient,
} from '../../lib/live/class-protocol';
import { API_POLICY, COMMON_HEADERS } from '../security/headers';
import type { LabCatalog } from './labs-catalog';
import { ID_PATTERN, SECRET_PATTERN } from './ids';
import { Batcher } from './batch';
import { TokenBucket } from './rate-limit';
import {
  answerSchema,
  checkRefSchema,
  describeIssues,
  helpRefSchema,
  helpSchema,
  liveStateSchema,
  presenterName,
  progressSchema,
  questionSchema,
} from './schemas';
import { driverOf, liveOf, publicCheck, summaryOf, type ClassRecord, type ClassStore, type ProgressResult } from './store';

export type SocketData =
  | { role: 'presenter'; classId: string; presenterId: string; name: string; bucket: TokenBucket; refused: number }
  | { role: 'mentee'; classId: string; memberId: string; nickname: string; joinedAt: number; bucket: TokenBucket; refused: number };

type ClassServer = Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>;
type ClassSocket = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;

/** Refusals in a row after which a connection that keeps flooding is dropped. */
const MAX_REFUSALS = 50;
/** How long this node trusts its knowledge that a class is open. */
const OPEN_CHECK_MS = 1000;
/** Open help requests one mentee may have at once. */
const MAX_OPEN_HELP = 3;
/**
 * Lab results wait this long to share one write and one message to the board: far below what an instructor
 * notices, and it turns a thousand results a second into a few statements.
 */
const PROGRESS_BATCH_MS = 15;
const PROGRESS_BATCH_MAX = 500;

const room = {
  all: (classId: string) => `c:${classId}`,
  presenters: (classId: string) => `p:${classId}`,
  member: (memberId: string) => `m:${memberId}`,
};

const refuse = (error: ErrorCode, message: string): { ok: false } & ClassError => ({ ok: false, error, message });

const MESSAGES = {
  ended: '이 수업은 이미 끝났습니다.',
  forbidden: '이 연결에서는 보낼 수 없는 메시지입니다.',
  tooLarge: `메시지가 너무 큽니다 (${LIMITS.messageChars / 1024} KB까지).`,
  rateLimited: '메시지를 너무 자주 보내고 있습니다. 잠시 후 다시 시도하세요.',
  notDriver: '지금은 다른 강사가 진행 중입니다. 진행을 넘겨받은 뒤 다시 시도하세요.',
  unknownEvent: '알 수 없는 메시지입니다.',
};

// Not strict: on a reconnection Socket.IO adds its recovery fields (pid, offset) to the handshake.
const handshakeSchema = z.union([
  z.object({
    classId: z.string().regex(ID_PATTERN),
    presenterKey: z.string().regex(SECRET_PATTERN),
    presenterId: z.string().regex(ID_PATTERN),
    name: presenterName,
  }),
  z.object({ classId: z.string().regex(ID_PATTERN), token: z.string().regex(SECRET_PATTERN) }),
]);

function connectError(code: ErrorCode, message: string): Error {
  return Object.assign(new Error(message), { data: { error: code } });
}

export interface RealtimeOptions {
  store: ClassStore;
  catalog: LabCatalog;
  /** Allowed cross-origin browser origins (empty: same origin only). */
  corsOrigins: string[];
  now?: () => number;
}

/** The realtime side of the class, also used by the HTTP routes to tell connections what happened. */
export class ClassHub {
  readonly io: ClassServer;
  private readonly store: ClassStore;
  private readonly catalog: LabCatalog;
  private readonly now: () => number;
  private readonly openClasses = new Map<string, { open: boolean; until: number }>();
  private readonly progress: Batcher<ProgressResult, void>;
  // Built once per node, not per connection: zod compiles a schema on its first use.
  private readonly progressSchema: ReturnType<typeof progressSchema>;
  private readonly helpSchema: ReturnType<typeof helpSchema>;

  constructor(server: HttpServer, options: RealtimeOptions) {
    this.store = options.store;
    this.catalog = options.catalog;
    this.now = options.now ?? Date.now;
    this.progressSchema = progressSchema(this.catalog);
    this.helpSchema = helpSchema(this.catalog);
    this.progress = new Batcher((results) => this.writeProgress(results), PROGRESS_BATCH_MS, PROGRESS_BATCH_MAX);
    const origins = new Set(options.corsOrigins);
    this.io = new Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>(server, {
      path: REALTIME_PATH,
      serveClient: false,
      maxHttpBufferSize: LIMITS.frameBytes,
      // Missed events are replayed for 30 s (each broadcast is kept that long); after that the snapshot suffices.
      connectionStateRecovery: { maxDisconnectionDuration: 30 * 1000, skipMiddlewares: false },
      ...(origins.size > 0 ? { cors: { origin: [...origins] } } : {}),
      // WebSockets have no CORS: a page of another site may only connect when its origin is configured.
      allowRequest: (request, callback) => {
        const origin = request.headers.origin;
        if (!origin) return callback(null, true);
        let host = '';
        try {
          host = new URL(origin).host;
        } catch {
          return callback('bad origin', false);
        }
        callback(null, host === request.headers.host || origins.has(origin));
      },
    });
    // Long-polling responses bypass Fastify: they get the API's security headers here.
    const secure = (headers: Record<string, string>) => {
      Object.assign(headers, COMMON_HEADERS, { 'Content-Security-Policy': API_POLICY, 'Cache-Control': 'no-store' });
    };
    this.io.engine.on('initial_headers', secure);
    this.io.engine.on('headers', secure);
    this.io.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
    this.io.on('connection', (socket) => {
      this.connected(socket).catch(() => socket.disconnect(true));
    });
  }

  private async authenticate(socket: ClassSocket): Promise<void> {
    const parsed = handshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) throw connectError('unauthorized', '수업 참여 정보가 없거나 형식이 맞지 않습니다.');
    const auth = parsed.data;
    const bucket = new TokenBucket(LIMITS.messageBurst, LIMITS.messagesPerSecond, this.now());
    let row: ClassRecord | undefined;
    if ('presenterKey' in auth) {
      row = await this.store.presenterClass(auth.classId, auth.presenterKey);
      if (!row) throw connectError('unauthorized', '발표자 키가 이 수업의 키가 아닙니다.');
      socket.data = { role: 'presenter', classId: row.id, presenterId: auth.presenterId, name: auth.name, bucket, refused: 0 };
    } else {
      const member = await this.store.memberByToken(auth.classId, auth.token);
      if (!member) throw connectError('unauthorized', '이 수업의 참여 토큰이 아닙니다. 다시 참여하세요.');
      row = await this.store.classById(auth.classId);
      socket.data = { role: 'mentee', classId: auth.classId, memberId: member.id, nickname: member.nickname, joinedAt: member.joined_at, bucket, refused: 0 };
    }
    if (!row || row.ended_at !== null) throw connectError('ended', MESSAGES.ended);
  }

  private async connected(socket: ClassSocket): Promise<void> {
    const data = socket.data;
    await socket.join(room.all(data.classId));
    if (data.role === 'presenter') {
      await socket.join(room.presenters(data.classId));
      await this.store.claimDriver(data.classId, data.presenterId, data.name);
      socket.on('disconnect', () => void this.broadcastPresenters(data.classId));
    } else {
      await socket.join(room.member(data.memberId));
    }
    this.registerHandlers(socket);
    // The whole current state at once, on every connection and reconnection.
    socket.emit('snapshot', await this.snapshot(socket));
    if (data.role === 'presenter') await this.broadcastPresenters(data.classId);
  }

  private async snapshot(socket: ClassSocket): Promise<MenteeSnapshot | PresenterSnapshot> {
    const data = socket.data;
    const row = await this.store.classById(data.classId);
    if (!row) throw new Error('class vanished');
    const checkRow = await this.store.currentCheck(data.classId);
    const check = checkRow ? publicCheck(checkRow) : null;
    if (data.role === 'mentee') {
      return {
        role: 'mentee',
        classInfo: { id: row.id, title: row.title },
        me: { id: data.memberId, nickname: data.nickname, joinedAt: data.joinedAt },
        live: liveOf(row),
        check,
        myAnswer: checkRow ? await this.store.myAnswer(checkRow.id, data.memberId) : null,
        help: (await this.store.help(data.classId, data.memberId)).filter((request) => request.answeredAt === null),
      };
    }
    return {
      role: 'presenter',
      classInfo: summaryOf(row),
      you: { id: data.presenterId, name: data.name },
      driver: driverOf(row),
      presenters: await this.presenters(data.classId),
      live: liveOf(row),
      members: await this.store.members(data.classId),
      progress: await this.store.progress(data.classId),
      help: await this.store.help(data.classId),
      check,
      tally: checkRow ? await this.store.tally(checkRow) : null,
      checkQuestion: checkRow ? JSON.parse(checkRow.question) : null,
    };
  }

  /** The connected presenters of a class, on every node, one entry per presenter id. */
  private async presenters(classId: string): Promise<PresenterInfo[]> {
    const sockets = await this.io.in(room.presenters(classId)).fetchSockets();
    const byId = new Map<string, PresenterInfo>();
    for (const socket of sockets) {
      if (socket.data.role === 'presenter') byId.set(socket.data.presenterId, { id: socket.data.presenterId, name: socket.data.name });
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'ko') || a.id.localeCompare(b.id));
  }

  private async broadcastPresenters(classId: string): Promise<void> {
    this.io.to(room.presenters(classId)).emit('presenters', await this.presenters(classId));
  }

  /**
   * Registers one message: rate limit, size, role, schema and "class still open" come first, in that
   * order; only then `handler` runs. Its result (or the refusal) is the acknowledgement.
   */
  private on<T>(
    socket: ClassSocket,
    event: keyof ClientToServer,
    role: SocketData['role'],
    schema: z.ZodType<T> | null,
    handler: (payload: T) => Promise<Ack<object>>,
  ): void {
    (socket as unknown as Socket).on(event, async (...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as (result: Ack<object>) => void) : () => undefined;
      const result = await this.check(socket, role, schema, args, handler).catch((): Ack<object> => refuse('invalid', '메시지를 처리하지 못했습니다.'));
      if (!result.ok && ++socket.data.refused >= MAX_REFUSALS) socket.disconnect(true);
      if (result.ok) socket.data.refused = 0;
      ack(result);
    });
  }

  private async check<T>(
    socket: ClassSocket,
    role: SocketData['role'],
    schema: z.ZodType<T> | null,
    args: unknown[],
    handler: (payload: T) => Promise<Ack<object>>,
  ): Promise<Ack<object>> {
    const data = socket.data;
    if (!data.bucket.take(this.now())) return refuse('rate-limited', MESSAGES.rateLimited);
    if (JSON.stringify(args).length > LIMITS.messageChars) return refuse('too-large', MESSAGES.tooLarge);
    if (data.role !== role) return refuse('forbidden', MESSAGES.forbidden);
    let payload = undefined as T;
    if (schema) {
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) return refuse('invalid', describeIssues(parsed.error));
      payload = parsed.data;
    }
    if (!(await this.isOpen(data.classId))) return refuse('ended', MESSAGES.ended);
    return handler(payload);
  }

  /**
   * Whether a class is still open, read from the store at most once a second per class: a lab result from
   * every mentee every second would otherwise double the store's work. An end seen here counts at once;
   * an end made on another node reaches this node's connections by the end broadcast, which closes them.
   */
  private async isOpen(classId: string): Promise<boolean> {
    const now = this.now();
    const cached = this.openClasses.get(classId);
    if (cached && (cached.until > now || !cached.open)) return cached.open;
    const row = await this.store.classById(classId);
    const open = row !== undefined && row.ended_at === null;
    this.openClasses.set(classId, { open, until: now + OPEN_CHECK_MS });
    if (this.openClasses.size > 10_000) this.openClasses.clear();
    return open;
  }

  private registerHandlers(socket: ClassSocket): void {
    const { classId } = socket.data;
    const all = room.all(classId);
    const presenters = room.presenters(classId);
    const presenterId = () => (socket.data.role === 'presenter' ? socket.data.presenterId : '');
    const memberId = () => (socket.data.role === 'mentee' ? socket.data.memberId : '');

    this.on(socket, 'live', 'presenter', liveStateSchema, async (state) => {
      // The server's clock orders states: co-presenters' devices need not agree on the time.
      const stamped = { ...state, sender: 'class', ts: this.now() };
      const result = await this.store.setLive(classId, presenterId(), stamped);
      if (result === 'not-driver') return refuse('not-driver', MESSAGES.notDriver);
      if (result !== 'ok') return refuse('ended', MESSAGES.ended);
      this.io.to(all).emit('live', stamped);
      return { ok: true };
    });

    this.on(socket, 'takeover', 'presenter', null, async () => {
      const data = socket.data;
      if (data.role !== 'presenter') return refuse('forbidden', MESSAGES.forbidden);
      const driver = await this.store.takeOver(classId, data.presenterId, data.name);
      if (driver === 'ended') return refuse('ended', MESSAGES.ended);
      this.io.to(presenters).emit('driver', driver);
      return { ok: true };
    });

    this.on(socket, 'help:answer', 'presenter', helpRefSchema, async ({ id }) => {
      const request = await this.store.answerHelp(classId, id);
      if (!request) return refuse('not-found', '이 수업에 없는 도움 요청입니다.');
      this.io.to(presenters).to(room.member(request.memberId)).emit('help:answered', request);
      return { ok: true };
    });

    this.on(socket, 'check:start', 'presenter', questionSchema, async (question) => {
      const row = await this.store.startCheck(classId, question);
      await this.emitCheck(classId, row.id);
      return { ok: true, checkId: row.id };
    });

    this.on(socket, 'check:reveal', 'presenter', checkRefSchema, async ({ checkId }) => {
      const row = await this.store.revealCheck(classId, checkId);
      if (!row) return refuse('not-found', '이 수업에 없는 퀵 체크입니다.');
      await this.emitCheck(classId, row.id);
      return { ok: true };
    });

    this.on(socket, 'check:close', 'presenter', checkRefSchema, async ({ checkId }) => {
      const row = await this.store.closeCheck(classId, checkId);
      if (!row) return refuse('not-found', '이 수업에 없는 퀵 체크입니다.');
      await this.emitCheck(classId, row.id);
      return { ok: true };
    });

    this.on(socket, 'end', 'presenter', null, async () => {
      const endedAt = await this.store.endClass(classId);
      if (endedAt === null) return refuse('ended', MESSAGES.ended);
      // After this acknowledgement has gone out: ending closes this connection too.
      setImmediate(() => this.notifyEnded(classId, endedAt));
      return { ok: true };
    });

    this.on(socket, 'progress', 'mentee', this.progressSchema, async (message) => {
      // Acknowledged once stored and sent to the board, so a mentee's client knows nothing was lost.
      await this.progress.add({ classId, memberId: memberId(), message });
      return { ok: true };
    });

    this.on(socket, 'help', 'mentee', this.helpSchema, async (message) => {
      if ((await this.store.openHelpCount(memberId())) >= MAX_OPEN_HELP) {
        return refuse('rate-limited', `답변을 기다리는 도움 요청이 이미 ${MAX_OPEN_HELP}개 있습니다.`);
      }
      const request = await this.store.addHelp(classId, memberId(), message.labId, message.objectiveId);
      this.io.to(presenters).emit('help', request);
      return { ok: true, id: request.id };
    });

    this.on(socket, 'answer', 'mentee', answerSchema, async ({ checkId, optionId }) => {
      const result = await this.store.answer(classId, memberId(), checkId, optionId);
      if (result === 'not-found') return refuse('not-found', '이 수업에 없는 퀵 체크입니다.');
      if (result === 'closed') return refuse('invalid', '이미 마감된 퀵 체크입니다.');
      if (result === 'no-option') return refuse('invalid', '이 퀵 체크에 없는 보기입니다.');
      const row = await this.store.currentCheck(classId);
      if (row?.id === checkId) this.io.to(presenters).emit('tally', await this.store.tally(row));
      return { ok: true };
    });

    const known = new Set<string>([...PRESENTER_EVENTS, ...MENTEE_EVENTS]);
    socket.onAny((event: string, ...args: unknown[]) => {
      if (known.has(event)) return;
      const ack = args.at(-1);
      if (++socket.data.refused >= MAX_REFUSALS) socket.disconnect(true);
      if (typeof ack === 'function') (ack as (result: Ack) => void)(refuse('unknown-event', MESSAGES.unknownEvent));
    });
  }

  /** Stores a batch of lab results, then sends each class's presenters that class's new rows in one message. */
  private async writeProgress(results: ProgressResult[]): Promise<void> {
    const rows = await this.store.recordProgress(results);
    const classOf = new Map(results.map((result) => [result.memberId, result.classId]));
    const byClass = new Map<string, typeof rows>();
    for (const row of rows) {
      const classId = classOf.get(row.memberId);
      if (classId) byClass.set(classId, [...(byClass.get(classId) ?? []), row]);
    }
    for (const [classId, classRows] of byClass) this.io.to(room.presenters(classId)).emit('progress', classRows);
  }

  /** Writes lab results still waiting for their batch (before the server closes). */
  flush(): void {
    this.progress.flush();
  }

  /** Sends a check to everyone: mentees without the answer key, presenters with it and the tally. */
  private async emitCheck(classId: string, checkId: string): Promise<void> {
    const row = await this.store.currentCheck(classId);
    if (!row || row.id !== checkId) return;
    const check = publicCheck(row);
    this.io.to(room.all(classId)).except(room.presenters(classId)).emit('check', check, null);
    this.io.to(room.presenters(classId)).emit('check', check, JSON.parse(row.question));
    this.io.to(room.presenters(classId)).emit('tally', await this.store.tally(row));
  }

  notifyJoined(classId: string, member: MemberRow): void {
    this.io.to(room.presenters(classId)).emit('member', member);
  }

  /** A mentee left: the board drops them, and their connections close. */
  notifyLeft(classId: string, memberId: string): void {
    this.io.to(room.presenters(classId)).emit('member:left', memberId);
    this.io.in(room.member(memberId)).disconnectSockets(true);
  }

  /** The class ended: everyone is told, then every connection of the class is closed (on every node). */
  notifyEnded(classId: string, endedAt: number): void {
    this.openClasses.set(classId, { open: false, until: Number.POSITIVE_INFINITY });
    this.io.to(room.all(classId)).emit('ended', endedAt);
    this.io.in(room.all(classId)).disconnectSockets(true);
  }
}
