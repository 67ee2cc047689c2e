/**
 * Pod Security Standards policy versions, as pod-security-admission's api package treats them:
 * 'latest' or 'v1.N'. Versions newer than the newest check revision evaluate as that revision
 * (upstream clamps to the registry's maxVersion), so 'latest' resolves to LATEST_MINOR.
 */

/** Highest MinimumVersion of any registered check (sysctls gained a v1.37 revision). */
export const LATEST_MINOR = 37;

export interface PolicyVersion {
  /** The label value as written: 'latest' or 'v1.N'. */
  label: string;
  /** Minor version the checks run at (latest and anything newer resolve to LATEST_MINOR). */
  minor: number;
}

const VERSION_RE = /^v1\.(0|[1-9][0-9]{0,8})$/;

/** Parse 'latest' or 'v1.N' (N without leading zeros). Returns null for anything else. */
export function parseVersion(text: string): PolicyVersion | null {
  const label = text.trim();
  if (label === 'latest') return { label, minor: LATEST_MINOR };
  const m = VERSION_RE.exec(label);
  if (!m) return null;
  const minor = Number(m[1]);
  return { label, minor: Math.min(minor, LATEST_MINOR) };
}

/** Is `text` a valid policy version (for the CLI's --pss-version)? */
export function isValidVersion(text: string): boolean {
  return parseVersion(text) !== null;
}

/**
 * Compare two version labels: -1 when a is older than b, 0 when equal, 1 when newer; 'latest' is
 * newer than every v1.N. Throws on an invalid label: validate input with isValidVersion first.
 */
export function compareVersions(a: string, b: string): number {
  const rank = (t: string): number => {
    if (t.trim() === 'latest') return Number.POSITIVE_INFINITY;
    const m = VERSION_RE.exec(t.trim());
    if (!m) throw new Error(`invalid PSS version: ${JSON.stringify(t)}`);
    return Number(m[1]);
  };
  const ra = rank(a);
  const rb = rank(b);
  return ra === rb ? 0 : ra < rb ? -1 : 1;
}

/** 'v1.N' for a minor version. */
export function formatMinor(minor: number): string {
  return `v1.${minor}`;
}
