import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { isLinuxImage, windowsLinuxImage } from './windows-linux-image';

const run = (t: string) => runRules([windowsLinuxImage], t);
const deploy = (os: string, image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      os: {name: ${os}}
      containers:
        - name: app
          image: ${image}
`;

describe('k8s/windows-linux-image', () => {
  it.each([
    'nginxinc/nginx-unprivileged:1.30-alpine',
    'node:24-alpine',
    'gcr.io/distroless/static-debian13:nonroot',
    'busybox:1.37',
    'registry.example.com/app:1.0-alpine',
  ])('%s is a Linux image', (i) => {
    expect(isLinuxImage(i)).toBe(true);
  });
  it.each(['mcr.microsoft.com/windows/servercore:ltsc2022', 'node:24-windowsservercore-ltsc2022', 'registry.example.com/app:1.0.0'])(
    '%s is not known to be Linux',
    (i) => {
      expect(isLinuxImage(i)).toBe(false);
    },
  );
  it('flags a Deployment template with os.name windows and a Linux image', () => {
    expect(run(deploy('windows', 'nginx:1.30-alpine')).map(at)).toEqual(['k8s/windows-linux-image@15:18-15:35']);
  });
  it('leaves linux and unset os alone', () => {
    expect(run(deploy('linux', 'nginx:1.30-alpine'))).toEqual([]);
    expect(run(deploy('"windows-ish"', 'nginx:1.30-alpine'))).toEqual([]);
  });
});
