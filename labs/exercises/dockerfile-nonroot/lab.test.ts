import { describe, expect, it } from 'vitest';
import { failing, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab dockerfile-nonroot', () => {
  it('starter fails non-root and numeric-user', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['non-root', 'numeric-user']);
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['runs-app', 'non-root', 'numeric-user']],
    ['원래 노트처럼 RUN 안에서 USER를 쓴다', ['non-root', 'numeric-user']],
    ['이름으로만 적는다', ['numeric-user']],
    ['USER 0으로 바꾼다', ['non-root', 'numeric-user']],
    ['앱 실행을 지운다', ['runs-app']],
    ['베이스 이미지를 바꾼다', ['runs-app']],
    ['비루트로 바꾼 뒤 다시 root로 돌아간다', ['non-root', 'numeric-user']],
  ])('bypass "%s" fails %j', (name, ids) => {
    const b = solutions.bypasses.find((x) => x.name === name)!;
    expect(failing(lab, b.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(7);
  });
});
