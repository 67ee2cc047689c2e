/**
 * The shapes of pod-security-admission's policy package (checks.go), in TypeScript.
 * Pods come in as plain data (parsed YAML): every accessor in ./pod.ts tolerates wrong types.
 */
import type { Path } from '../yaml/document';
import type { PssLevel } from '../types';

/** Where a violation is, relative to the pod: paths start with 'metadata' or 'spec'. */
export interface Location {
  path: Path;
  /** Point at the key of the last segment, or at its value. */
  at: 'key' | 'value';
}

export interface CheckResult {
  /** Upstream check id, e.g. 'seccompProfile_restricted'. */
  checkId: string;
  allowed: boolean;
  /** Upstream ForbiddenReason (English, short), set when not allowed. */
  forbiddenReason?: string;
  /** Upstream ForbiddenDetail (English), set when not allowed. */
  forbiddenDetail?: string;
  /** The same detail in Korean. */
  forbiddenDetailKo?: string;
  /** Offending places, most relevant first; set when not allowed. */
  locations?: Location[];
}

/** What a check function returns; the registry adds the check id. */
export type CheckOutcome = Omit<CheckResult, 'checkId'>;

export type CheckPodFn = (podMeta: unknown, podSpec: unknown) => CheckOutcome;

export interface VersionedCheck {
  /** First policy minor version (1.N) this revision applies to. */
  minimumVersion: number;
  checkPod: CheckPodFn;
  /** Baseline check ids this restricted revision replaces (upstream OverrideCheckIDs). */
  overrideCheckIds?: string[];
}

export interface Check {
  id: string;
  level: Exclude<PssLevel, 'privileged'>;
  /** Strictly increasing minimumVersion. */
  versions: VersionedCheck[];
}

export const ALLOWED: CheckOutcome = { allowed: true };
