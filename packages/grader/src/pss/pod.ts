/**
 * Safe readers over plain pod data and the container visitor (upstream visitor.go): init
 * containers, then containers, then ephemeral containers. Wrong types read as "unset".
 */
import type { Path } from '../yaml/document';
import type { Location } from './types';

export type Obj = Record<string, unknown>;

export function asObj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

export function asArr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asStr(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A *bool in Go: true, false, or unset (anything that is not a boolean). */
export function asBool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

export function get(v: unknown, ...keys: (string | number)[]): unknown {
  let cur: unknown = v;
  for (const k of keys) {
    if (typeof k === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[k];
    } else {
      const o = asObj(cur);
      if (!o) return undefined;
      cur = o[k];
    }
  }
  return cur;
}

export interface ContainerRef {
  /** The container's name ('' when missing, like Go's zero value). */
  name: string;
  value: Obj;
  /** Path of the container relative to the pod, e.g. ['spec', 'containers', 0]. */
  path: Path;
}

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

export function containersOf(podSpec: unknown): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const list of CONTAINER_LISTS) {
    asArr(get(podSpec, list)).forEach((c, i) => {
      const value = asObj(c);
      if (!value) return;
      out.push({ name: asStr(value.name) ?? '', value, path: ['spec', list, i] });
    });
  }
  return out;
}

/** Upstream joinQuote: "a", "b". */
export function joinQuote(items: readonly string[]): string {
  return items.length === 0 ? '' : `"${items.join('", "')}"`;
}

export function pluralize(singular: string, plural: string, count: number): string {
  return count === 1 ? singular : plural;
}

/** `container "a"` / `containers "a", "b"` (upstream wording). */
export function containersPhrase(names: readonly string[]): string {
  return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`;
}

/** Korean keeps the singular term: `container "a", "b"`. */
export function containersPhraseKo(names: readonly string[]): string {
  return `container ${joinQuote(names)}`;
}

/** Go's sets.NewString(...).List(): unique, sorted by code unit. */
export function sortedUnique(items: Iterable<string>): string[] {
  return [...new Set(items)].sort(byCodeUnit);
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Go's %q for a string (enough for label and annotation values). */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}

export const key = (path: Path): Location => ({ path, at: 'key' });
export const value = (path: Path): Location => ({ path, at: 'value' });

/**
 * For a field that is missing: the deepest part of `path` (relative to the pod) that exists in the
 * pod data, as a key. When only the container item exists, its `name` value is used instead.
 */
export function missingAnchor(pod: { metadata?: unknown; spec?: unknown }, path: Path): Location {
  let cur: unknown = pod;
  let depth = 0;
  for (const seg of path) {
    const next = get(cur, seg);
    if (next === undefined) break;
    cur = next;
    depth++;
  }
  const existing = path.slice(0, depth);
  if (typeof existing[existing.length - 1] === 'number') {
    return asStr(get(cur, 'name')) !== undefined ? value([...existing, 'name']) : key(existing);
  }
  return key(existing.length > 0 ? existing : ['spec']);
}

export function isWindowsPod(podSpec: unknown): boolean {
  return asStr(get(podSpec, 'os', 'name')) === 'windows';
}

/** Upstream relaxPolicyForUserNamespacePod (ungated from policy v1.35): spec.hostUsers is false. */
export function inUserNamespace(podSpec: unknown): boolean {
  return asBool(get(podSpec, 'hostUsers')) === false;
}
