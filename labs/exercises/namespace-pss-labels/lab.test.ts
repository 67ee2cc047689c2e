import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab namespace-pss-labels', () => {
  it('starter fails enforce-restricted, enforce-version and audit-warn', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['enforce-restricted', 'enforce-version', 'audit-warn']);
    const o = gradeSet(lab, starterSet(lab)).objectives[1]!;
    expect(o).toMatchObject({ reason: 'pod-security.kubernetes.io/enforce 라벨이 "baseline"입니다. restricted로 두세요.', range: { line: 6, column: 41, endLine: 6, endColumn: 49 } });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['namespace', 'enforce-restricted', 'enforce-version', 'audit-warn']],
    ['Namespace 이름을 바꾼다', ['namespace', 'enforce-restricted', 'enforce-version', 'audit-warn']],
    ['enforce는 privileged, warn만 restricted', ['enforce-restricted']],
    ['enforce-version: latest', ['enforce-version']],
    ['라벨 이름 오타', ['enforce-version']],
    ['warn을 빠뜨린다', ['audit-warn']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(6);
  });
});
