import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { netpolExample } from '../_shared/netpol-context';
import { orNotAnd } from './or-not-and';

const run = (t: string) => runRules([orNotAnd], t);
const rules = (dir: 'ingress' | 'egress', items: string) =>
  netpolExample('p', 'prod', `podSelector: {}\n${dir}:\n  - ${dir === 'ingress' ? 'from' : 'to'}:\n${items}`);
const NS = '      - namespaceSelector:\n          matchLabels: {team: web}\n';
const POD = '      - podSelector:\n          matchLabels: {app: web}\n';

describe('netpol/or-not-and', () => {
  it('points at the second of two adjacent single-selector items', () => {
    const f = run(rules('ingress', NS + POD));
    expect(f.map(at)).toEqual(['netpol/or-not-and@12:11-12:22']);
    expect(f[0]!.message).toBe(
      'from의 1번째 항목(namespaceSelector)과 2번째 항목(podSelector)은 OR입니다. "그 Namespace의 그 Pod만"을 의도했다면 두 selector를 한 항목에 함께 쓰세요.',
    );
    expect(f[0]!.severity).toBe('info');
  });

  it('also in egress and in the other order', () => {
    const f = run(rules('egress', POD + NS));
    expect(f.map(at)).toEqual(['netpol/or-not-and@12:11-12:28']);
    expect(f[0]!.messageEn).toBe(
      'Items 1 (podSelector) and 2 (namespaceSelector) of to are ORed; to allow only those pods of that namespace, put both selectors in one item.',
    );
  });

  it('accepts one item with both selectors, two of the same kind, an empty selector, and ipBlocks', () => {
    expect(
      run(rules('ingress', '      - namespaceSelector:\n          matchLabels: {team: web}\n        podSelector:\n          matchLabels: {app: web}\n')),
    ).toEqual([]);
    expect(run(rules('ingress', NS + NS))).toEqual([]);
    expect(run(rules('ingress', `${NS}      - podSelector: {}\n`))).toEqual([]);
    expect(run(rules('ingress', `${NS}      - ipBlock: {cidr: 10.0.0.0/8}\n${POD}`))).toEqual([]);
  });
});
