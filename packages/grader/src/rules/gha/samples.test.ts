/**
 * The gha/*, audit/* and rbac/{workload-create,nodes-proxy} rules on the corrected course samples and on
 * malformed input, through grade() so the engine's dispatch (target 'workflow' vs 'kubernetes') is exercised.
 */
import { describe, expect, it } from 'vitest';
import { grade } from '../../engine';
import { allRules } from '../../registry';
import { GOOD_POLICY } from '../_shared/audit-examples';
import { GOOD_WORKFLOW } from '../_shared/workflow-examples';

/** The ids these tests grade with (the examples and metadata are checked by test/rules-contract.test.ts). */
const MINE = allRules.map((r) => r.meta.id).filter((id) => /^(?:gha|audit)\/|^rbac\/(?:nodes-proxy|workload-create)$/.test(id));

const ROLE = (name: string, rules: string) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ${name}\n  namespace: production\nrules:\n${rules}`;

describe('the corrected samples (ERRATA §2.7, §2.8 with real SHAs) and the chapter 4 Roles', () => {
  it('get none of these findings through the full grader', () => {
    const files = [
      { name: '.github/workflows/security-scan.yml', text: GOOD_WORKFLOW },
      { name: 'audit-policy.yaml', text: GOOD_POLICY },
    ];
    const found = grade(files).results.flatMap((r) => r.findings.map((f) => `${r.file} ${f.ruleId}`));
    expect(found).toEqual([]);
  });
  it('flag only workload creation (info) in the Developer Role and nothing in the read-only Operator Role', () => {
    const developer = ROLE(
      'developer',
      '  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list", "create", "update", "patch"]\n  - apiGroups: [""]\n    resources: ["pods"]\n    verbs: ["get", "list"]\n',
    );
    const operator = ROLE(
      'operator-readonly',
      '  - apiGroups: [""]\n    resources: ["pods", "pods/log", "services", "events"]\n    verbs: ["get", "list", "watch"]\n  - apiGroups: ["apps"]\n    resources: ["deployments", "replicasets"]\n    verbs: ["get", "list", "watch"]\n',
    );
    const [dev, op] = grade([
      { name: 'dev.yaml', text: developer },
      { name: 'op.yaml', text: operator },
    ]).results;
    expect(dev!.findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`)).toEqual(['rbac/workload-create info 8:17']);
    expect(op!.findings).toEqual([]);
  });
  it('keep workflow rules off Kubernetes objects and Kubernetes rules off workflows', () => {
    const k8sLike =
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: x}\non: [push]\njobs: {a: {steps: [{uses: x/y@main}]}}\nrules:\n  - {apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"]}\n';
    expect(grade([{ name: 'x.yaml', text: k8sLike }], { rules: MINE }).results[0]!.findings.map((f) => f.ruleId)).toEqual(['rbac/nodes-proxy']);
  });
});

describe('malformed input', () => {
  const docs = [
    'on: 5\njobs: 5\n',
    'on: {pull_request_target: 1}\njobs: {a: {steps: {x: 1}}, b: [1], c: {steps: [1, null, {uses: 5, with: 3, run: [1]}]}}\n',
    'on: [pull_request_target]\njobs:\n  a:\n    steps:\n      - uses: "@"\n        with: {ref: [1], image-ref: {a: 1}}\n      - uses: aquasecurity/trivy-action\n        with: {image-ref: ""}\n',
    'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: 3\nrules: [1, {level: 3, users: 4, resources: [1, {group: 5, resources: {a: 1}}]}]\n',
    'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: {a: 1}\n',
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nrules: [{apiGroups: 1, resources: [nodes/proxy, 2], verbs: [3]}]\n',
  ];
  it.each(docs)('never throws and positions every finding: %s', (text) => {
    const f = grade([{ name: 'x.yaml', text }], { rules: MINE }).results[0]!.findings;
    expect(f.filter((x) => x.ruleId.startsWith('internal/'))).toEqual([]);
    for (const x of f) expect(x.line).toBeGreaterThan(0);
  });
});
