import { describe, expect, it } from 'vitest';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab capstone', () => {
  it('starter fails all eight findings and restricted', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['non-root', 'no-plaintext-secret', 'drop-capabilities', 'image-tag', 'read-only-rootfs', 'seccomp', 'resources', 'automount-token', 'restricted']);
    const tag = gradeSet(lab, starterSet(lab)).objectives.find((o) => o.id === 'image-tag')!;
    expect(tag).toMatchObject({ file: 'deployment.yaml', range: { line: 18, column: 18 }, rules: ['k8s/image-tag'], section: 'hands-on#8건-전체-정리' });
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  const deploymentIds = ['app-runs', 'no-plaintext-secret', 'drop-capabilities', 'image-tag', 'read-only-rootfs', 'seccomp', 'resources', 'automount-token', 'restricted'];
  it.each([
    ['Deployment를 지운다', deploymentIds],
    ['Dockerfile을 비운다', ['app-runs', 'non-root', 'no-plaintext-secret']],
    ['이미지를 바꾼다', deploymentIds],
    ['init container에 privileged를 숨긴다', ['drop-capabilities', 'read-only-rootfs', 'resources', 'restricted']],
    ['비밀번호를 env value로 옮긴다', ['no-plaintext-secret']],
    ['replicas: 0', ['app-runs']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(6);
  });
});
