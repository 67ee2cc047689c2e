import { describe, expect, it } from 'vitest';
import { at, runRules, yaml } from '../../../test/yaml-rules';
import { imageTag, imageTagProblem } from './image-tag';
import { HARDENED_POD, podWith } from '../../../test/hardened-pod';

const run = (t: string) => runRules([imageTag], t);

describe('imageTagProblem', () => {
  it('classifies image references', () => {
    expect(imageTagProblem('nginx')).toBe('none');
    expect(imageTagProblem('nginx:latest')).toBe('latest');
    expect(imageTagProblem('docker.io/falcosecurity/falco:latest')).toBe('latest');
    expect(imageTagProblem('localhost:5000/app')).toBe('none');
    expect(imageTagProblem('localhost:5000/app:2.1')).toBeNull();
    expect(imageTagProblem('nginx:1.27-alpine')).toBeNull();
    expect(imageTagProblem('nginx@sha256:abc')).toBeNull();
    expect(imageTagProblem('nginx:latest@sha256:abc')).toBeNull();
    expect(imageTagProblem('nginxinc/nginx-unprivileged:stable-alpine')).toBe('floating');
    expect(imageTagProblem('node:lts-alpine')).toBe('floating');
    expect(imageTagProblem('nginx:alpine')).toBe('floating');
    expect(imageTagProblem('nginx:mainline')).toBe('floating');
    expect(imageTagProblem('nginxinc/nginx-unprivileged:1.30-alpine')).toBeNull();
  });
});

describe('k8s/image-tag', () => {
  it('accepts a pinned tag', () => {
    expect(run(yaml(...HARDENED_POD))).toEqual([]);
  });

  it('points at an image using :latest', () => {
    const f = run(podWith(9, '      image: myapp:latest'));
    expect(f.map(at)).toEqual(['k8s/image-tag@9:14-9:26']);
    expect(f[0]!.message).toBe('containers[0] "app": 이미지 "myapp:latest"에 :latest 태그를 썼습니다. 버전 태그나 digest(@sha256:...)로 고정하세요.');
    expect(f[0]!.severity).toBe('warning');
  });

  it('points at an image without a tag', () => {
    const f = run(podWith(9, '      image: nginx'));
    expect(f.map(at)).toEqual(['k8s/image-tag@9:14-9:19']);
    expect(f[0]!.messageEn).toBe('containers[0] "app": image "nginx" has no tag (pulled as :latest); pin a version tag or digest.');
  });

  it('leaves a missing image to schema/required', () => {
    expect(run(podWith(9))).toEqual([]);
  });
});
