/**
 * Presenter ⇄ audience synchronisation: one small serialisable message behind a `Transport`, so that a
 * network transport can later carry the same messages to mentees' devices. The BroadcastChannel transport
 * reaches the other windows of the same browser profile.
 */
import type { Shift } from './schedule';

export const LIVE_CHANNEL = 'w7-live';
export const LIVE_VERSION = 1;

/** The section a slide belongs to (the h2 it starts with), for readers' "class is here" banner. */
export interface LiveSection {
  id: string;
  title: string;
}

/** The presenter's state: sent on every change, and in answer to a `hello`. */
export interface LiveStateMessage {
  v: typeof LIVE_VERSION;
  type: 'state';
  chapter: string;
  /** 0-based slide index. */
  slide: number;
  section: LiveSection | null;
  /** Today's schedule shifts. */
  shifts: Shift[];
  /** Rehearsal clock: milliseconds added to the device clock (0 = real time). */
  offsetMs: number;
  sender: string;
  /** Device time of sending (ms since epoch). */
  ts: number;
}

/** Sent by a window that has just opened, asking the presenter to repeat its state. */
export interface LiveHelloMessage {
  v: typeof LIVE_VERSION;
  type: 'hello';
  sender: string;
  ts: number;
}

export type LiveMessage = LiveStateMessage | LiveHelloMessage;

export interface Transport {
  send(message: LiveMessage): void;
  /** Calls `listener` with each message from other senders; returns the unsubscribe function. */
  subscribe(listener: (message: LiveMessage) => void): () => void;
  close(): void;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function parseShift(value: unknown): Shift | null {
  if (!isObject(value)) return null;
  const { date, atMinute, minutes } = value;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  if (!isFiniteNumber(atMinute) || !isFiniteNumber(minutes)) return null;
  return { date, atMinute, minutes };
}

/** Validates a list of shifts; null when any entry is malformed. */
export function parseShifts(value: unknown): Shift[] | null {
  if (!Array.isArray(value)) return null;
  const shifts = value.map(parseShift);
  return shifts.every((s): s is Shift => s !== null) ? shifts : null;
}

/** Validates untrusted data (another window, storage, later the network) as a message; null if it is not one. */
export function parseMessage(data: unknown): LiveMessage | null {
  if (!isObject(data) || data.v !== LIVE_VERSION) return null;
  const { type, sender, ts } = data;
  if (typeof sender !== 'string' || sender === '' || !isFiniteNumber(ts)) return null;
  if (type === 'hello') return { v: LIVE_VERSION, type, sender, ts };
  if (type !== 'state') return null;
  const { chapter, slide, section, offsetMs } = data;
  if (typeof chapter !== 'string' || chapter === '') return null;
  if (!isFiniteNumber(slide) || !Number.isInteger(slide) || slide < 0) return null;
  if (!isFiniteNumber(offsetMs)) return null;
  const shifts = parseShifts(data.shifts);
  if (!shifts) return null;
  let parsedSection: LiveSection | null = null;
  if (section !== null && section !== undefined) {
    if (!isObject(section) || typeof section.id !== 'string' || typeof section.title !== 'string') return null;
    parsedSection = { id: section.id, title: section.title };
  }
  return { v: LIVE_VERSION, type, chapter, slide, section: parsedSection, shifts, offsetMs, sender, ts };
}

/**
 * The state a follower (audience, reader) holds after `incoming`: a valid state message from another
 * sender that is not older than the current one replaces it; anything else leaves it unchanged.
 */
export function reduceLive(current: LiveStateMessage | null, incoming: unknown, self: string): LiveStateMessage | null {
  const message = parseMessage(incoming);
  if (message?.type !== 'state' || message.sender === self) return current;
  if (current && message.ts < current.ts) return current;
  return message;
}

/** A random sender id for this window. */
export function newSenderId(random: () => number = Math.random): string {
  return `w${Math.floor(random() * 2 ** 48).toString(36)}`;
}

/** The same-browser transport; null where BroadcastChannel is missing. */
export function broadcastTransport(name: string = LIVE_CHANNEL): Transport | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    send: (message) => channel.postMessage(message),
    subscribe(listener) {
      const onMessage = (event: MessageEvent) => {
        const message = parseMessage(event.data);
        if (message) listener(message);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}
