import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab networkpolicy', () => {
  it('starter fails every connectivity objective', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['default-deny', 'frontend-to-app', 'app-to-database', 'dns']);
    const o = gradeSet(lab, starterSet(lab)).objectives[1]!;
    expect(o.reason).toBe('frontend/web → production/api TCP/8080 연결이 막힙니다. 허용해야 하는 연결입니다.');
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['default-deny', 'frontend-to-app', 'app-to-database', 'dns']],
    ['모든 것을 막는다', ['frontend-to-app', 'app-to-database', 'dns']],
    ['모든 것을 허용한다', ['default-deny', 'frontend-to-app', 'app-to-database']],
    ['OR로 쓴다', ['frontend-to-app']],
    ['DNS를 빠뜨린다', ['dns']],
    ['Namespace 라벨을 바꿔 채점 환경을 속인다', ['default-deny', 'frontend-to-app', 'app-to-database', 'dns']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(6);
  });
});
