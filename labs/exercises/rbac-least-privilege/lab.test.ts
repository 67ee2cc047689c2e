import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab rbac-least-privilege', () => {
  it('starter fails no-secrets and least-privilege', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['no-secrets', 'least-privilege']);
    const o = gradeSet(lab, starterSet(lab)).objectives[2]!;
    expect(o).toMatchObject({ reason: 'developer-user이(가) production에서 get secrets을(를) 할 수 있습니다. 이 권한은 필요하지 않습니다.', range: { line: 7, column: 5 } });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['can-deploy', 'can-read-pods', 'no-secrets', 'least-privilege', 'only-developer']],
    ['Secret을 resourceNames로 남긴다', ['no-secrets']],
    ['pods/exec을 더한다', ['least-privilege']],
    ['ClusterRoleBinding으로 모든 Namespace에 준다', ['least-privilege']],
    ['모든 인증 사용자에게 준다', ['only-developer']],
    ['Deployment 권한을 빠뜨린다', ['can-deploy']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(6);
  });
});
