import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab, parsePublish } from './lab';
import { solutions } from './solutions';

describe('lab docker-run-flags', () => {
  it('starter fails every hardening objective', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['non-root-user', 'read-only-rootfs', 'drop-capabilities', 'no-new-privileges', 'localhost-only']);
    const o = gradeSet(lab, starterSet(lab)).objectives.find((x) => x.id === 'localhost-only')!;
    expect(o).toMatchObject({ file: 'run.sh', range: { line: 4, column: 3, endLine: 4, endColumn: 5 } });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['runs-image', 'non-root-user', 'read-only-rootfs', 'drop-capabilities', 'no-new-privileges', 'localhost-only']],
    ['--privileged를 더한다', ['drop-capabilities']],
    ['SYS_ADMIN을 다시 추가한다', ['drop-capabilities']],
    ['이미지를 바꾼다', ['runs-image', 'non-root-user', 'read-only-rootfs', 'drop-capabilities', 'no-new-privileges', 'localhost-only']],
    ['--user 0', ['non-root-user']],
    ['모든 인터페이스에 연다', ['localhost-only']],
    ['host network', ['localhost-only']],
    ['seccomp를 끈다', ['no-new-privileges']],
    ['옵션을 이미지 뒤에 쓴다', ['non-root-user', 'read-only-rootfs', 'drop-capabilities', 'no-new-privileges', 'localhost-only']],
    ['/tmp 없이 읽기 전용', ['read-only-rootfs']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(10);
  });
  it('reads -p values like the docker CLI', () => {
    expect(parsePublish('8080:80')).toEqual({ ip: null, containerPort: '80' });
    expect(parsePublish('127.0.0.1:8080:80/udp')).toEqual({ ip: '127.0.0.1', containerPort: '80' });
    expect(parsePublish('[::1]:8080:80')).toEqual({ ip: '::1', containerPort: '80' });
    expect(parsePublish('80')).toEqual({ ip: null, containerPort: '80' });
  });
  it('reports an unparsable script at its position', () => {
    const o = gradeSet(lab, { 'run.sh': 'docker run "unclosed\n' }).objectives[0]!;
    expect(o.pass).toBe(false);
    expect(o.reason).toMatch(/^run\.sh을\(를\) shell로 해석할 수 없습니다: /);
    expect(o.range?.line).toBe(1);
  });
});
