'use client';
/**
 * React access to the live class: this browser's memberships (re-rendering on join/leave, also from other
 * tabs), the shared connections' state, and whether this site has the class API at all.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { hostConnection, menteeConnection, type HostConnection, type MenteeConnection } from '@/lib/live/class-client';
import { classApiAvailable, membershipVersion, readHost, readMentee, subscribeMembership } from '@/lib/live/class-membership';
import { initialHost, initialMentee, type HostState, type MenteeState } from '@/lib/live/class-state';

/** -1 on the server and during hydration, so that the first client render matches the HTML. */
function useMembershipVersion(): number {
  return useSyncExternalStore(subscribeMembership, membershipVersion, () => -1);
}

export function useMenteeMembership() {
  const version = useMembershipVersion();
  // Read again whenever a membership changes: the version says so.
  return useMemo(() => (version < 0 ? null : readMentee()), [version]);
}

export function useHostMembership() {
  const version = useMembershipVersion();
  return useMemo(() => (version < 0 ? null : readHost()), [version]);
}

/** True / false once known whether /api/health answers here; null until then. */
export function useClassApi(): boolean | null {
  const [available, setAvailable] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void classApiAvailable().then((value) => live && setAvailable(value));
    return () => {
      live = false;
    };
  }, []);
  return available;
}

const noop = () => () => undefined;

/** The mentee connection of this page (null without a membership) and its state. */
export function useMenteeClass(): { connection: MenteeConnection | null; state: MenteeState } {
  const membership = useMenteeMembership();
  const connection = useMemo(() => (membership ? menteeConnection(membership) : null), [membership]);
  const state = useSyncExternalStore(connection?.store.subscribe ?? noop, connection?.store.get ?? (() => initialMentee), () => initialMentee);
  return { connection, state };
}

/** The instructor connection of this page (null without a host membership) and its state. */
export function useHostClass(): { connection: HostConnection | null; state: HostState } {
  const membership = useHostMembership();
  const connection = useMemo(() => (membership ? hostConnection(membership) : null), [membership]);
  const state = useSyncExternalStore(connection?.store.subscribe ?? noop, connection?.store.get ?? (() => initialHost), () => initialHost);
  return { connection, state };
}
