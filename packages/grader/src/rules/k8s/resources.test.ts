import { describe, expect, it } from 'vitest';
import { at, runRules, yaml } from '../../../test/yaml-rules';
import { resources } from './resources';
import { HARDENED_POD, podWith } from '../../../test/hardened-pod';

const run = (t: string) => runRules([resources], t);

describe('k8s/resources', () => {
  it('accepts cpu/memory requests and a memory limit (a CPU limit is optional)', () => {
    expect(run(yaml(...HARDENED_POD))).toEqual([]);
  });

  it('lists what is missing and points at the container name', () => {
    const f = run(podWith(14));
    expect(f.map(at)).toEqual(['k8s/resources@8:13-8:16']);
    expect(f[0]!.message).toBe(
      'containers[0] "app": resources의 limits.memory이(가) 없거나 0입니다(0은 예약 없음, limit 0은 제한 없음). 메모리 limit이 없으면 한 컨테이너가 노드 메모리를 고갈시킬 수 있습니다.',
    );
    expect(f[0]!.severity).toBe('info');
  });

  it('reports a container without any resources', () => {
    const f = run(podWith(12).replace(/ {8}requests.*\n {8}limits.*\n/, ''));
    expect(f.map((x) => x.messageEn)).toEqual(['containers[0] "app": missing or zero resources requests.cpu, requests.memory, limits.memory.']);
  });

  it('counts an empty quantity as missing', () => {
    const f = run(podWith(13, '        requests: {cpu: "", memory: 128Mi}'));
    expect(f.map((x) => x.messageEn)).toEqual(['containers[0] "app": missing or zero resources requests.cpu.']);
  });
});
