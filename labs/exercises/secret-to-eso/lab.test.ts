import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab secret-to-eso', () => {
  it('starter fails no-plaintext, secret-key-ref, external-secret-v1 and creates-the-secret', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['no-plaintext', 'secret-key-ref', 'external-secret-v1', 'creates-the-secret']);
    const v1 = gradeSet(lab, starterSet(lab)).objectives.find((o) => o.id === 'external-secret-v1')!;
    expect(v1).toMatchObject({ file: 'external-secret.yaml', range: { line: 1, column: 13, endLine: 1, endColumn: 40 } });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['ExternalSecret 파일을 비운다', ['no-plaintext', 'external-secret-v1', 'creates-the-secret']],
    ['Deployment를 지운다', ['app-unchanged', 'no-plaintext', 'secret-key-ref', 'creates-the-secret']],
    ['v1beta1을 그대로 둔다', ['external-secret-v1']],
    ['stringData Secret을 직접 만든다', ['no-plaintext', 'external-secret-v1', 'creates-the-secret']],
    ['다른 Secret 이름을 참조한다', ['creates-the-secret']],
    ['키 이름이 맞지 않는다', ['creates-the-secret']],
    ['envFrom으로 Secret 전체를 받는다', ['secret-key-ref', 'creates-the-secret']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(7);
  });
});
