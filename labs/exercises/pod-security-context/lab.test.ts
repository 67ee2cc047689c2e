import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab pod-security-context', () => {
  it('starter fails every hardening objective', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['run-as-non-root', 'no-privilege-escalation', 'read-only-rootfs', 'drop-all', 'seccomp', 'restricted']);
    const seccomp = gradeSet(lab, starterSet(lab)).objectives.find((o) => o.id === 'seccomp')!;
    expect(seccomp.reason).toContain('(pss/seccompProfile_restricted)');
    expect(seccomp.file).toBe('pod.yaml');
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  const all = ['app-container', 'run-as-non-root', 'no-privilege-escalation', 'read-only-rootfs', 'drop-all', 'seccomp', 'restricted'];
  it.each([
    ['파일을 비운다', all],
    ['컨테이너를 지운다', all],
    ['이미지를 바꾼다', all],
    ['init container에 privileged를 숨긴다', ['no-privilege-escalation', 'read-only-rootfs', 'drop-all', 'restricted']],
    ['/tmp를 hostPath로 연다', ['read-only-rootfs', 'restricted']],
    ['SYS_ADMIN을 다시 추가한다', ['drop-all', 'restricted']],
    ['seccomp를 Unconfined로', ['seccomp', 'restricted']],
    ['Namespace를 privileged로 바꿔 검사를 피한다', ['seccomp', 'restricted']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(8);
  });
});
