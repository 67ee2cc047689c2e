import { describe, expect, it } from 'vitest';
import { parseYaml } from '../yaml/document';
import { asArray, asRecord, containerAnchor, containerLabel, containersOf, podSpecOf, podSpecPathOf, WORKLOAD_KINDS } from './index';
import { yaml } from '../../test/yaml-rules';

const one = (text: string) => {
  const p = parseYaml('t.yaml', text);
  expect(p.findings).toEqual([]);
  return p.objects[0]!;
};

describe('asRecord / asArray', () => {
  it('accept only the right shapes', () => {
    expect(asRecord({ a: 1 })).toEqual({ a: 1 });
    expect(asRecord([1])).toBeUndefined();
    expect(asRecord(null)).toBeUndefined();
    expect(asRecord('x')).toBeUndefined();
    expect(asArray([1, 2])).toEqual([1, 2]);
    expect(asArray({ a: 1 })).toEqual([]);
  });
});

describe('podSpecOf', () => {
  it('finds the pod spec of each workload kind', () => {
    expect(podSpecPathOf('Pod')).toEqual(['spec']);
    expect(podSpecPathOf('Deployment')).toEqual(['spec', 'template', 'spec']);
    expect(podSpecPathOf('CronJob')).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'spec']);
    expect(podSpecPathOf('Service')).toBeUndefined();
    expect(podSpecPathOf(undefined)).toBeUndefined();
    expect(WORKLOAD_KINDS).toContain('StatefulSet');
  });

  it('returns the spec object and its path', () => {
    const cron = one(
      yaml(
        'apiVersion: batch/v1',
        'kind: CronJob',
        'spec:',
        '  jobTemplate:',
        '    spec:',
        '      template:',
        '        spec:',
        '          restartPolicy: Never',
      ),
    );
    expect(podSpecOf(cron)).toEqual({ spec: { restartPolicy: 'Never' }, path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] });
  });

  it('returns null when the spec is missing or not a mapping', () => {
    expect(podSpecOf(one(yaml('apiVersion: apps/v1', 'kind: Deployment', 'spec:', '  template: {}')))).toBeNull();
    expect(podSpecOf(one(yaml('apiVersion: v1', 'kind: Pod', 'spec: [1]')))).toBeNull();
    expect(podSpecOf(one(yaml('apiVersion: v1', 'kind: Service', 'spec: {}')))).toBeNull();
  });
});

describe('containersOf', () => {
  const pod = one(
    yaml(
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: a:1',
      '    - image: b:1',
      '    - just-a-string',
      '  initContainers:',
      '    - name: init',
      '  ephemeralContainers:',
      '    - name: debug',
    ),
  );
  const ps = podSpecOf(pod)!;
  const all = [...containersOf(ps.spec, ps.path)];

  it('yields init, regular and ephemeral containers with paths, skipping non-objects', () => {
    expect(all.map((c) => [c.list, c.index, c.name, c.path])).toEqual([
      ['initContainers', 0, 'init', ['spec', 'initContainers', 0]],
      ['containers', 0, 'app', ['spec', 'containers', 0]],
      ['containers', 1, undefined, ['spec', 'containers', 1]],
      ['ephemeralContainers', 0, 'debug', ['spec', 'ephemeralContainers', 0]],
    ]);
  });

  it('labels and anchors a container at its name, or at its first key when unnamed', () => {
    expect(containerLabel(all[1]!)).toBe('containers[0] "app"');
    expect(containerLabel(all[2]!)).toBe('containers[1]');
    expect(containerAnchor(pod, all[1]!)).toEqual({ line: 5, column: 13, endLine: 5, endColumn: 16 });
    expect(containerAnchor(pod, all[2]!)).toEqual({ line: 7, column: 7, endLine: 7, endColumn: 12 });
  });
});
