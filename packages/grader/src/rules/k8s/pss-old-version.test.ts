import { describe, expect, it } from 'vitest';
import { at, runRules, yaml } from '../../../test/yaml-rules';
import { pssOldVersion } from './pss-old-version';

const run = (t: string, options = {}) => runRules([pssOldVersion], t, { options });
/** A Namespace with the given `pod-security.kubernetes.io/` labels, from line 6 on. */
const ns = (...labels: string[]) =>
  yaml('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: production', '  labels:', ...labels.map((l) => `    pod-security.kubernetes.io/${l}`));

const EVERY_RESTRICTED =
  'runAsUser: 0(root), seccompProfile 없음, seccompProfile: Unconfined, capabilities drop ALL 없음, allowPrivilegeEscalation 미설정, probe가 다른 호스트(169.254.169.254)를 찌름';

describe('k8s/pss-old-version', () => {
  it('stays silent on latest, on v1.34 and later, on invalid versions and on other kinds', () => {
    expect(run(ns('enforce: restricted', 'enforce-version: v1.36', 'audit: restricted', 'warn: restricted'))).toEqual([]);
    expect(run(ns('enforce: restricted', 'enforce-version: v1.34'))).toEqual([]);
    expect(run(ns('enforce: restricted', 'enforce-version: v1.99'))).toEqual([]);
    expect(run(ns('enforce: restricted', 'enforce-version: latest', 'audit-version: latest', 'warn-version: latest'))).toEqual([]);
    // not a version PSA reads: the lab's objectives and the API say so, this rule has nothing to compare
    expect(run(ns('enforce: restricted', 'enforce-version: "1.21"'))).toEqual([]);
    expect(
      run(yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', '  labels:', '    pod-security.kubernetes.io/enforce-version: v1.0')),
    ).toEqual([]);
  });

  it('stays silent when the pinned mode is privileged, or audit/warn have no level', () => {
    expect(run(ns('enforce: privileged', 'enforce-version: v1.0'))).toEqual([]);
    expect(run(ns('enforce: restricted', 'audit-version: v1.0', 'warn-version: v1.0'))).toEqual([]);
    expect(run(ns('enforce-version: v1.0'), { pssLevel: 'privileged' })).toEqual([]);
  });

  it('fires on a Namespace-only file pinned to v1.0, at the version value', () => {
    const f = run(ns('enforce: restricted', 'enforce-version: v1.0'));
    expect(f.map(at)).toEqual(['k8s/pss-old-version@7:49-7:53']);
    expect(f[0]!.message).toBe(
      `enforce-version v1.0의 restricted는 지금의 restricted가 막는 Pod를 허용합니다: ${EVERY_RESTRICTED}. v1.34 이상으로 고정하세요.`,
    );
    expect(f[0]!.messageEn).toBe(
      "enforce-version v1.0: restricted at that version admits Pods today's restricted refuses: runAsUser: 0 (root), no seccompProfile, seccompProfile: Unconfined, no capabilities drop ALL, allowPrivilegeEscalation unset, a probe aimed at another host (169.254.169.254). Pin v1.34 or later.",
    );
    expect(f[0]!.severity).toBe('warning');
  });

  it('names what each old version lets in', () => {
    const f = run(ns('enforce: restricted', 'enforce-version: v1.21', 'audit: restricted', 'audit-version: v1.33'));
    expect(f.map(at)).toEqual(['k8s/pss-old-version@7:49-7:54', 'k8s/pss-old-version@9:47-9:52']);
    expect(f.map((x) => x.message)).toEqual([
      'enforce-version v1.21의 restricted는 지금의 restricted가 막는 Pod를 허용합니다: runAsUser: 0(root), capabilities drop ALL 없음, probe가 다른 호스트(169.254.169.254)를 찌름. v1.34 이상으로 고정하세요.',
      'audit-version v1.33의 restricted는 지금의 restricted가 막는 Pod를 허용합니다: probe가 다른 호스트(169.254.169.254)를 찌름. v1.34 이상으로 고정하세요.',
    ]);
  });

  it('judges baseline by what today’s baseline refuses', () => {
    const f = run(ns('enforce: baseline', 'enforce-version: v1.25', 'warn: restricted', 'warn-version: v1.25'));
    expect(f.map(at)).toEqual(['k8s/pss-old-version@7:49-7:54', 'k8s/pss-old-version@9:46-9:51']);
    expect(f[0]!.message).toBe(
      'enforce-version v1.25의 baseline은 지금의 baseline이 막는 Pod를 허용합니다: probe가 다른 호스트(169.254.169.254)를 찌름. v1.34 이상으로 고정하세요.',
    );
    expect(f[1]!.message).toContain('warn-version v1.25의 restricted는');
  });

  it('reads enforce without a level label at the grading default, and an unreadable level as restricted', () => {
    expect(run(ns('enforce-version: v1.22')).map(at)).toEqual(['k8s/pss-old-version@6:49-6:54']);
    expect(run(ns('enforce: strict', 'enforce-version: v1.22')).map(at)).toEqual(['k8s/pss-old-version@7:49-7:54']);
  });
});
