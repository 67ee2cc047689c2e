/** Grading options with defaults filled in; values of the wrong shape fall back to the defaults. Pure. */
import type { GradeOptions, PssLevel } from './types';

const PSS_LEVELS: readonly PssLevel[] = ['privileged', 'baseline', 'restricted'];

export type NormalizedOptions = GradeOptions & { pssLevel: PssLevel; pssVersion: string; today: string };

/** Options with defaults filled in; values of the wrong shape fall back to the defaults. */
export function normalizeOptions(options: GradeOptions): NormalizedOptions {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  const out: NormalizedOptions = {
    pssLevel: PSS_LEVELS.includes(options.pssLevel as PssLevel) ? options.pssLevel! : 'restricted',
    pssVersion: typeof options.pssVersion === 'string' && /^(?:latest|v1\.\d{1,3})$/.test(options.pssVersion) ? options.pssVersion : 'latest',
    today: typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today) ? options.today : todayUtc(),
  };
  const rules = strings(options.rules);
  const ignore = strings(options.ignore);
  if (rules && rules.length > 0) out.rules = rules;
  if (ignore && ignore.length > 0) out.ignore = ignore;
  return out;
}

let todayCache = { day: -1, text: '' };

/** Today's date (UTC) as YYYY-MM-DD, formatted once per day. */
function todayUtc(): string {
  const day = Math.floor(Date.now() / 86_400_000);
  if (day !== todayCache.day) todayCache = { day, text: new Date(day * 86_400_000).toISOString().slice(0, 10) };
  return todayCache.text;
}
