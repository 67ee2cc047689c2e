/** Test fixtures (used by *.test.ts only): a hardened Pod that no k8s/* rule reports, changed one line at a time. */
import { yaml } from './yaml-rules';

export const HARDENED_POD = [
  'apiVersion: v1', // 1
  'kind: Pod', // 2
  'metadata:', // 3
  '  name: web', // 4
  'spec:', // 5
  '  automountServiceAccountToken: false', // 6
  '  containers:', // 7
  '    - name: app', // 8
  '      image: registry.example.com/app:1.0.0', // 9
  '      securityContext:', // 10
  '        readOnlyRootFilesystem: true', // 11
  '      resources:', // 12
  '        requests: {cpu: 100m, memory: 128Mi}', // 13
  '        limits: {memory: 256Mi}', // 14
];

/** HARDENED_POD with 1-based line `line` replaced by `lines` (none = delete). */
export function podWith(line: number, ...lines: string[]): string {
  const copy = [...HARDENED_POD];
  copy.splice(line - 1, 1, ...lines);
  return yaml(...copy);
}

/** A pod text as a Deployment (pod spec at spec.template.spec): pod line N becomes line N + 6, columns shift by 4. */
export function deploymentOf(podText: string): string {
  const spec = podText
    .split('\n')
    .slice(5)
    .filter((l) => l !== '')
    .map((l) => `    ${l}`);
  return yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  selector:',
    '    matchLabels: {app: web}',
    '  template:',
    '    metadata:',
    '      labels: {app: web}',
    '    spec:',
    ...spec,
  );
}
