import { describe, expect, it } from 'vitest';
import { at, runRules, yaml } from '../../../test/yaml-rules';
import { automountSaToken } from './automount-sa-token';
import { deploymentOf, HARDENED_POD, podWith } from '../../../test/hardened-pod';

const run = (t: string) => runRules([automountSaToken], t);

describe('k8s/automount-sa-token', () => {
  it('accepts automountServiceAccountToken: false', () => {
    expect(run(yaml(...HARDENED_POD))).toEqual([]);
  });

  it('points at the pod spec when the field is missing', () => {
    const f = run(podWith(6));
    expect(f.map(at)).toEqual(['k8s/automount-sa-token@5:1-5:5']);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.message).toContain('ServiceAccount "default"의 토큰이 자동으로 마운트됩니다');
    expect(run(deploymentOf(podWith(6))).map(at)).toEqual(['k8s/automount-sa-token@11:5-11:9']);
  });

  it('points at an explicit true', () => {
    expect(run(podWith(6, '  automountServiceAccountToken: true')).map(at)).toEqual(['k8s/automount-sa-token@6:33-6:37']);
  });

  it('accepts a ServiceAccount in the input that disables automounting', () => {
    const sa = (ns: string, value: string) =>
      yaml('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: app-sa', `  namespace: ${ns}`, `automountServiceAccountToken: ${value}`, '---');
    const pod = podWith(6, '  serviceAccountName: app-sa').replace('  name: web\n', '  name: web\n  namespace: prod\n');
    expect(run(sa('prod', 'false') + pod)).toEqual([]);
    expect(run(sa('prod', 'true') + pod).map(at)).toEqual(['k8s/automount-sa-token@13:1-13:5']);
    expect(run(sa('other', 'false') + pod).map((f) => f.messageEn)).toEqual([
      'The pod spec lacks automountServiceAccountToken: false, so the token of ServiceAccount "app-sa" is mounted automatically.',
    ]);
  });
});
