import { describe, expect, it } from 'vitest';
import { failing, gradeSet, ruleOnSolutions, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab ci-trivy-workflow', () => {
  it('starter fails scans-built-image, pinned-actions and least-permissions', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['scans-built-image', 'pinned-actions', 'least-permissions']);
    const o = gradeSet(lab, starterSet(lab)).objectives[1]!;
    expect(o).toMatchObject({
      reason: 'actions/checkout@v4: 태그나 브랜치는 움직입니다. 전체 커밋 SHA로 고정하세요.',
      range: { line: 7, column: 15, endLine: 7, endColumn: 34 },
    });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(4);
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
    ['push에서만 스캔한다(step if)', ['fails-on-high']],
    ['main 브랜치에서만 스캔한다', ['fails-on-high']],
    ['job if로 PR에서 건너뛴다', ['fails-on-high']],
    ['if: failure()', ['fails-on-high']],
    ['if: false', ['fails-on-high']],
    ['알 수 없는 변수로 조건을 건다', ['fails-on-high']],
    ['needs로 건너뛰는 job에 매단다', ['fails-on-high']],
    ['PR에서만 continue-on-error', ['fails-on-high']],
    ['job 단위 continue-on-error', ['fails-on-high']],
    ['continue-on-error를 식으로 항상 참', ['fails-on-high']],
    ['보고용 step만 두고 gate를 뺀다', ['fails-on-high']],
    ['scanners를 secret으로 좁힌다', ['fails-on-high']],
    ['vuln-type을 os로 좁힌다', ['fails-on-high']],
    ['vuln-type을 library로 좁힌다', ['fails-on-high']],
    ['skip-dirs로 앱 폴더를 건너뛴다', ['fails-on-high']],
    ['skip-files로 lock 파일을 건너뛴다', ['fails-on-high']],
    ['trivyignores로 무시 목록을 건다', ['fails-on-high']],
    ['severity에서 HIGH를 뺀다', ['fails-on-high']],
    ['Dockerfile이 바뀔 때만 실행한다', ['runs-on-changes']],
    ['paths-ignore로 소스 변경을 뺀다', ['runs-on-changes']],
    ['push에 tags만 둔다', ['runs-on-changes']],
    ['PR을 열 때만 실행한다', ['runs-on-changes']],
    ['main을 branches-ignore로 뺀다', ['runs-on-changes']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(31);
  });
  it.each([
    [
      'PR에서만 continue-on-error',
      'step의 continue-on-error가 main으로 여는 pull request에서 참이라 실패해도 workflow가 성공합니다. 그때는 HIGH/CRITICAL 취약점이 있어도 검사가 통과합니다.',
    ],
    [
      'needs로 건너뛰는 job에 매단다',
      'gate job(needs)의 if가 main으로 여는 pull request에서 거짓이라 건너뜁니다. 그때는 HIGH/CRITICAL 취약점이 있어도 검사가 통과합니다.',
    ],
    [
      '알 수 없는 변수로 조건을 건다',
      'step의 if가 main 브랜치로 push에서 참인지 알 수 없어 건너뛸 수 있습니다. 그때는 HIGH/CRITICAL 취약점이 있어도 검사가 통과합니다.',
    ],
    ['vuln-type을 os로 좁힌다', 'vuln-type: os는 npm 패키지(library)를 검사하지 않습니다. os와 library를 모두 검사하세요.'],
    [
      'skip-dirs로 앱 폴더를 건너뛴다',
      'skip-dirs: /app로 건너뛴 경로의 취약점은 exit-code가 있어도 gate를 통과합니다. gate step에서는 이 입력을 빼고, 이미지를 고쳐 취약점을 없애세요.',
    ],
    [
      'PR을 열 때만 실행한다',
      'pull request에 올린 새 커밋: types에 synchronize 유형이 없어 PR에 새 커밋을 올려도 실행되지 않습니다. 이미지에 들어가는 파일이 바뀌는 모든 변경을 스캔해야 합니다.',
    ],
    [
      'paths-ignore로 소스 변경을 뺀다',
      'main 브랜치로 push: paths-ignore가 빼는 server.js 하나만 바꾸면 실행되지 않습니다. 이미지에 들어가는 파일이 바뀌는 모든 변경을 스캔해야 합니다.',
    ],
  ])('bypass "%s" says why', (name, reason) => {
    const r = gradeSet(lab, solutions.bypasses.find((x) => x.name === name)!.files);
    expect(r.objectives.find((o) => !o.pass)!.reason).toBe(reason);
  });
  it('points at the input that narrows the scan', () => {
    const o = gradeSet(lab, solutions.bypasses.find((x) => x.name === 'scanners를 secret으로 좁힌다')!.files).objectives.find((x) => x.id === 'fails-on-high')!;
    // Line 23: the scanners input added to the reference, chapter 3's workflow (its checkout sets persist-credentials: false).
    expect(o.range).toEqual({ line: 23, column: 21, endLine: 23, endColumn: 27 });
  });
  it('runs-on-changes reports gha/narrowed-trigger at the filter', () => {
    const o = gradeSet(lab, solutions.bypasses.find((x) => x.name === 'Dockerfile이 바뀔 때만 실행한다')!.files).objectives.find(
      (x) => x.id === 'runs-on-changes',
    )!;
    expect(o).toMatchObject({
      reason:
        'main 브랜치로 push: paths 필터에 없는 package.json 하나만 바꾸면 실행되지 않습니다. 이미지에 들어가는 파일이 바뀌는 모든 변경을 스캔해야 합니다.',
      file: 'security-scan.yml',
      range: { line: 4, column: 5, endLine: 4, endColumn: 10 },
    });
  });
  it('gha/narrowed-trigger stays silent on the solutions of every lab', async () => {
    expect(await ruleOnSolutions('gha/narrowed-trigger')).toEqual([]);
  });
});
