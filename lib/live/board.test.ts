import { describe, expect, it } from 'vitest';
import type { MemberRow, ProgressRow } from './class-protocol';
import { boardCsv, boardRows, csvField, mostFailedObjective, stalledMembers, type BoardLab } from './board';

const MIN = 60_000;
const labs: BoardLab[] = [
  {
    id: 'pod',
    title: 'Pod 보안',
    chapter: 'kubernetes-security',
    objectives: [
      { id: 'non-root', title: 'root 아님' },
      { id: 'ro-fs', title: '읽기 전용' },
      { id: 'caps', title: 'capabilities' },
    ],
  },
  { id: 'rbac', title: 'RBAC', chapter: 'kubernetes-security', objectives: [{ id: 'least', title: '최소 권한' }] },
  { id: 'image', title: '이미지', chapter: 'container-security', objectives: [{ id: 'tag', title: '태그 고정' }] },
];
const members: MemberRow[] = [
  { id: 'm1', nickname: '민수', joinedAt: 0 },
  { id: 'm2', nickname: '지영', joinedAt: 0 },
  { id: 'm3', nickname: '=HYPERLINK("x")', joinedAt: 5 * MIN },
];
const row = (memberId: string, labId: string, passes: boolean[], advancedAt: number | null, complete = false): ProgressRow => {
  const lab = labs.find((l) => l.id === labId)!;
  return {
    memberId,
    labId,
    objectives: lab.objectives.map((o, i) => ({ id: o.id, pass: passes[i] ?? false })),
    passed: passes.filter(Boolean).length,
    total: lab.objectives.length,
    complete,
    updatedAt: advancedAt ?? 0,
    advancedAt,
  };
};

describe('boardRows', () => {
  it('gives every mentee a cell per lab, null where no result came yet', () => {
    const rows = boardRows(members, [row('m1', 'pod', [true, false, true], 3 * MIN), row('m2', 'rbac', [true], 4 * MIN, true)], labs);
    expect(rows.map((r) => r.cells)).toEqual([
      [{ passed: 2, total: 3, complete: false }, null, null],
      [null, { passed: 1, total: 1, complete: true }, null],
      [null, null, null],
    ]);
  });
});

describe('stalledMembers', () => {
  const progress = [
    row('m1', 'pod', [true, false, false], 2 * MIN),
    row('m2', 'pod', [true, true, true], 9 * MIN, true),
    row('m2', 'rbac', [true], 9 * MIN, true),
  ];

  it("flags who has not advanced on the current block's labs for 10 minutes, counting from the latest of advance, joining and the chapter start", () => {
    expect([...stalledMembers(members, progress, labs, 'kubernetes-security', 0, 12 * MIN)]).toEqual(['m1']);
    // m3 joined at 5 min: stalled from 15 min on.
    expect([...stalledMembers(members, progress, labs, 'kubernetes-security', 0, 15 * MIN)]).toEqual(['m1', 'm3']);
    // The class reached the chapter at 10 min: nobody is stalled before 20 min.
    expect([...stalledMembers(members, progress, labs, 'kubernetes-security', 10 * MIN, 19 * MIN)]).toEqual([]);
    expect([...stalledMembers(members, progress, labs, 'kubernetes-security', 10 * MIN, 20 * MIN)]).toEqual(['m1', 'm3']);
  });

  it("never flags mentees who completed the block's labs, nor anyone in a chapter without labs", () => {
    expect(stalledMembers(members, progress, labs, 'kubernetes-security', 0, 60 * MIN).has('m2')).toBe(false);
    expect(stalledMembers(members, progress, labs, 'intro', 0, 60 * MIN).size).toBe(0);
    expect(stalledMembers(members, progress, labs, null, null, 60 * MIN).size).toBe(0);
  });
});

describe('mostFailedObjective', () => {
  it('names the objective most mentees fail, the earlier one on a tie, none when nobody fails', () => {
    const progress = [row('m1', 'pod', [true, false, false], 1), row('m2', 'pod', [false, false, true], 1), row('m3', 'pod', [true, true, false], 1)];
    expect(mostFailedObjective(progress, labs[0]!)).toEqual({ objectiveId: 'ro-fs', failing: 2, of: 3 });
    expect(mostFailedObjective([row('m1', 'pod', [false, true, false], 1)], labs[0]!)).toEqual({ objectiveId: 'non-root', failing: 1, of: 1 });
    expect(mostFailedObjective([row('m1', 'rbac', [true], 1, true)], labs[1]!)).toBeNull();
    expect(mostFailedObjective([], labs[2]!)).toBeNull();
  });
});

describe('boardCsv', () => {
  it('writes a BOM, a header, one CRLF line per mentee, and never lets a nickname become a formula', () => {
    const csv = boardCsv(members, [row('m1', 'pod', [true, false, true], 1), row('m2', 'rbac', [true], 1, true)], labs, new Set(['m1']));
    expect(csv.startsWith('\uFEFF"닉네임","참여 시각","Pod 보안","RBAC","이미지","진행 없음(10분)"\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('"민수","1970-01-01T00:00:00.000Z","2/3","","","예"');
    expect(lines[2]).toBe('"지영","1970-01-01T00:00:00.000Z","","1/1 완료","",""');
    expect(lines[3]).toBe(`"'=HYPERLINK(""x"")","1970-01-01T00:05:00.000Z","","","",""`);
  });

  it('quotes every field', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('-1')).toBe(`"'-1"`);
    expect(csvField('@cmd')).toBe(`"'@cmd"`);
    expect(csvField('줄\n바꿈')).toBe('"줄\n바꿈"');
  });
});
