/**
 * Property-based tests: equivalent ways of writing the policy pass (rule order where it does not matter, split
 * rules, flow style, verb and resource order, a health-check rule, comments), and the reference plus one rule
 * from the catalogue, put first, fails and names the first request it gets wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeSet } from '../testing';
import { lab } from './lab';

interface Shape {
  workloadFirst: boolean;
  splitWorkloads: boolean;
  flow: boolean;
  healthRule: boolean;
  comments: boolean;
  verbsRotation: number;
  appsAll: boolean;
}

const VERBS = ['create', 'update', 'patch', 'delete'];
const rot = <T>(xs: T[], n: number) => [...xs.slice(n % xs.length), ...xs.slice(0, n % xs.length)];

function render(s: Shape, extraFirst = ''): string {
  const verbs = rot(VERBS, s.verbsRotation)
    .map((v) => JSON.stringify(v))
    .join(', ');
  const secrets = s.flow
    ? '  - {level: Metadata, resources: [{group: "", resources: [secrets, configmaps]}]}\n'
    : '  - level: Metadata\n    resources:\n      - group: ""\n        resources: ["configmaps", "secrets"]\n';
  const apps = s.appsAll ? '{group: apps}' : '{group: apps, resources: [daemonsets, deployments, statefulsets]}';
  const workloads = s.splitWorkloads
    ? `  - {level: RequestResponse, userGroups: [system:serviceaccounts], verbs: [${verbs}], resources: [{group: "", resources: [pods]}]}\n  - {level: RequestResponse, userGroups: [system:serviceaccounts], verbs: [${verbs}], resources: [${apps}]}\n`
    : `  - level: RequestResponse\n    userGroups: ["system:serviceaccounts"]\n    verbs: [${verbs}]\n    resources: [${apps}, {group: "", resources: [pods]}]\n`;
  const health = s.healthRule ? '  - level: None\n    nonResourceURLs: ["/healthz*", "/readyz*", "/livez*"]\n' : '';
  const comment = s.comments ? '  # first match wins\n' : '';
  const body = s.workloadFirst ? `${workloads}${secrets}` : `${secrets}${workloads}`;
  return `apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: ["RequestReceived"]\nrules:\n${extraFirst}${comment}${health}${body}  - level: Metadata\n`;
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  workloadFirst: fc.boolean(),
  splitWorkloads: fc.boolean(),
  flow: fc.boolean(),
  healthRule: fc.boolean(),
  comments: fc.boolean(),
  verbsRotation: fc.integer({ min: 0, max: 3 }),
  appsAll: fc.boolean(),
});

/** A rule that breaks the requirements when it comes first, and the first request the grader must name. */
const CATALOGUE: readonly { rule: string; names: string }[] = [
  { rule: '  - level: None\n    users: ["alice"]\n', names: 'alice: get configmaps x1 -n production → None (1번째 규칙)' },
  { rule: '  - level: RequestResponse\n    verbs: ["get"]\n', names: 'alice: get secrets x1 -n production → RequestResponse (1번째 규칙)' },
  {
    rule: '  - level: None\n    userGroups: ["system:serviceaccounts"]\n',
    names: 'system:serviceaccount:ci:deployer: create pods -n production → None (1번째 규칙)',
  },
  { rule: '  - level: Request\n    resources: [{group: ""}]\n', names: 'alice: get secrets x1 -n production → Request (1번째 규칙)' },
  { rule: '  - level: None\n    namespaces: ["kube-system"]\n', names: 'alice: get secrets x1 -n kube-system → None (1번째 규칙)' },
  {
    rule: '  - level: Metadata\n    userGroups: ["system:serviceaccounts"]\n    resources: [{group: apps}]\n',
    names: 'system:serviceaccount:ci:deployer: create deployments.apps -n production → Metadata (1번째 규칙)',
  },
  { rule: '  - level: None\n    nonResourceURLs: ["/metrics"]\n', names: 'alice: get /metrics → None (1번째 규칙)' },
  { rule: '  - level: None\n    resources: [{group: "", resources: ["pods"]}]\n', names: 'alice: get pods x1 -n production → None (1번째 규칙)' },
  {
    rule: '  - level: RequestResponse\n    omitStages: ["ResponseStarted", "ResponseComplete"]\n    userGroups: ["system:serviceaccounts"]\n',
    names: 'system:serviceaccount:ci:deployer: create pods -n production → None (1번째 규칙, omitStages로 RequestResponse에서 낮아짐)',
  },
];

describe('audit-policy properties', () => {
  it('every equivalent policy passes', () => {
    fc.assert(
      fc.property(shapeArb, (s) => {
        const r = gradeSet(lab, { 'audit-policy.yaml': render(s) });
        expect(r.objectives.filter((o) => !o.pass).map((o) => `${o.id}: ${o.reason}`)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('one rule from the catalogue put first fails and names the request it gets wrong', () => {
    fc.assert(
      fc.property(shapeArb, fc.constantFrom(...CATALOGUE), (s, extra) => {
        const r = gradeSet(lab, { 'audit-policy.yaml': render(s, extra.rule) });
        expect(r.complete).toBe(false);
        const reasons = r.objectives.filter((o) => !o.pass).map((o) => o.reason);
        expect(
          reasons.some((x) => x.includes(extra.names)),
          reasons.join(' | '),
        ).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
