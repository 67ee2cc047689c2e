import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';
import { NGINX_UNPRIVILEGED_IMAGE } from '../../../content/samples';

const files = (name: string) => solutions.bypasses.find((x) => x.name === name)!.files;
const reason = (f: Record<string, string>, id: string) => gradeSet(lab, f).objectives.find((o) => o.id === id)!.reason;

describe('lab pss-restricted-pod', () => {
  it('starter fails restricted (seccompProfile), unprivileged-image and runnable', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['restricted', 'unprivileged-image', 'runnable']);
    const r = gradeSet(lab, starterSet(lab)).objectives[1]!;
    expect(r.reason).toContain('pss/seccompProfile_restricted');
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(4);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it('recommends a pinned, supported image in the reference and the hints', () => {
    // The reference is chapter 5's corrected Pod (content/samples), pinned to a release version.
    expect(solutions.reference['secure-app.yaml']).toContain(NGINX_UNPRIVILEGED_IMAGE);
    expect(NGINX_UNPRIVILEGED_IMAGE).toMatch(/^nginxinc\/nginx-unprivileged:1\.30(\.\d+)?-alpine$/);
    for (const text of [...lab.hints, ...Object.values(solutions.reference)]) expect(text).not.toMatch(/nginx-unprivileged:(?:stable|alpine|latest|mainline)/);
  });
  it('does not blame port 80 for the crash loop', () => {
    expect(lab.hints.join(' ')).not.toMatch(/포트 80을 씁니다/);
  });
  it.each([
    ['파일을 비운다', ['pod-exists', 'restricted', 'unprivileged-image', 'runnable']],
    ['Pod를 다른 이름으로 바꾼다', ['pod-exists', 'restricted']],
    ['일반 nginx로 되돌린다', ['unprivileged-image', 'runnable']],
    ['latest 태그', ['unprivileged-image']],
    ['init container에 privileged를 숨긴다', ['restricted']],
    ['포트 80', ['runnable']],
    ['/tmp volume을 지운다', ['runnable']],
    ['같은 키를 뒤에 다시 써서 seccomp를 Unconfined로', ['restricted']],
    ['merge 키 뒤에서 권한 상승을 켠다', ['restricted']],
    ['두 번째 문서에 privileged Pod', ['restricted']],
    ['kind: List 안에 privileged Pod', ['restricted']],
    ['같은 파일에서 Namespace를 privileged로 바꾸고 seccomp를 뺀다', ['restricted']],
    ['localhostProfile 없는 seccomp Localhost', ['restricted']],
    ['os.name: windows로 Linux 검사를 건너뛴다', ['restricted', 'runnable']],
    ['음수 UID', ['restricted']],
    ['없는 volume을 마운트한다', ['restricted', 'runnable']],
    ['같은 이름의 컨테이너를 하나 더 둔다', ['restricted']],
    ['stable-alpine 태그', ['unprivileged-image']],
    ['alpine 태그', ['unprivileged-image']],
    ['지원이 끝난 nginx 1.29', ['unprivileged-image']],
    ['지원이 끝난 Alpine 3.21 위의 1.30', ['unprivileged-image']],
    ['같은 키를 뒤에 다시 써서 이미지를 바꾼다', ['unprivileged-image', 'runnable']],
    ['컨테이너에서 runAsUser: 0으로 덮는다', ['restricted']],
    ['SYS_ADMIN capability를 더한다', ['restricted']],
    ['hostNetwork', ['restricted']],
    ['컨테이너 seccomp를 Unconfined로 덮는다', ['restricted']],
    ['/tmp를 읽기 전용으로 마운트한다', ['runnable']],
    ['다른 명령을 실행한다', ['runnable']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, files(name))).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(28);
  });
  it('says why in the reason', () => {
    expect(reason(files('localhostProfile 없는 seccomp Localhost'), 'restricted')).toContain('localhostProfile');
    expect(reason(files('os.name: windows로 Linux 검사를 건너뛴다'), 'restricted')).toContain('os.name: windows');
    expect(reason(files('stable-alpine 태그'), 'unprivileged-image')).toContain('움직이는 태그');
    expect(reason(files('지원이 끝난 nginx 1.29'), 'unprivileged-image')).toContain('2026-05-13');
    expect(reason(files('지원이 끝난 Alpine 3.21 위의 1.30'), 'unprivileged-image')).toContain('Alpine Linux 3.21');
  });
});
