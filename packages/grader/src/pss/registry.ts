/**
 * The check registry and evaluator (upstream policy/registry.go): for a level and version, every
 * check contributes its newest revision with minimumVersion <= version; restricted runs all baseline
 * checks except those a restricted revision overrides, then the restricted checks. Order: baseline
 * ids sorted, then restricted ids sorted (upstream's order, which keeps messages stable).
 */
import type { PssLevel } from '../types';
import type { PssCheckModule } from './doc';
import type { Check, CheckPodFn, CheckResult, VersionedCheck } from './types';
import { byCodeUnit } from './pod';
import { LATEST_MINOR, parseVersion } from './versions';
import { allowPrivilegeEscalation } from './checks/allowPrivilegeEscalation';
import { appArmorProfile } from './checks/appArmorProfile';
import { capabilities_baseline } from './checks/capabilities_baseline';
import { capabilities_restricted } from './checks/capabilities_restricted';
import { hostNamespaces } from './checks/hostNamespaces';
import { hostPathVolumes } from './checks/hostPathVolumes';
import { hostPorts } from './checks/hostPorts';
import { hostProbesAndHostLifecycle } from './checks/hostProbesAndHostLifecycle';
import { privileged } from './checks/privileged';
import { procMount } from './checks/procMount';
import { procMount_restricted } from './checks/procMount_restricted';
import { restrictedVolumes } from './checks/restrictedVolumes';
import { runAsNonRoot } from './checks/runAsNonRoot';
import { runAsUser } from './checks/runAsUser';
import { seccompProfile_baseline } from './checks/seccompProfile_baseline';
import { seccompProfile_restricted } from './checks/seccompProfile_restricted';
import { seLinuxOptions } from './checks/seLinuxOptions';
import { sysctls } from './checks/sysctls';
import { windowsHostProcess } from './checks/windowsHostProcess';

export const CHECK_MODULES: readonly PssCheckModule[] = [
  privileged,
  hostNamespaces,
  hostPorts,
  hostPathVolumes,
  capabilities_baseline,
  appArmorProfile,
  seLinuxOptions,
  procMount,
  seccompProfile_baseline,
  sysctls,
  windowsHostProcess,
  hostProbesAndHostLifecycle,
  allowPrivilegeEscalation,
  capabilities_restricted,
  procMount_restricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfile_restricted,
];

export const CHECKS: readonly Check[] = CHECK_MODULES.map((m) => m.check);

const ORDERED_IDS: readonly string[] = [
  ...CHECKS.filter((c) => c.level === 'baseline').map((c) => c.id).sort(byCodeUnit),
  ...CHECKS.filter((c) => c.level === 'restricted').map((c) => c.id).sort(byCodeUnit),
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

const cache = new Map<string, Entry[]>();

/** The checks (id + function) that run for a level at a minor version, in upstream order. */
export function checksFor(level: PssLevel, minor: number): Entry[] {
  if (level === 'privileged') return [];
  const m = Math.max(0, Math.min(minor, LATEST_MINOR));
  const cacheKey = `${level}:${m}`;
  const hit = cache.get(cacheKey);
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
  cache.set(cacheKey, entries);
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
