/**
 * The class API as one (encapsulated) Fastify plugin: its HTTP routes (each with its zod schema), the realtime hub on
 * the same server, the Redis fan-out for several nodes, and the daily clean-up of old classes. Refusals are
 * JSON `{ error, message }` with a Korean message; CORS only for configured origins.
 */
import cors from '@fastify/cors';
import { createAdapter } from '@socket.io/redis-adapter';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createClient } from 'redis';
import type { z } from 'zod';
import {
  isJoinCode,
  LIMITS,
  normalizeJoinCode,
  type ClassError,
  type CreateClassResponse,
  type ErrorCode,
  type HealthResponse,
  type JoinResponse,
} from '../../lib/live/class-protocol';
import { SECRET_PATTERN } from './ids';
import type { LabCatalog } from './labs-catalog';
import { WindowCounter } from './rate-limit';
import { ClassHub } from './realtime';
import { classParamsSchema, createClassBody, describeIssues, joinBody } from './schemas';
import { driverOf, liveOf, type ClassRecord, type ClassStore } from './store';

export interface ClassApiOptions {
  store: ClassStore;
  catalog: LabCatalog;
  redisUrl: string | null;
  corsOrigins: string[];
  retentionDays: number;
  now?: () => number;
}

class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const PURGE_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 3600 * 1000;

function bearer(request: FastifyRequest): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(request.headers.authorization ?? '');
  return match && SECRET_PATTERN.test(match[1]!) ? match[1]! : null;
}

const classApi: FastifyPluginAsync<ClassApiOptions> = async (app, options) => {
  const { store, catalog } = options;
  const now = options.now ?? Date.now;

  if (options.corsOrigins.length > 0) {
    await app.register(cors, { origin: options.corsOrigins, methods: ['GET', 'POST', 'DELETE'], allowedHeaders: ['Content-Type', 'Authorization'] });
  }

  // JSON only: Fastify would otherwise accept text/plain bodies as strings.
  app.removeContentTypeParser('text/plain');

  // Schemas are zod: Fastify hands each body to it, and a failure becomes our 400 with its Korean sentence.
  app.setValidatorCompiler(({ schema }) => (data: unknown) => {
    const result = (schema as z.ZodType).safeParse(data);
    return result.success ? { value: result.data } : { error: new ApiError(400, 'invalid', describeIssues(result.error)) };
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    let body: ClassError;
    let status: number;
    if (error instanceof ApiError) {
      status = error.statusCode;
      body = { error: error.error, message: error.message };
    } else if (
      error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      error instanceof SyntaxError
    ) {
      status = 400;
      body = { error: 'not-json', message: '요청 본문이 JSON이 아닙니다 (Content-Type: application/json).' };
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      status = 413;
      body = { error: 'too-large', message: '요청 본문이 너무 큽니다 (16 KB까지).' };
    } else if (error.statusCode && error.statusCode < 500) {
      status = error.statusCode;
      body = { error: 'invalid', message: '요청 형식이 맞지 않습니다.' };
    } else {
      request.log.error(error);
      status = 500;
      body = { error: 'invalid', message: '서버에서 요청을 처리하지 못했습니다.' };
    }
    return reply.code(status).send(body);
  });

  const hub = new ClassHub(app.server, { store, catalog, corsOrigins: options.corsOrigins, now });

  const redis = options.redisUrl ? createClient({ url: options.redisUrl }) : null;
  if (redis) {
    const subscriber = redis.duplicate();
    await Promise.all([redis.connect(), subscriber.connect()]);
    hub.io.adapter(createAdapter(redis, subscriber));
    app.addHook('onClose', async () => {
      await Promise.allSettled([redis.quit(), subscriber.quit()]);
    });
  }

  const purge = () => store.purgeCreatedBefore(now() - options.retentionDays * DAY_MS).catch((error: unknown) => app.log.error(error));
  await purge();
  const timer = setInterval(purge, PURGE_EVERY_MS);
  timer.unref();

  app.addHook('preClose', async () => {
    clearInterval(timer);
    hub.flush();
    // Open WebSockets would keep the HTTP server from closing.
    hub.io.disconnectSockets(true);
    hub.io.engine.close();
  });

  const failedJoins = new WindowCounter(LIMITS.failedJoinsPerMinute, 60_000);
  const openedClasses = new WindowCounter(LIMITS.classesPerHour, 3600_000);
  const sweep = setInterval(() => {
    failedJoins.sweep(now());
    openedClasses.sweep(now());
  }, 60_000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));

  /** The class of a presenter key or mentee token sent as `Authorization: Bearer`, for exactly this class. */
  async function authorize(request: FastifyRequest, classId: string): Promise<{ row: ClassRecord; memberId: string | null }> {
    const secret = bearer(request);
    if (!secret) throw new ApiError(401, 'unauthorized', '발표자 키나 참여 토큰이 필요합니다 (Authorization: Bearer …).');
    const presenter = await store.presenterClass(classId, secret);
    if (presenter) return { row: presenter, memberId: null };
    const member = await store.memberByToken(classId, secret);
    const row = member ? await store.classById(classId) : undefined;
    if (!member || !row) throw new ApiError(403, 'forbidden', '이 수업의 발표자 키나 참여 토큰이 아닙니다.');
    return { row, memberId: member.id };
  }

  const classParams = { params: classParamsSchema };

  app.get('/api/health', async (): Promise<HealthResponse> => ({ ok: true, store: store.kind, fanout: redis ? 'redis' : 'local' }));

  app.post('/api/classes', { schema: { body: createClassBody } }, async (request, reply): Promise<CreateClassResponse> => {
    if (openedClasses.limited(request.ip, now())) throw new ApiError(429, 'rate-limited', '이 주소에서 수업을 너무 많이 열었습니다. 잠시 후 다시 시도하세요.');
    openedClasses.record(request.ip, now());
    const { title } = request.body as z.infer<typeof createClassBody>;
    reply.code(201);
    return store.createClass(title);
  });

  app.post(
    '/api/join',
    {
      schema: { body: joinBody },
      // Before the body is even read: an address with too many failures is refused outright.
      onRequest: async (request) => {
        if (failedJoins.limited(request.ip, now())) throw new ApiError(429, 'rate-limited', '참여 시도가 너무 많습니다. 1분 뒤 다시 시도하세요.');
      },
      onResponse: async (request, reply) => {
        if (reply.statusCode >= 400 && reply.statusCode !== 429) failedJoins.record(request.ip, now());
      },
    },
    async (request): Promise<JoinResponse> => {
      const body = request.body as z.infer<typeof joinBody>;
      const code = normalizeJoinCode(body.code);
      const row = isJoinCode(code) ? await store.classByCode(code) : undefined;
      if (!row) throw new ApiError(404, 'not-found', '그 참여 코드의 수업이 없습니다. 코드를 다시 확인하세요.');
      if (row.ended_at !== null) throw new ApiError(410, 'ended', '이미 끝난 수업입니다.');
      const { member, token } = await store.join(row.id, body.nickname);
      hub.notifyJoined(row.id, member);
      return { classId: row.id, token, nickname: member.nickname };
    },
  );

  app.get('/api/classes/:classId', { schema: classParams }, async (request) => {
    const { classId } = request.params as { classId: string };
    const { row, memberId } = await authorize(request, classId);
    return {
      classId: row.id,
      title: row.title,
      role: memberId ? 'mentee' : 'presenter',
      endedAt: row.ended_at,
      live: liveOf(row),
      driver: memberId ? null : driverOf(row),
      ...(memberId ? {} : { joinCode: row.join_code, members: (await store.members(row.id)).length }),
    };
  });

  app.post('/api/classes/:classId/end', { schema: classParams }, async (request) => {
    const { classId } = request.params as { classId: string };
    const { row, memberId } = await authorize(request, classId);
    if (memberId) throw new ApiError(403, 'forbidden', '수업은 발표자만 끝낼 수 있습니다.');
    const endedAt = await store.endClass(row.id);
    if (endedAt === null) throw new ApiError(410, 'ended', '이미 끝난 수업입니다.');
    hub.notifyEnded(row.id, endedAt);
    return { endedAt };
  });

  app.delete('/api/classes/:classId/members/me', { schema: classParams }, async (request, reply: FastifyReply) => {
    const { classId } = request.params as { classId: string };
    const { row, memberId } = await authorize(request, classId);
    if (!memberId) throw new ApiError(403, 'forbidden', '참여 토큰으로만 나갈 수 있습니다.');
    await store.deleteMember(row.id, memberId);
    hub.notifyLeft(row.id, memberId);
    return reply.code(204).send();
  });
};

export default classApi;
