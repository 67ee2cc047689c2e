import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { eolImage } from './eol-image';
import { podWith } from '../../../test/hardened-pod';

const run = (t: string, today = '2026-12-04') => runRules([eolImage], t, { options: { today } });

describe('k8s/eol-image', () => {
  it.each([
    ['nginxinc/nginx-unprivileged:1.29-alpine', 'nginx 1.29'],
    ['nginx:1.30-alpine3.21', 'Alpine Linux 3.21'],
    ['node:20-bookworm-slim', 'Node.js 20 (iron)'],
    ['python:3.10-slim', 'Python 3.10'],
    ['ubuntu:20.04', 'Ubuntu 20.04 (focal)'],
    ['gcr.io/distroless/static-debian12:nonroot', 'distroless (Debian base) 12 (bookworm)'],
  ])('flags %s (%s)', (image, label) => {
    const f = run(podWith(9, `      image: ${image}`));
    expect(f.map(at)).toEqual([`k8s/eol-image@9:14-9:${14 + image.length}`]);
    expect(f[0]!.messageEn).toContain(label);
  });
  it.each(['nginxinc/nginx-unprivileged:1.30-alpine', 'node:24-alpine', 'python:3.13-slim', 'registry.example.com/app:1.0.0', 'nginx:stable-alpine'])(
    'accepts %s',
    (image) => {
      expect(run(podWith(9, `      image: ${image}`))).toEqual([]);
    },
  );
  it('is dated', () => {
    expect(run(podWith(9, '      image: nginx:1.29-alpine'), '2026-05-12')).toEqual([]);
    expect(run(podWith(9, '      image: nginx:1.29-alpine'), '2026-05-13')).toHaveLength(1);
  });
});
