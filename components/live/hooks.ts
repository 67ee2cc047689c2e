'use client';
/**
 * Client hooks of the live class: a 1-second ticker, the `?at=` rehearsal clock, and following the
 * presenter's state (saved state first, then BroadcastChannel messages).
 */
import { useEffect, useState } from 'react';
import { rehearsalOffsetMs } from '@/lib/live/schedule';
import { browserStorage, isFresh, readLiveState } from '@/lib/live/store';
import { broadcastTransport, LIVE_VERSION, newSenderId, reduceLive, type LiveStateMessage, type Transport } from '@/lib/live/sync';

/** Device time, updated every second; null until mounted (so server and first client render agree). */
export function useTicker(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
  }, []);
  return now;
}

/** The rehearsal offset from this page's `?at=` (null when absent), read once on mount. */
export function useUrlRehearsal(): number | null | undefined {
  const [offset, setOffset] = useState<number | null | undefined>(undefined);
  useEffect(() => setOffset(rehearsalOffsetMs(window.location.search, Date.now())), []);
  return offset;
}

/** This window's sender id and the shared transport (transport null until mounted or without BroadcastChannel). */
export function useTransport(): { self: string; transport: Transport | null } {
  const [value, setValue] = useState<{ self: string; transport: Transport | null }>({ self: '', transport: null });
  useEffect(() => {
    const next = { self: newSenderId(), transport: broadcastTransport() };
    setValue(next);
    return () => next.transport?.close();
  }, []);
  return value;
}

/** The presenter's latest state as seen by a follower (audience window, reader), or null. */
export function useLiveFollower(): LiveStateMessage | null {
  const { self, transport } = useTransport();
  const [state, setState] = useState<LiveStateMessage | null>(null);
  useEffect(() => {
    const saved = readLiveState(browserStorage());
    if (saved && isFresh(saved, Date.now())) setState(saved);
  }, []);
  useEffect(() => {
    if (!transport) return;
    const unsubscribe = transport.subscribe((message) => setState((current) => reduceLive(current, message, self)));
    transport.send({ v: LIVE_VERSION, type: 'hello', sender: self, ts: Date.now() });
    return unsubscribe;
  }, [transport, self]);
  return state;
}
