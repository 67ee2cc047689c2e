import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab deployment-repair', () => {
  it('starter fails valid, selector-matches and pods-restricted', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['valid', 'selector-matches', 'pods-restricted']);
    const o = gradeSet(lab, starterSet(lab)).objectives[1]!;
    expect(o).toMatchObject({ reason: 'spec.selector(matchLabels)가 없습니다. apps/v1 Deployment의 필수 필드입니다.', range: { line: 6, column: 1 } });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  const all = ['valid', 'selector-matches', 'runs-replicas', 'pods-restricted'];
  it.each([
    ['파일을 비운다', all],
    ['Deployment를 Pod로 바꾼다', all],
    ['selector가 다른 라벨을 고른다', ['selector-matches']],
    ['replicas: 0', ['runs-replicas']],
    ['이미지를 바꾼다', all],
    ['init container에 privileged를 숨긴다', ['pods-restricted']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(6);
  });
});
