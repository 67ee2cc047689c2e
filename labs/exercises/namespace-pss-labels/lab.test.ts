import { describe, expect, it } from 'vitest';
import { failing, gradeSet, ruleOnSolutions, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab namespace-pss-labels', () => {
  it('starter fails enforce-restricted, enforce-version and audit-warn', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['enforce-restricted', 'enforce-version', 'audit-warn']);
    const o = gradeSet(lab, starterSet(lab)).objectives[1]!;
    expect(o).toMatchObject({
      reason: 'pod-security.kubernetes.io/enforce 라벨이 "baseline"입니다. restricted로 두세요.',
      range: { line: 6, column: 41, endLine: 6, endColumn: 49 },
    });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(3);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['namespace', 'enforce-restricted', 'enforce-version', 'version-strength', 'audit-warn']],
    ['Namespace 이름을 바꾼다', ['namespace', 'enforce-restricted', 'enforce-version', 'version-strength', 'audit-warn']],
    ['enforce는 privileged, warn만 restricted', ['enforce-restricted']],
    ['enforce-version: latest', ['enforce-version']],
    ['라벨 이름 오타', ['enforce-version']],
    ['warn을 빠뜨린다', ['audit-warn']],
    ['enforce-version: v1.0', ['version-strength']],
    ['enforce-version: v1.21', ['version-strength']],
    ['enforce-version: v1.22', ['version-strength']],
    ['enforce-version: v1.33', ['version-strength']],
    ['audit-version을 v1.18로 낮춘다', ['version-strength']],
    ['같은 라벨을 두 번 써서 뒤의 baseline이 이긴다', ['enforce-restricted']],
    ['Namespace를 두 번 적고 뒤의 것이 baseline', ['enforce-restricted']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(13);
  });
  it('names what an old pinned version lets in, at the version label', () => {
    const o = gradeSet(lab, solutions.bypasses.find((x) => x.name === 'enforce-version: v1.21')!.files).objectives.find((x) => x.id === 'version-strength')!;
    expect(o).toMatchObject({
      reason:
        'enforce-version v1.21의 restricted는 지금의 restricted가 막는 Pod를 허용합니다: runAsUser: 0(root), capabilities drop ALL 없음, probe가 다른 호스트(169.254.169.254)를 찌름. v1.34 이상으로 고정하세요.',
      range: { line: 7, column: 49, endLine: 7, endColumn: 54 },
    });
  });
  it('k8s/pss-old-version stays silent on the solutions of every lab', async () => {
    expect(await ruleOnSolutions('k8s/pss-old-version')).toEqual([]);
  });
});
