/**
 * A mentee's lab results not yet acknowledged by the class server, kept per class in localStorage: a result
 * graded while offline survives a reload or a closed tab and is sent on the next connection. Holds objective
 * ids and pass/fail only (a LabOutcome), never the learner's text. Never throws: bad data read as empty.
 */
import type { LabOutcome } from '@/lib/lab-runtime/outcome';

export const OUTBOX_STORAGE_KEY = 'w7.class.outbox.v1';
/** More labs than the course has: anything beyond is not ours. */
const MAX_LABS = 64;

type Stored = { classId: string; results: LabOutcome[] };

function isOutcome(value: unknown): value is LabOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const { labId, objectives, complete } = value as Record<string, unknown>;
  return (
    typeof labId === 'string' &&
    labId.length > 0 &&
    labId.length <= 64 &&
    typeof complete === 'boolean' &&
    Array.isArray(objectives) &&
    objectives.length <= 64 &&
    objectives.every((objective: unknown) => {
      const { id, pass } = (objective ?? {}) as Record<string, unknown>;
      return typeof id === 'string' && id.length <= 64 && typeof pass === 'boolean';
    })
  );
}

/** The unsent results of `classId`, latest per lab; those of another class are not returned. */
export function readOutbox(storage: Storage | null, classId: string): Map<string, LabOutcome> {
  const found = new Map<string, LabOutcome>();
  try {
    const raw = storage?.getItem(OUTBOX_STORAGE_KEY);
    const value = raw ? (JSON.parse(raw) as Partial<Stored>) : null;
    if (!value || value.classId !== classId || !Array.isArray(value.results)) return found;
    for (const result of value.results.slice(0, MAX_LABS)) {
      if (isOutcome(result))
        found.set(result.labId, { labId: result.labId, objectives: result.objectives.map(({ id, pass }) => ({ id, pass })), complete: result.complete });
    }
  } catch {
    // Unreadable: nothing to resend.
  }
  return found;
}

/** Replaces the stored results with `pending` (removed when empty); a full or blocked storage is ignored. */
export function writeOutbox(storage: Storage | null, classId: string, pending: ReadonlyMap<string, LabOutcome>): void {
  try {
    if (pending.size === 0) storage?.removeItem(OUTBOX_STORAGE_KEY);
    else storage?.setItem(OUTBOX_STORAGE_KEY, JSON.stringify({ classId, results: [...pending.values()] } satisfies Stored));
  } catch {
    // The results still go out from memory while this page is open.
  }
}
