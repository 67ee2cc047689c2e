import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab audit-policy', () => {
  it('starter fails all three objectives', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['secrets-metadata', 'catch-all', 'workload-writes']);
    const o = gradeSet(lab, starterSet(lab)).objectives[0]!;
    expect(o.reason).toBe('alice: list secrets -n kube-system → None (맞는 규칙이 없어 기본값). Secret 접근이 기록되지 않습니다.');
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['secrets-metadata', 'catch-all', 'workload-writes']],
    ['아무것도 기록하지 않는다', ['secrets-metadata', 'catch-all', 'workload-writes']],
    ['모든 것을 RequestResponse로', ['secrets-metadata']],
    ['쓰기 전체 규칙을 Secret 규칙 위에', ['secrets-metadata']],
    ['deployments를 core group에', ['workload-writes']],
    ['users wildcard', ['workload-writes']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(6);
  });
});
