/**
 * This browser's place in a live class, kept in localStorage: as a mentee (class id, token, nickname,
 * follow mode) and/or as an instructor (class id, presenter key, presenter id and name). A tiny store so that
 * components re-render on join/leave, also from another tab. Never throws: bad or missing data read as none.
 */
export const MENTEE_STORAGE_KEY = 'w7.class.mentee.v1';
export const HOST_STORAGE_KEY = 'w7.class.host.v1';
const API_CHECK_KEY = 'w7.class.api.v1';

export interface MenteeMembership {
  classId: string;
  token: string;
  nickname: string;
  title: string;
  /** 따라가기: the page follows the instructor's moves. */
  follow: boolean;
}

export interface HostMembership {
  classId: string;
  presenterKey: string;
  joinCode: string;
  title: string;
  /** This browser's presenter id (random): who drives is a presenter id. */
  presenterId: string;
  name: string;
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length < 200;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function readJson(key: string): Record<string, unknown> | null {
  try {
    const raw = storage()?.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function parseMentee(value: Record<string, unknown> | null): MenteeMembership | null {
  if (!value) return null;
  const { classId, token, nickname, title, follow } = value;
  if (!isString(classId) || !isString(token) || !isString(nickname) || typeof title !== 'string') return null;
  return { classId, token, nickname, title, follow: follow !== false };
}

export function parseHost(value: Record<string, unknown> | null): HostMembership | null {
  if (!value) return null;
  const { classId, presenterKey, joinCode, title, presenterId, name } = value;
  if (![classId, presenterKey, joinCode, presenterId, name].every(isString) || typeof title !== 'string') return null;
  return value as unknown as HostMembership;
}

const listeners = new Set<() => void>();
let version = 0;
const notify = () => {
  version += 1;
  for (const listener of listeners) listener();
};

/** Another tab joined or left. */
const onStorage = (event: StorageEvent) => {
  if (event.key === MENTEE_STORAGE_KEY || event.key === HOST_STORAGE_KEY) notify();
};

/** Subscribes to membership changes (this tab and others); returns the unsubscribe function. */
export function subscribeMembership(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

/** Changes on every membership change: a snapshot key for useSyncExternalStore. */
export const membershipVersion = () => version;

export const readMentee = () => parseMentee(readJson(MENTEE_STORAGE_KEY));
export const readHost = () => parseHost(readJson(HOST_STORAGE_KEY));

function write(key: string, value: object | null): void {
  try {
    if (value) storage()?.setItem(key, JSON.stringify(value));
    else storage()?.removeItem(key);
  } catch {
    // Storage refused (quota, privacy mode): the class still works for this page.
  }
  notify();
}

export const writeMentee = (membership: MenteeMembership | null) => write(MENTEE_STORAGE_KEY, membership);
export const writeHost = (membership: HostMembership | null) => write(HOST_STORAGE_KEY, membership);

/** 16 random bytes, base64url: this browser's presenter id. */
export function newPresenterId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * Whether this site has the class API (`npm start`) rather than only static files: asked once per browser
 * session, so that a static host gets one failed request per session and no class features.
 */
export async function classApiAvailable(): Promise<boolean> {
  try {
    const cached = window.sessionStorage.getItem(API_CHECK_KEY);
    if (cached === '1' || cached === '0') return cached === '1';
  } catch {
    // No sessionStorage: ask every time.
  }
  let available = false;
  try {
    const response = await fetch('/api/health', { headers: { Accept: 'application/json' } });
    const body: unknown = response.ok ? await response.json() : null;
    available = typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === true;
  } catch {
    available = false;
  }
  try {
    window.sessionStorage.setItem(API_CHECK_KEY, available ? '1' : '0');
  } catch {
    // Not cached: fine.
  }
  return available;
}
