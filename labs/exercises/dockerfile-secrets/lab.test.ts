import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab dockerfile-secrets', () => {
  it('starter fails no-secret-in-image and secret-at-runtime', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['no-secret-in-image', 'secret-at-runtime']);
    const o = gradeSet(lab, starterSet(lab)).objectives[0]!;
    expect(o).toMatchObject({ file: 'Dockerfile', range: { line: 2 }, rules: ['docker/secret-in-env'] });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['ENV 이름만 바꾼다', ['no-secret-in-image']],
    ['ARG로 옮긴다', ['no-secret-in-image']],
    ['RUN으로 파일에 써 넣는다', ['no-secret-in-image']],
    ['Deployment의 env value로 옮긴다', ['secret-at-runtime', 'no-plaintext-in-manifest']],
    ['stringData Secret을 같은 파일에 넣는다', ['no-plaintext-in-manifest']],
    ['Deployment를 지운다', ['secret-at-runtime', 'no-plaintext-in-manifest']],
    ['이미지를 바꾼다', ['secret-at-runtime']],
    ['실행 사용자를 root로 되돌린다', ['runs-app']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(8);
  });
});
