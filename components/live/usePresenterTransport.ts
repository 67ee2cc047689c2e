'use client';
/**
 * The presenter's transport: this browser's other windows (BroadcastChannel) and, when this browser hosts an
 * open class, every mentee's device through the class connection. Kept apart from ./hooks so that reading
 * pages, which only follow, never load the class client.
 */
import { useMemo } from 'react';
import { classTransport, combineTransports } from '@/lib/live/class-transport';
import type { Transport } from '@/lib/live/sync';
import { useHostClass } from './class/hooks';
import { useTransport } from './hooks';

export function usePresenterTransport(): { self: string; transport: Transport | null } {
  const local = useTransport();
  const { connection } = useHostClass();
  const transport = useMemo(() => {
    if (!local.transport || !connection) return local.transport;
    return combineTransports([local.transport, classTransport(connection)]);
  }, [local.transport, connection]);
  return { self: local.self, transport };
}
