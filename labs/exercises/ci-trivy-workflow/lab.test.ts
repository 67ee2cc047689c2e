import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab ci-trivy-workflow', () => {
  it('starter fails scans-built-image, pinned-actions and least-permissions', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['scans-built-image', 'pinned-actions', 'least-permissions']);
    const o = gradeSet(lab, starterSet(lab)).objectives[1]!;
    expect(o).toMatchObject({ reason: 'actions/checkout@v4: 태그나 브랜치는 움직입니다. 전체 커밋 SHA로 고정하세요.', range: { line: 7, column: 15, endLine: 7, endColumn: 34 } });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['scans-built-image', 'pinned-actions', 'fails-on-high', 'least-permissions', 'runs-on-changes']],
    ['빌드하지 않은 이미지를 스캔한다', ['scans-built-image']],
    ['이미지 대신 파일시스템을 스캔한다', ['scans-built-image', 'fails-on-high']],
    ['exit-code 0', ['fails-on-high']],
    ['continue-on-error로 실패를 삼킨다', ['fails-on-high']],
    ['태그로 되돌린다', ['pinned-actions']],
    ['write-all 권한', ['least-permissions']],
    ['pull_request_target에서 PR 코드를 받는다', ['runs-on-changes']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(8);
  });
});
