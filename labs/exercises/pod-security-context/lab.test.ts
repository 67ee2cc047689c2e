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
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(3);
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
    ['같은 키를 뒤에 다시 써서 읽기 전용을 끈다', ['read-only-rootfs']],
    ['merge 키 뒤에서 권한 상승을 켠다', ['no-privilege-escalation', 'restricted']],
    ['두 번째 문서에 root Pod', all.slice(1)],
    ['kind: List 안에 hostPID Pod', all.slice(1)],
    ['localhostProfile 없는 seccomp Localhost', ['seccomp', 'restricted']],
    ['os.name: windows로 Linux 검사를 건너뛴다', all.slice(1)],
    ['음수 UID', ['run-as-non-root', 'restricted']],
    ['컨테이너에서 runAsNonRoot: false로 덮는다', ['run-as-non-root', 'restricted']],
    ['컨테이너에서 runAsUser: 0으로 덮는다', ['run-as-non-root', 'restricted']],
    ['drop을 소문자 all로 쓴다', ['drop-all', 'restricted']],
    ['/tmp를 읽기 전용으로 마운트한다', ['read-only-rootfs']],
    ['procMount: Unmasked', ['restricted']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('names the API rejection and the Windows dodge', () => {
    const r = (name: string, id: string) => gradeSet(lab, solutions.bypasses.find((x) => x.name === name)!.files).objectives.find((o) => o.id === id)!.reason;
    expect(r('localhostProfile 없는 seccomp Localhost', 'seccomp')).toContain('localhostProfile');
    expect(r('os.name: windows로 Linux 검사를 건너뛴다', 'seccomp')).toContain('os.name: windows');
  });
  it('teaches that Localhost needs localhostProfile', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(new URL('./instructions.mdx', import.meta.url), 'utf8')).toContain('localhostProfile: Required value');
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(20);
  });
});
