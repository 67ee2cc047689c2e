/**
 * The check registry and evaluator (upstream policy/registry.go): for a level and version, every
 * check contributes its newest revision with minimumVersion <= version; restricted runs all baseline
 * checks except those a restricted revision overrides, then the restricted checks. Order: baseline
 * ids sorted, then restricted ids sorted (upstream's order, which keeps messages stable).
 */
import type { PssLevel } from '../types';
import type { PssCheckModule } from '../rules/_shared/pss';
import type { Check, CheckPodFn, CheckResult, VersionedCheck } from './types';
import { byCodeUnit } from './pod';
import { LATEST_MINOR, parseVersion } from './versions';
import { pssCheckModules } from '../rules/pss/index';

export const CHECK_MODULES: readonly PssCheckModule[] = pssCheckModules;

export const CHECKS: readonly Check[] = CHECK_MODULES.map((m) => m.check);

const ORDERED_IDS: readonly string[] = [
  ...CHECKS.filter((c) => c.level === 'baseline')
    .map((c) => c.id)
    .sort(byCodeUnit),
  ...CHECKS.filter((c) => c.level === 'restricted')
    .map((c) => c.id)
    .sort(byCodeUnit),
];

/** The revision of `check` in force at `minor`, or undefined before its first revision. */
export function revisionAt(check: Check, minor: number): VersionedCheck | undefined {
  let found: VersionedCheck | undefined;
  for (const v of check.versions) if (v.minimumVersion <= minor) found = v;
  return found;
}

interface Entry {
  id: string;
  checkPod: CheckPodFn;
}

/** Entries by level, then by minor version (every pss/* rule asks for each pod: no key string built per call). */
const cache = new Map<string, Map<number, Entry[]>>();

/** The checks (id + function) that run for a level at a minor version, in upstream order. */
export function checksFor(level: PssLevel, minor: number): Entry[] {
  if (level === 'privileged') return [];
  const m = Math.max(0, Math.min(minor, LATEST_MINOR));
  let byMinor = cache.get(level);
  if (!byMinor) {
    byMinor = new Map();
    cache.set(level, byMinor);
  }
  const hit = byMinor.get(m);
  if (hit) return hit;
  const active = new Map<string, { check: Check; rev: VersionedCheck }>();
  for (const check of CHECKS) {
    if (level === 'baseline' && check.level === 'restricted') continue;
    const rev = revisionAt(check, m);
    if (rev) active.set(check.id, { check, rev });
  }
  if (level === 'restricted') {
    for (const { check, rev } of [...active.values()]) {
      if (check.level !== 'restricted') continue;
      for (const id of rev.overrideCheckIds ?? []) active.delete(id);
    }
  }
  const entries = ORDERED_IDS.filter((id) => active.has(id)).map((id) => ({ id, checkPod: active.get(id)!.rev.checkPod }));
  byMinor.set(m, entries);
  return entries;
}

/**
 * Evaluate a pod (its metadata and spec as plain data) at a level and version ('latest', 'v1.N' or
 * a minor number; an invalid string evaluates as latest, like upstream's fallback for a bad label).
 * Returns one result per check that ran, allowed or not, in upstream order; privileged runs none.
 */
export function evaluatePod(podMeta: unknown, podSpec: unknown, level: PssLevel, version: string | number = 'latest'): CheckResult[] {
  const minor = typeof version === 'number' ? version : (parseVersion(version)?.minor ?? LATEST_MINOR);
  return checksFor(level, minor).map(({ id, checkPod }) => ({ checkId: id, ...checkPod(podMeta, podSpec) }));
}

/** Upstream's aggregate warning text: `reason (detail), reason, ...` for the forbidden results. */
export function aggregateForbidden(results: readonly CheckResult[]): string {
  return results
    .filter((r) => !r.allowed)
    .map((r) => (r.forbiddenDetail ? `${r.forbiddenReason} (${r.forbiddenDetail})` : (r.forbiddenReason ?? 'unknown forbidden reason')))
    .join(', ');
}
