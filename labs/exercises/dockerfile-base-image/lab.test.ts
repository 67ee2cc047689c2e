import { describe, expect, it } from 'vitest';
import { failing, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab dockerfile-base-image', () => {
  it('starter fails supported-base, multi-stage and omit-dev', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['supported-base', 'multi-stage', 'omit-dev']);
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['runs-app', 'supported-base', 'pinned-base', 'multi-stage', 'omit-dev']],
    ['태그만 latest로 바꾼다', ['pinned-base']],
    ['최종 stage에서 다시 설치한다', ['multi-stage', 'omit-dev']],
    ['빌드 stage에 EOL 이미지를 남긴다', ['supported-base']],
    ['root로 실행한다', ['runs-app']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(5);
  });
});
