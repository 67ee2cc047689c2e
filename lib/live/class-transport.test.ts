import { describe, expect, it, vi } from 'vitest';
import { classTransport, combineTransports } from './class-transport';
import type { LiveMessage, LiveStateMessage, Transport } from './sync';

const state: LiveStateMessage = { v: 1, type: 'state', chapter: 'basics', slide: 2, section: null, shifts: [], offsetMs: 0, sender: 'w1', ts: 5 };

describe('classTransport', () => {
  it('publishes state messages only, and says hello each time this browser becomes the driver', () => {
    const publish = vi.fn(async () => ({ ok: true as const }));
    let becameDriver: (() => void) | null = null;
    const transport = classTransport({ publish, onDriving: (listener) => ((becameDriver = listener), () => (becameDriver = null)) });
    transport.send(state);
    transport.send({ v: 1, type: 'hello', sender: 'w2', ts: 6 });
    expect(publish.mock.calls).toEqual([[state]]);
    const heard: LiveMessage[] = [];
    const stop = transport.subscribe((message) => heard.push(message));
    becameDriver!();
    expect(heard).toEqual([{ v: 1, type: 'hello', sender: 'class', ts: expect.any(Number) }]);
    stop();
    expect(becameDriver).toBeNull();
  });
});

describe('combineTransports', () => {
  it('sends through every transport and hears from each', () => {
    const fake = () => {
      const listeners = new Set<(message: LiveMessage) => void>();
      const sent: LiveMessage[] = [];
      const transport: Transport = { send: (m) => sent.push(m), subscribe: (l) => (listeners.add(l), () => listeners.delete(l)), close: vi.fn() };
      return { transport, sent, emit: (m: LiveMessage) => listeners.forEach((l) => l(m)) };
    };
    const a = fake();
    const b = fake();
    const both = combineTransports([a.transport, b.transport]);
    both.send(state);
    expect([a.sent, b.sent]).toEqual([[state], [state]]);
    const heard: LiveMessage[] = [];
    const stop = both.subscribe((message) => heard.push(message));
    a.emit(state);
    b.emit({ ...state, slide: 3 });
    stop();
    a.emit(state);
    expect(heard.map((m) => (m.type === 'state' ? m.slide : -1))).toEqual([2, 3]);
    both.close();
    expect(a.transport.close).toHaveBeenCalled();
  });
});
