import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab capstone', () => {
  it('starter fails all eight findings and restricted', () => {
    expect(failing(lab, starterSet(lab))).toEqual([
      'non-root',
      'no-plaintext-secret',
      'drop-capabilities',
      'image-tag',
      'read-only-rootfs',
      'seccomp',
      'resources',
      'automount-token',
      'restricted',
    ]);
    const tag = gradeSet(lab, starterSet(lab)).objectives.find((o) => o.id === 'image-tag')!;
    expect(tag).toMatchObject({
      file: 'deployment.yaml',
      range: { line: 18, column: 18 },
      rules: ['k8s/image-tag', 'k8s/eol-image', 'docker/image-tag', 'docker/eol-base-image'],
      section: 'hands-on#8건-전체-정리',
    });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(3);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  const deploymentIds = [
    'app-runs',
    'no-plaintext-secret',
    'drop-capabilities',
    'image-tag',
    'read-only-rootfs',
    'seccomp',
    'resources',
    'automount-token',
    'restricted',
  ];
  it.each([
    ['Deployment를 지운다', deploymentIds],
    ['Dockerfile을 비운다', ['app-runs', 'non-root', 'no-plaintext-secret', 'image-tag']],
    ['이미지를 바꾼다', deploymentIds],
    ['init container에 privileged를 숨긴다', ['drop-capabilities', 'read-only-rootfs', 'resources', 'restricted']],
    ['비밀번호를 env value로 옮긴다', ['no-plaintext-secret']],
    ['replicas: 0', ['app-runs']],
    ['이름 USER에 runAsNonRoot만 두고 runAsUser를 뺀다', ['non-root']],
    ['ARG 기본값으로 USER root', ['non-root']],
    ['setuid root 셸을 남긴다', ['non-root']],
    ['비밀번호 없는 sudo', ['non-root']],
    ['베이스를 alpine:latest로', ['image-tag']],
    ['지원이 끝난 alpine:3.20', ['image-tag']],
    ['움직이는 태그 stable', ['image-tag']],
    ['같은 키를 뒤에 다시 써서 :latest', ['image-tag']],
    ['limit을 0으로', ['app-runs', 'resources', 'restricted']],
    ['projected volume으로 토큰을 마운트한다', ['automount-token']],
    ['같은 키를 뒤에 다시 써서 토큰을 켠다', ['automount-token']],
    ['merge 키 뒤에서 capability를 더한다', ['drop-capabilities', 'restricted']],
    ['음수 replicas', ['app-runs', 'restricted']],
    ['paused: true로 만든다', ['app-runs']],
    ['localhostProfile 없는 seccomp Localhost', ['app-runs', 'seccomp', 'restricted']],
    ['두 번째 문서에 privileged Deployment', ['drop-capabilities', 'read-only-rootfs', 'seccomp', 'resources', 'automount-token', 'restricted']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('explains why a named USER with runAsNonRoot alone never starts', () => {
    const o = gradeSet(lab, solutions.bypasses.find((x) => x.name === '이름 USER에 runAsNonRoot만 두고 runAsUser를 뺀다')!.files).objectives.find(
      (x) => x.id === 'non-root',
    )!;
    // The USER line of the reference Dockerfile (chapter 5's sample in content/samples), at the user name.
    const userLine = solutions.reference.Dockerfile!.split('\n').findIndex((line) => line.startsWith('USER ')) + 1;
    expect(userLine).toBeGreaterThan(0);
    expect(o).toMatchObject({ file: 'Dockerfile', range: { line: userLine, column: 6 } });
    expect(o.reason).toContain('CreateContainerConfigError');
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(22);
  });
});
