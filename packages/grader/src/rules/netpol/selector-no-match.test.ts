import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { netpolExample } from '../_shared/netpol-context';
import { selectorNoMatch } from './selector-no-match';

const run = (t: string) => runRules([selectorNoMatch], t);
const pod = (ns: string, name: string, app: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  labels: {app: ${app}}\nspec:\n  containers: [{name: c, image: i}]\n---\n`;
const namespace = (name: string, team: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels: {team: ${team}}\n---\n`;
const API = pod('prod', 'api', 'api'); // 9 lines: the policy starts on line 10

describe('netpol/selector-no-match', () => {
  it('points at spec.podSelector when no pod of the namespace matches', () => {
    const f = run(API + netpolExample('p', 'prod', 'podSelector:\n  matchLabels: {app: apl}'));
    expect(f.map(at)).toEqual(['netpol/selector-no-match@16:3-16:14']);
    expect(f[0]!.message).toBe('spec.podSelector(app=apl)와 맞는 Pod가 prod Namespace에 없습니다. 이 정책은 아무 Pod도 격리하지 않습니다.');
    expect(f[0]!.messageEn).toBe('spec.podSelector (app=apl) matches no pod in namespace prod; the policy isolates nothing.');
  });

  it('points at a peer podSelector that matches no pod where it looks', () => {
    const f = run(
      API +
        pod('web', 'web', 'web') +
        netpolExample(
          'p',
          'prod',
          'podSelector: {}\ningress:\n  - from:\n      - namespaceSelector: {}\n        podSelector:\n          matchLabels: {app: frontend}',
        ),
    );
    expect(f.map(at)).toEqual(['netpol/selector-no-match@29:11-29:22']);
    expect(f[0]!.messageEn).toBe('podSelector (app=frontend) matches no pod in namespace kube-system, prod, web; this peer allows nothing.');
  });

  it('points at a namespaceSelector that matches no Namespace of the input', () => {
    const f = run(
      namespace('prod', 'core') +
        namespace('web', 'web') +
        netpolExample('p', 'prod', 'podSelector: {}\negress:\n  - to:\n      - namespaceSelector:\n          matchLabels: {team: frontend}'),
    );
    expect(f.map(at)).toEqual(['netpol/selector-no-match@22:11-22:28']);
    expect(f[0]!.message).toBe('namespaceSelector(team=frontend)와 맞는 Namespace가 입력에 없습니다. 이 항목은 아무 트래픽도 허용하지 않습니다.');
  });

  it('does not judge what the input does not describe', () => {
    // no pods at all, no pods in the peer's namespace, no Namespace objects, a selector on the name label alone
    expect(
      run(netpolExample('p', 'prod', 'podSelector:\n  matchLabels: {app: api}\ningress:\n  - from:\n      - podSelector:\n          matchLabels: {app: web}')),
    ).toEqual([]);
    expect(
      run(
        API +
          netpolExample(
            'p',
            'prod',
            'podSelector: {}\ningress:\n  - from:\n      - namespaceSelector:\n          matchLabels: {team: web}\n        podSelector:\n          matchLabels: {app: web}',
          ),
      ),
    ).toEqual([]);
    expect(
      run(
        namespace('prod', 'core') +
          netpolExample(
            'p',
            'prod',
            'podSelector: {}\ningress:\n  - from:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: frontend',
          ),
      ),
    ).toEqual([]);
  });

  it('accepts selectors that match, the implicit kube-dns included', () => {
    const dns =
      'podSelector: {}\negress:\n  - to:\n      - namespaceSelector:\n          matchLabels: {kubernetes.io/metadata.name: kube-system}\n        podSelector:\n          matchLabels: {k8s-app: kube-dns}';
    expect(run(API + netpolExample('p', 'prod', dns))).toEqual([]);
    expect(run(API + netpolExample('p', 'prod', 'podSelector:\n  matchExpressions: [{key: app, operator: In, values: [api, web]}]'))).toEqual([]);
  });
});
