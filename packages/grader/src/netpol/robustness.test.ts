/**
 * Hostile scale: 1000 NetworkPolicies over 1000 pods. The scenario, the netpol/* rules and the truth
 * table stay bounded: the rules share one scenario and memoise DNS per pod, and a table over
 * MAX_CONNECTIONS is refused before anything is evaluated.
 */
import { describe, expect, it } from 'vitest';
import { grade } from '../engine';
import { parseYaml } from '../yaml/document';
import { buildScenario } from './model';
import { isAllowed } from './evaluate';
import { MAX_CONNECTIONS, truthTable } from './table';

const N = 1000;

function hostile(): string {
  const docs: string[] = [];
  for (let i = 0; i < N; i++) {
    docs.push(
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}, namespace: ns${i % 10}, labels: {app: a${i}}}\nspec: {containers: [{name: c, image: i, ports: [{containerPort: ${1000 + i}}]}]}\n`,
    );
  }
  for (let i = 0; i < N; i++) {
    docs.push(
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np${i}, namespace: ns${i % 10}}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n` +
        `  ingress: [{from: [{namespaceSelector: {matchLabels: {team: t${i}}}}, {podSelector: {matchLabels: {app: a${(i + 1) % N}}}}], ports: [{port: ${2000 + i}, endPort: ${3000 + i}}]}]\n` +
        `  egress: [{to: [{podSelector: {matchLabels: {app: missing${i}}}}], ports: [{port: ${1000 + i}}]}]\n`,
    );
  }
  return docs.join('---\n');
}

describe('netpol on 1000 policies x 1000 pods', () => {
  const text = hostile();

  it('the netpol rules finish in bounded time and report every policy', () => {
    const start = performance.now();
    const result = grade([{ name: 'hostile.yaml', text }], { rules: ['netpol/*'] });
    const ms = performance.now() - start;
    const ids = result.results[0]!.findings.map((f) => f.ruleId);
    expect(ids.filter((id) => id === 'netpol/no-dns-egress')).toHaveLength(N);
    // Per policy: the egress podSelector (no such app) and the ingress one (pod a(i+1) lives in another namespace).
    expect(ids.filter((id) => id === 'netpol/selector-no-match')).toHaveLength(2 * N);
    expect(ids.filter((id) => id === 'netpol/or-not-and')).toHaveLength(N);
    expect(ids).not.toContain('internal/rule-error');
    expect(ms).toBeLessThan(15000);
  });

  it('the truth table is refused over the cap, and single queries stay cheap', () => {
    const s = buildScenario(parseYaml('hostile.yaml', text).objects);
    const start = performance.now();
    const t = truthTable(s);
    expect(t.tooLarge).toBe(true);
    expect(t.total).toBeGreaterThan(MAX_CONNECTIONS);
    expect(t.connections).toEqual([]);
    expect(isAllowed(s, { from: 'ns1/p1', to: 'ns0/p0', protocol: 'TCP', port: 2500 })).toBe(false);
    expect(isAllowed(s, { from: 'ns1/p1', to: 'ns0/p0', protocol: 'TCP', port: 1000 })).toBe(false);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
