import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

const ALL = ['runs-image', 'non-root-user', 'read-only-rootfs', 'drop-capabilities', 'no-new-privileges', 'keeps-isolation', 'localhost-only'];
const HARDENING = ['non-root-user', 'read-only-rootfs', 'drop-capabilities', 'no-new-privileges', 'localhost-only'];
const bypass = (name: string) => solutions.bypasses.find((x) => x.name === name)!.files;
const reason = (name: string, id: string) => gradeSet(lab, bypass(name)).objectives.find((o) => o.id === id)!.reason;

describe('lab docker-run-flags', () => {
  it('starter fails every hardening objective, at the -p option', () => {
    expect(failing(lab, starterSet(lab))).toEqual(HARDENING);
    const o = gradeSet(lab, starterSet(lab)).objectives.find((x) => x.id === 'localhost-only')!;
    expect(o).toMatchObject({
      file: 'run.sh',
      reason: '-p 8080:8080: 주소가 없어 모든 인터페이스(0.0.0.0)에 열립니다. 127.0.0.1:8080:8080처럼 127.0.0.1을 붙이세요.',
      range: { line: 4, column: 3, endLine: 4, endColumn: 5 },
    });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(4);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ALL],
    ['--privileged를 더한다', ['drop-capabilities', 'keeps-isolation']],
    ['SYS_ADMIN을 다시 추가한다', ['drop-capabilities']],
    ['이미지를 바꾼다', ALL],
    ['--user 0', ['non-root-user']],
    ['모든 인터페이스에 연다', ['localhost-only']],
    ['host network', ['keeps-isolation', 'localhost-only']],
    ['seccomp를 끈다', ['keeps-isolation']],
    ['옵션을 이미지 뒤에 쓴다', HARDENING],
    ['/tmp 없이 읽기 전용', ['read-only-rootfs']],
    ['sudo docker run에 --privileged', ['drop-capabilities', 'keeps-isolation']],
    ['exec docker run에 --pid=host', ['keeps-isolation']],
    ['변수로 이미지를 바꾼다', ALL],
    ['변수에 --privileged를 숨긴다', ['drop-capabilities', 'keeps-isolation']],
    ['환경 변수에서 옵션을 받는다', ALL],
    ['docker를 함수로 바꾼다', ALL],
    ['sh -c로 두 번째 컨테이너를 띄운다', ALL],
    ['eval로 옵션을 붙인다', ['drop-capabilities']],
    ['heredoc으로 셸에 넘긴다', ALL],
    ['docker compose로 바꾼다', ALL],
    ['--read-only=false를 뒤에 쓴다', ['read-only-rootfs']],
    ['no-new-privileges=false를 뒤에 쓴다', ['no-new-privileges']],
    ['--user를 뒤에서 root로', ['non-root-user']],
    ['--privileged=true', ['drop-capabilities', 'keeps-isolation']],
    ['호스트 / 를 마운트한다', ['keeps-isolation']],
    ['Docker 소켓을 마운트한다', ['keeps-isolation']],
    ['--mount type=bind로 /etc', ['keeps-isolation']],
    ['volume-opt로 호스트 경로를 숨긴다', ['keeps-isolation']],
    ['--volumes-from', ['keeps-isolation']],
    ['--use-api-socket', ['keeps-isolation']],
    ['장치를 준다', ['keeps-isolation']],
    ['GPU를 준다', ['keeps-isolation']],
    ['--ipc=host', ['keeps-isolation']],
    ['--uts host', ['keeps-isolation']],
    ['--userns=host', ['keeps-isolation']],
    ['--cgroupns=host', ['keeps-isolation']],
    ['AppArmor를 끈다', ['keeps-isolation']],
    ['systempaths=unconfined', ['keeps-isolation']],
    ['SELinux label을 끈다', ['keeps-isolation']],
    ['--cap-add=ALL', ['drop-capabilities']],
    ['소문자 cap_sys_admin', ['drop-capabilities']],
    ['--group-add 0', ['non-root-user']],
    ['0.0.0.0을 명시한다', ['localhost-only']],
    ['두 번째 포트를 모든 인터페이스에', ['localhost-only']],
    ['-P', ['localhost-only']],
    ['[::]에 연다', ['localhost-only']],
    ['localhost라고 쓴다 (docker가 거부)', ['localhost-only']],
    ['docker exec --privileged', ['keeps-isolation']],
    ['docker exec -u 0', ['keeps-isolation']],
    ['알 수 없는 옵션', ALL],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, bypass(name))).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(50);
  });
  it('explains what the script really does, at the option', () => {
    expect(reason('환경 변수에서 옵션을 받는다', 'runs-image')).toBe(
      '값을 알 수 없는 인수($DOCKER_OPTS)가 있어 어떤 옵션이 쓰이는지 확인할 수 없습니다. 변수는 스크립트 안에서 값을 정하세요.',
    );
    expect(reason('변수에 --privileged를 숨긴다', 'keeps-isolation')).toBe('--privileged는 모든 capability와 호스트 장치를 주고 seccomp/AppArmor를 끕니다.');
    expect(reason('no-new-privileges=false를 뒤에 쓴다', 'no-new-privileges')).toBe(
      '--security-opt no-new-privileges=false: 마지막 값이 no-new-privileges를 끕니다.',
    );
    expect(reason('호스트 / 를 마운트한다', 'keeps-isolation')).toBe('-v /:/host: 호스트 경로 /를 컨테이너에 마운트합니다 (호스트 전체).');
    expect(reason('sh -c로 두 번째 컨테이너를 띄운다', 'runs-image')).toBe('컨테이너를 만드는 명령(docker run/create)이 2개입니다. 하나의 명령만 고치세요.');
    const o = gradeSet(lab, bypass('exec docker run에 --pid=host')).objectives.find((x) => x.id === 'keeps-isolation')!;
    const line = bypass('exec docker run에 --pid=host')['run.sh']!;
    expect(o.range).toEqual({ line: 1, column: line.indexOf('--pid=host') + 1, endLine: 1, endColumn: line.indexOf('--pid=host') + 11 });
  });
  it('reports an unparsable script at its position', () => {
    const o = gradeSet(lab, { 'run.sh': 'docker run "unclosed\n' }).objectives[0]!;
    expect(o.pass).toBe(false);
    expect(o.reason).toMatch(/^run\.sh을\(를\) 셸로 해석할 수 없습니다: /);
    expect(o.range?.line).toBe(1);
  });
});
