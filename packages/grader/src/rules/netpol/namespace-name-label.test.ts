import { describe, expect, it } from 'vitest';
import { at, runRules, yaml } from '../../../test/yaml-rules';
import { netpolExample } from '../_shared/netpol-context';
import { namespaceNameLabel } from './namespace-name-label';

const run = (t: string) => runRules([namespaceNameLabel], t);
const from = (peer: string) => netpolExample('p', 'prod', `podSelector: {}\ningress:\n  - from:\n${peer}`);

describe('netpol/namespace-name-label', () => {
  it('points at the name key of matchLabels (line 12: "              name: frontend")', () => {
    const f = run(from('      - namespaceSelector:\n          matchLabels:\n            name: frontend'));
    expect(f.map(at)).toEqual(['netpol/namespace-name-label@12:15-12:19']);
    expect(f[0]!.message).toBe(
      'Namespace에는 name 라벨이 자동으로 붙지 않아 이 namespaceSelector는 어떤 Namespace와도 맞지 않습니다. 자동 라벨인 kubernetes.io/metadata.name: frontend을(를) 쓰세요.',
    );
    expect(f[0]!.messageEn).toBe(
      'Namespaces do not get a `name` label automatically, so this namespaceSelector matches no Namespace; use the automatic label kubernetes.io/metadata.name: frontend.',
    );
    expect(f[0]!.severity).toBe('warning');
  });

  it('points at a matchExpressions key, also in egress and with a podSelector in the same item', () => {
    const text = netpolExample(
      'p',
      'prod',
      'podSelector: {}\negress:\n  - to:\n      - podSelector: {}\n        namespaceSelector:\n          matchExpressions:\n            - key: name\n              operator: In\n              values: [db]',
    );
    expect(run(text).map(at)).toEqual(['netpol/namespace-name-label@13:22-13:26']);
  });

  it('accepts the automatic label, other labels, and a name label that an input Namespace carries', () => {
    expect(run(from('      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: frontend'))).toEqual([]);
    expect(run(from('      - podSelector:\n          matchLabels:\n            name: frontend'))).toEqual([]);
    const labelled = yaml('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: frontend', '  labels:', '    name: frontend', '---');
    expect(run(labelled + from('      - namespaceSelector:\n          matchLabels:\n            name: frontend'))).toEqual([]);
  });
});
