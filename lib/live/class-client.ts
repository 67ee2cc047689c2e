/**
 * The browser's realtime connection to its class: Socket.IO (loaded only when this browser is in a class),
 * reconnecting by itself, feeding the reducers of ./class-state. One connection per page and role, shared by
 * every component that needs it. Mentees send lab results from lib/lab-runtime/outcome.ts: objective ids with
 * pass/fail and completion, never the editor's text.
 */
import type { Socket } from 'socket.io-client';
import { onLabOutcome, type LabOutcome } from '@/lib/lab-runtime/outcome';
import type { QuizQuestion } from '@/lib/quiz/types';
import { REALTIME_PATH, type Ack, type ClassAuth, type ClientToServer, type HelpRequest, type ServerToClient } from './class-protocol';
import { initialHost, initialMentee, reduceHost, reduceMentee, type ConnectionEvent, type HostState, type MenteeState } from './class-state';
import { writeMentee, type HostMembership, type MenteeMembership } from './class-membership';
import { readOutbox, writeOutbox } from './progress-outbox';
import type { LiveStateMessage } from './sync';

type ClassSocket = Socket<ServerToClient, ClientToServer>;

const ACK_TIMEOUT_MS = 8000;
/** A lab result refused for its rate, or not acknowledged, is sent again after this long. */
const RETRY_MS = 2000;
const OFFLINE: Ack = { ok: false, error: 'offline', message: '서버에 연결되어 있지 않아 보내지 못했습니다. 연결되면 다시 시도하세요.' };

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A small observable state: React reads it with useSyncExternalStore. */
class Observable<S> {
  private listeners = new Set<() => void>();
  constructor(public state: S) {}
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly get = () => this.state;
  set(next: S) {
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

/** Socket plumbing shared by both roles: connection status, refusals, events into the reducer. */
abstract class Connection<S> {
  readonly store: Observable<S>;
  protected socket: ClassSocket | null = null;
  protected closed = false;

  constructor(
    initial: S,
    private readonly reduce: (state: S, event: ConnectionEvent) => S,
    protected readonly auth: ClassAuth,
  ) {
    this.store = new Observable(initial);
  }

  protected dispatch(event: ConnectionEvent): void {
    this.store.set(this.reduce(this.store.state, event));
  }

  async connect(): Promise<void> {
    const { io } = await import('socket.io-client');
    if (this.closed) return;
    // WebSocket first (no sticky sessions needed behind a load balancer), long-polling as the fallback.
    const socket: ClassSocket = io({ path: REALTIME_PATH, auth: this.auth, transports: ['websocket', 'polling'] });
    this.socket = socket;
    socket.on('connect_error', (error: Error & { data?: { error?: string } }) => {
      const code = error.data?.error;
      if (code === 'ended' || code === 'unauthorized') {
        // Over for good: the UI says so and offers to dismiss (which forgets the membership).
        this.dispatch(code === 'ended' ? { type: 'ended' } : { type: 'status', status: 'refused', message: error.message });
        socket.close();
      } else {
        this.dispatch({ type: 'status', status: 'offline', message: '수업 서버에 연결하는 중입니다…' });
      }
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      // The server closes connections when the class ends or the mentee left (or one that flooded it);
      // Socket.IO retries only other losses, so ask the API which it was.
      if (reason === 'io server disconnect') {
        void this.afterServerDisconnect(socket);
      } else {
        this.dispatch({ type: 'status', status: 'offline', message: '연결이 끊겼습니다. 다시 연결하는 중입니다…' });
      }
    });
    socket.on('snapshot', (snapshot) => this.dispatch({ type: 'snapshot', snapshot }));
    socket.on('live', (state) => this.dispatch({ type: 'live', state }));
    socket.on('check', (check, question) => this.dispatch({ type: 'check', check, question: question ?? null }));
    socket.on('help:answered', (request) => this.dispatch({ type: 'help:answered', request }));
    socket.on('ended', () => this.dispatch({ type: 'ended' }));
    this.listen(socket);
  }

  /** Role-specific events. */
  protected abstract listen(socket: ClassSocket): void;

  /** The secret this connection authenticates with (token or presenter key), for the HTTP API. */
  protected abstract get secret(): string;

  private async afterServerDisconnect(socket: ClassSocket): Promise<void> {
    let over = false;
    try {
      const response = await fetch(`/api/classes/${encodeURIComponent(this.auth.classId)}`, { headers: { Authorization: `Bearer ${this.secret}` } });
      const body = response.ok ? ((await response.json()) as { endedAt?: number | null }) : null;
      over = response.status === 403 || response.status === 401 || (body !== null && body.endedAt !== null);
    } catch {
      over = false;
    }
    if (over) {
      this.dispatch({ type: 'ended' });
    } else if (!this.closed) {
      this.dispatch({ type: 'status', status: 'offline', message: '연결이 끊겼습니다. 다시 연결하는 중입니다…' });
      setTimeout(() => socket.connect(), 2000);
    }
  }

  /** Sends with an acknowledgement; a refusal or no answer comes back as a failed Ack, never a throw. */
  protected async send<T extends object = object>(event: keyof ClientToServer, ...args: unknown[]): Promise<Ack<T>> {
    const socket = this.socket;
    if (!socket?.connected) return OFFLINE as Ack<T>;
    try {
      const emit = socket.timeout(ACK_TIMEOUT_MS) as unknown as { emitWithAck(event: string, ...args: unknown[]): Promise<Ack<T>> };
      return await emit.emitWithAck(event, ...args);
    } catch {
      return OFFLINE as Ack<T>;
    }
  }

  close(): void {
    this.closed = true;
    this.socket?.close();
    this.socket = null;
  }
}

export class MenteeConnection extends Connection<MenteeState> {
  /**
   * The latest result per lab not yet acknowledged: sent again after a reconnection, and kept in localStorage
   * so that one graded offline also survives a reload.
   */
  private readonly pending: Map<string, LabOutcome>;
  private readonly stopOutcomes: () => void;

  constructor(readonly membership: MenteeMembership) {
    super(initialMentee, reduceMentee, { classId: membership.classId, token: membership.token });
    this.pending = readOutbox(localStore(), membership.classId);
    this.stopOutcomes = onLabOutcome((outcome) => this.reportOutcome(outcome));
  }

  private savePending(): void {
    writeOutbox(localStore(), this.membership.classId, this.pending);
  }

  protected listen(socket: ClassSocket): void {
    socket.on('connect', () => {
      for (const outcome of this.pending.values()) void this.flush(outcome);
    });
  }

  protected get secret(): string {
    return this.membership.token;
  }

  /** Only the ids, pass/fail and completion of a lab result are sent. */
  private reportOutcome(outcome: LabOutcome): void {
    const message: LabOutcome = { labId: outcome.labId, objectives: outcome.objectives.map(({ id, pass }) => ({ id, pass })), complete: outcome.complete };
    this.pending.set(message.labId, message);
    this.savePending();
    void this.flush(message);
  }

  private async flush(outcome: LabOutcome): Promise<void> {
    const result = await this.send('progress', { labId: outcome.labId, objectives: outcome.objectives, complete: outcome.complete });
    if (this.pending.get(outcome.labId) !== outcome) return;
    if (!result.ok && (result.error === 'rate-limited' || (result.error === 'offline' && this.socket?.connected))) {
      // Too fast, or no acknowledgement on a live connection: the same (latest) result again shortly, so the
      // board never keeps an old one. Offline results wait for the next connection (see listen).
      setTimeout(() => {
        if (!this.closed && this.pending.get(outcome.labId) === outcome) void this.flush(outcome);
      }, RETRY_MS);
      return;
    }
    // Delivered, or refused for good (that refusal would repeat): nothing to resend.
    if (result.ok || result.error !== 'offline') {
      this.pending.delete(outcome.labId);
      this.savePending();
    }
  }

  async requestHelp(labId: string, objectiveId: string | null): Promise<Ack<{ id: string }>> {
    const result = await this.send<{ id: string }>('help', { labId, objectiveId });
    if (result.ok) {
      const request: HelpRequest = {
        id: result.id,
        memberId: this.store.state.snapshot?.me.id ?? '',
        labId,
        objectiveId,
        createdAt: Date.now(),
        answeredAt: null,
      };
      this.dispatch({ type: 'help:sent', request });
    }
    return result;
  }

  async answer(checkId: string, optionId: string): Promise<Ack> {
    const result = await this.send('answer', { checkId, optionId });
    if (result.ok) this.dispatch({ type: 'answered', checkId, optionId });
    return result;
  }

  /** Leaves the class and deletes everything this mentee sent (server side), then forgets the membership. */
  async leave(): Promise<{ ok: boolean; message: string }> {
    try {
      const response = await fetch(`/api/classes/${encodeURIComponent(this.membership.classId)}/members/me`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${this.membership.token}` },
      });
      // 403: the server no longer knows this token (class deleted): nothing left to delete.
      if (response.status !== 204 && response.status !== 403) return { ok: false, message: '수업에서 나가지 못했습니다. 잠시 후 다시 시도하세요.' };
    } catch {
      return { ok: false, message: '서버에 연결할 수 없어 나가지 못했습니다.' };
    }
    this.close();
    this.pending.clear();
    this.savePending();
    writeMentee(null);
    return { ok: true, message: '수업에서 나갔고, 보낸 기록을 모두 지웠습니다.' };
  }

  override close(): void {
    this.stopOutcomes();
    super.close();
  }
}

export class HostConnection extends Connection<HostState> {
  private readonly drivingListeners = new Set<() => void>();

  constructor(readonly membership: HostMembership) {
    super(initialHost, reduceHost, {
      classId: membership.classId,
      presenterKey: membership.presenterKey,
      presenterId: membership.presenterId,
      name: membership.name,
    });
  }

  protected listen(socket: ClassSocket): void {
    socket.on('driver', (driver) => this.dispatch({ type: 'driver', driver }));
    socket.on('presenters', (presenters) => this.dispatch({ type: 'presenters', presenters }));
    socket.on('member', (member) => this.dispatch({ type: 'member', member }));
    socket.on('member:left', (memberId) => this.dispatch({ type: 'member:left', memberId }));
    socket.on('progress', (rows) => this.dispatch({ type: 'progress', rows }));
    socket.on('help', (request) => this.dispatch({ type: 'help', request }));
    socket.on('tally', (tally) => this.dispatch({ type: 'tally', tally }));
    // Whenever this browser (re)gains the lead, the presenter is asked to send its state again.
    let wasDriving = false;
    this.store.subscribe(() => {
      const driving = this.driving;
      if (driving && !wasDriving) for (const listener of this.drivingListeners) listener();
      wasDriving = driving;
    });
  }

  protected get secret(): string {
    return this.membership.presenterKey;
  }

  get driving(): boolean {
    const { driver, you, status } = this.store.state;
    return status === 'connected' && driver !== null && driver.id === you?.id;
  }

  /** Calls `listener` each time this browser becomes the driver; returns the unsubscribe function. */
  onDriving(listener: () => void): () => void {
    this.drivingListeners.add(listener);
    return () => this.drivingListeners.delete(listener);
  }

  /** Publishes the presenter's state; only the driver's states go out (the server would refuse others). */
  async publish(state: LiveStateMessage): Promise<Ack> {
    if (!this.driving) return { ok: false, error: 'not-driver', message: '지금은 다른 강사가 진행 중입니다.' };
    return this.send('live', state);
  }

  takeOver = () => this.send('takeover');
  answerHelp = (id: string) => this.send('help:answer', { id });
  startCheck = (question: QuizQuestion) => this.send<{ checkId: string }>('check:start', question);
  revealCheck = (checkId: string) => this.send('check:reveal', { checkId });
  closeCheck = (checkId: string) => this.send('check:close', { checkId });
  endClass = () => this.send('end');
}

let mentee: MenteeConnection | null = null;
let host: HostConnection | null = null;

/** This page's mentee connection for `membership` (opened on first use; replaced when the membership changes). */
export function menteeConnection(membership: MenteeMembership): MenteeConnection {
  if (mentee && mentee.membership.token === membership.token) return mentee;
  mentee?.close();
  mentee = new MenteeConnection(membership);
  void mentee.connect();
  return mentee;
}

export function hostConnection(membership: HostMembership): HostConnection {
  if (
    host &&
    host.membership.presenterKey === membership.presenterKey &&
    host.membership.classId === membership.classId &&
    host.membership.name === membership.name
  )
    return host;
  host?.close();
  host = new HostConnection(membership);
  void host.connect();
  return host;
}
