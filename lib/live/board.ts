/**
 * The instructor's progress board, computed from what the class server sends: cells per mentee and lab,
 * who made no progress on the current block's labs for STALL_MINUTES, each lab's most-failed objective,
 * and the CSV export. Pure functions (time is an argument): no DOM, no network.
 */
import { STALL_MINUTES, type MemberRow, type ProgressRow } from './class-protocol';

/** What the board needs to know about a lab (from labs/exercises, at build time). */
export interface BoardLab {
  id: string;
  title: string;
  chapter: string;
  objectives: { id: string; title: string }[];
}

export interface BoardCell {
  passed: number;
  total: number;
  complete: boolean;
}

/** One row per mentee, in join order; a cell per lab (null where the mentee has no result yet). */
export function boardRows(
  members: readonly MemberRow[],
  progress: readonly ProgressRow[],
  labs: readonly BoardLab[],
): { member: MemberRow; cells: (BoardCell | null)[] }[] {
  const byKey = new Map(progress.map((row) => [`${row.memberId}\u0000${row.labId}`, row]));
  return members.map((member) => ({
    member,
    cells: labs.map((lab) => {
      const row = byKey.get(`${member.id}\u0000${lab.id}`);
      return row ? { passed: row.passed, total: row.total, complete: row.complete } : null;
    }),
  }));
}

/**
 * Mentees with no progress for STALL_MINUTES on the labs of the chapter being presented: counted from the
 * latest of their last advance in those labs, their joining, and the moment the class reached the chapter.
 * Mentees who completed every lab of the chapter are never stalled; a chapter without labs stalls nobody.
 */
export function stalledMembers(
  members: readonly MemberRow[],
  progress: readonly ProgressRow[],
  labs: readonly BoardLab[],
  chapter: string | null,
  chapterSince: number | null,
  now: number,
): Set<string> {
  const stalled = new Set<string>();
  const blockLabs = labs.filter((lab) => lab.chapter === chapter).map((lab) => lab.id);
  if (blockLabs.length === 0) return stalled;
  for (const member of members) {
    const rows = progress.filter((row) => row.memberId === member.id && blockLabs.includes(row.labId));
    if (rows.length === blockLabs.length && rows.every((row) => row.complete)) continue;
    const since = Math.max(member.joinedAt, chapterSince ?? 0, ...rows.map((row) => row.advancedAt ?? 0));
    if (now - since >= STALL_MINUTES * 60_000) stalled.add(member.id);
  }
  return stalled;
}

/** The objective of a lab that most mentees with a result currently fail (ties: the earlier objective). */
export function mostFailedObjective(progress: readonly ProgressRow[], lab: BoardLab): { objectiveId: string; failing: number; of: number } | null {
  const rows = progress.filter((row) => row.labId === lab.id);
  let best: { objectiveId: string; failing: number; of: number } | null = null;
  for (const objective of lab.objectives) {
    const failing = rows.filter((row) => row.objectives.some((o) => o.id === objective.id && !o.pass)).length;
    if (failing > 0 && (!best || failing > best.failing)) best = { objectiveId: objective.id, failing, of: rows.length };
  }
  return best;
}

/**
 * One CSV field: quoted, quotes doubled, and a leading = + - @ (or tab/CR) neutralised with an apostrophe so
 * that a nickname can never become a spreadsheet formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The board as CSV (UTF-8 with BOM, so that spreadsheet programs read Korean correctly), CRLF lines. */
export function boardCsv(members: readonly MemberRow[], progress: readonly ProgressRow[], labs: readonly BoardLab[], stalled: ReadonlySet<string>): string {
  const header = ['닉네임', '참여 시각', ...labs.map((lab) => lab.title), '진행 없음(10분)'];
  const lines = [header.map(csvField).join(',')];
  for (const { member, cells } of boardRows(members, progress, labs)) {
    const fields = [
      member.nickname,
      new Date(member.joinedAt).toISOString(),
      ...cells.map((cell) => (cell ? `${cell.passed}/${cell.total}${cell.complete ? ' 완료' : ''}` : '')),
      stalled.has(member.id) ? '예' : '',
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
