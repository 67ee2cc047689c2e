// The mentee connection's delivery of lab results, against a scripted Socket.IO socket: a result refused for
// its rate is sent again, one graded offline survives a "reload" (a new connection object) and goes out on connect.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ack } from './class-protocol';

type Handler = (...args: unknown[]) => void;

/** What the client sees of a Socket.IO socket; acknowledgements are scripted by the test. */
class FakeSocket {
  connected = false;
  readonly handlers = new Map<string, Handler[]>();
  readonly sent: { event: string; payload: unknown }[] = [];
  answers: Ack[] = [];
  on(event: string, handler: Handler) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  fire(event: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
  timeout() {
    return {
      emitWithAck: async (event: string, payload: unknown) => {
        this.sent.push({ event, payload });
        return this.answers.shift() ?? { ok: true };
      },
    };
  }
  close() {
    this.connected = false;
  }
}

let socket: FakeSocket;
vi.mock('socket.io-client', () => ({ io: () => socket }));

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const membership = { classId: 'c1', token: 't'.repeat(43), nickname: '민수', title: '1반', follow: true };
const outcome = { labId: 'pod', objectives: [{ id: 'a', pass: true }], complete: false };

function grade(detail: unknown) {
  window.dispatchEvent(new CustomEvent('w7-lab-outcome', { detail }));
}

beforeEach(() => {
  vi.useFakeTimers();
  socket = new FakeSocket();
  vi.stubGlobal('window', Object.assign(new EventTarget(), { localStorage: new MemoryStorage() }));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('MenteeConnection lab results', () => {
  it('sends only ids and pass/fail, and sends a result refused for its rate again 2 s later', async () => {
    const { MenteeConnection } = await import('./class-client');
    const connection = new MenteeConnection(membership);
    await connection.connect();
    socket.connected = true;
    socket.answers = [{ ok: false, error: 'rate-limited', message: '…' }, { ok: true }];
    grade({ ...outcome, objectives: [{ id: 'a', pass: true, reason: 'USER root' }], files: { Dockerfile: 'FROM x' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(socket.sent).toEqual([{ event: 'progress', payload: outcome }]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(socket.sent).toEqual([
      { event: 'progress', payload: outcome },
      { event: 'progress', payload: outcome },
    ]);
    expect(window.localStorage.getItem('w7.class.outbox.v1')).toBeNull();
    connection.close();
  });

  it('keeps a result graded offline across a reload and sends it on the next connection', async () => {
    const { MenteeConnection } = await import('./class-client');
    const first = new MenteeConnection(membership);
    await first.connect();
    grade(outcome);
    await vi.advanceTimersByTimeAsync(0);
    expect(socket.sent).toEqual([]);
    first.close();
    // The page reloads: a new connection object, a new socket.
    socket = new FakeSocket();
    const second = new MenteeConnection(membership);
    await second.connect();
    socket.connected = true;
    socket.fire('connect');
    await vi.advanceTimersByTimeAsync(0);
    expect(socket.sent).toEqual([{ event: 'progress', payload: outcome }]);
    expect(window.localStorage.getItem('w7.class.outbox.v1')).toBeNull();
    second.close();
  });
});
