import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab pss-restricted-pod', () => {
  it('starter fails restricted (seccompProfile), unprivileged-image and runnable', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['restricted', 'unprivileged-image', 'runnable']);
    const r = gradeSet(lab, starterSet(lab)).objectives[1]!;
    expect(r.reason).toContain('pss/seccompProfile_restricted');
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['pod-exists', 'restricted', 'unprivileged-image', 'runnable']],
    ['Pod를 다른 이름으로 바꾼다', ['pod-exists', 'restricted']],
    ['일반 nginx로 되돌린다', ['unprivileged-image', 'runnable']],
    ['latest 태그', ['unprivileged-image']],
    ['init container에 privileged를 숨긴다', ['restricted']],
    ['포트 80', ['runnable']],
    ['/tmp volume을 지운다', ['runnable']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(7);
  });
});
