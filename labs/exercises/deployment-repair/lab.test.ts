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
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(3);
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
    ['같은 키를 뒤에 다시 써서 replicas: 0', ['runs-replicas']],
    ['merge 키 뒤에서 권한 상승을 켠다', ['pods-restricted']],
    ['두 번째 문서에 privileged Deployment', ['pods-restricted']],
    ['kind: List 안에 privileged Deployment', ['pods-restricted']],
    ['음수 replicas', ['valid', 'runs-replicas']],
    ['Exists에 values를 쓴다', ['valid']],
    ['In에 values가 없다', ['valid', 'selector-matches']],
    ['localhostProfile 없는 seccomp Localhost', ['valid', 'pods-restricted']],
    ['replicas를 문자열로', ['valid', 'runs-replicas']],
    ['os.name: windows로 Linux 검사를 건너뛴다', ['pods-restricted']],
    ['빈 selector', ['selector-matches']],
    ['paused: true로 만든다', ['runs-replicas']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(18);
  });
});
