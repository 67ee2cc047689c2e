import { describe, expect, it } from 'vitest';
import { at, runRules } from '../../../test/yaml-rules';
import { auditPolicyYaml, GOOD_POLICY } from '../_shared/audit-examples';
import { auditRules } from './index';
import { auditNoCatchAll } from './no-catch-all';
import { auditOmitRequestReceived } from './omit-request-received';
import { auditOmittedStages } from './omitted-stages';
import { auditPayloadLeak } from './payload-leak';
import { auditUserWildcard } from './user-wildcard';
import { auditWrongGroup } from './wrong-group';

const OMIT = 'omitStages: ["RequestReceived"]\n';
/** The seed's policy (chapter 4, original notes). */
const SEED = auditPolicyYaml(`  - level: Metadata
    namespaces: ["production"]
    resources:
      - group: ""
        resources: ["secrets", "configmaps"]
  - level: RequestResponse
    users: ["system:serviceaccount:*:*"]
    resources:
      - group: ""
        resources: ["pods", "deployments"]
`);

describe('audit/* on the course policies', () => {
  it('report what a reviewer finds in the seed policy', () => {
    const f = runRules(auditRules, SEED);
    expect(f.map(at)).toEqual([
      'audit/no-catch-all@3:1-3:6',
      'audit/omit-request-received@3:1-3:6',
      'audit/user-wildcard@10:13-10:40',
      'audit/wrong-group@13:29-13:42',
    ]);
  });
  it('report nothing on the corrected policy (ERRATA §2.7)', () => {
    expect(runRules(auditRules, GOOD_POLICY)).toEqual([]);
  });
  it('leave other kinds and other audit API objects alone', () => {
    expect(runRules(auditRules, 'apiVersion: v1\nkind: Policy\nrules:\n  - level: RequestResponse\n')).toEqual([]);
    expect(runRules(auditRules, 'apiVersion: audit.k8s.io/v1\nkind: Event\n')).toEqual([]);
  });
});

describe('audit/payload-leak', () => {
  const run = (rules: string) => runRules([auditPayloadLeak], auditPolicyYaml(rules, OMIT));
  it('points at the level of a body-logging rule that secrets reach', () => {
    const f = run('  - level: Request\n    verbs: ["get"]\n  - level: Metadata\n');
    expect(f.map(at)).toEqual(['audit/payload-leak@5:12-5:19']);
    expect(f[0]!.message).toBe(
      'rules[0] 규칙이 secrets, configmaps, serviceaccounts/token 요청을 Request 수준으로 기록할 수 있어 Secret 값과 토큰이 audit 로그에 남습니다. 이 규칙 앞에 secrets, configmaps, serviceaccounts/token 요청을 Metadata로 기록하는 규칙을 두세요.',
    );
  });
  it('knows which sensitive resources a rule names', () => {
    expect(run('  - level: RequestResponse\n    resources:\n      - group: ""\n        resources: ["secrets"]\n').map((f) => f.messageEn)).toEqual([
      'rules[0] can log secrets requests at RequestResponse: secret values and tokens end up in the audit log. Put a Metadata rule for them first.',
    ]);
    expect(
      run('  - level: RequestResponse\n    resources:\n      - group: ""\n        resources: ["*/token", "configmaps/*"]\n').map((f) => f.messageEn),
    ).toEqual([
      'rules[0] can log configmaps, serviceaccounts/token requests at RequestResponse: secret values and tokens end up in the audit log. Put a Metadata rule for them first.',
    ]);
    expect(
      run('  - level: RequestResponse\n    resources:\n      - group: ""\n        resources: ["pods", "serviceaccounts"]\n      - group: "apps"\n'),
    ).toEqual([]);
    expect(run('  - level: RequestResponse\n    nonResourceURLs: ["/api*"]\n')).toEqual([]);
  });
  it('accepts secrets caught earlier for every user, verb and namespace', () => {
    const metadataFirst = '  - level: Metadata\n    resources:\n      - group: ""\n        resources: ["secrets", "configmaps", "serviceaccounts/token"]\n';
    expect(run(`${metadataFirst}  - level: RequestResponse\n`)).toEqual([]);
    expect(
      run(
        '  - level: None\n    resources:\n      - group: ""\n        resources: ["secrets", "configmaps", "serviceaccounts/*"]\n  - level: RequestResponse\n',
      ),
    ).toEqual([]);
    // Only in one namespace, or only some names: secrets elsewhere still reach the broad rule.
    const nsOnly =
      '  - level: Metadata\n    namespaces: ["prod"]\n    resources:\n      - group: ""\n        resources: ["secrets", "configmaps", "serviceaccounts/token"]\n';
    expect(run(`${nsOnly}  - level: RequestResponse\n`).map(at)).toEqual(['audit/payload-leak@10:12-10:27']);
    const named =
      '  - level: Metadata\n    resources:\n      - group: ""\n        resources: ["secrets", "configmaps", "serviceaccounts/token"]\n        resourceNames: ["a"]\n';
    expect(run(`${named}  - level: RequestResponse\n`).map(at)).toEqual(['audit/payload-leak@10:12-10:27']);
  });
});

describe('audit/no-catch-all', () => {
  it('points at rules:, or at the kind when there are no rules', () => {
    expect(runRules([auditNoCatchAll], auditPolicyYaml('  - level: Metadata\n    verbs: ["delete"]\n', OMIT)).map(at)).toEqual(['audit/no-catch-all@4:1-4:6']);
    expect(runRules([auditNoCatchAll], 'apiVersion: audit.k8s.io/v1\nkind: Policy\n').map(at)).toEqual(['audit/no-catch-all@2:7-2:13']);
  });
  it('accepts a catch-all at any level, None included', () => {
    expect(runRules([auditNoCatchAll], auditPolicyYaml('  - level: None\n    users: ["system:kube-proxy"]\n  - level: None\n', OMIT))).toEqual([]);
  });
});

describe('audit/wrong-group', () => {
  const run = (rules: string) => runRules([auditWrongGroup], auditPolicyYaml(rules, OMIT));
  it('points at each resource listed under a group it is not in', () => {
    const f = run('  - level: Request\n    resources:\n      - group: "apps"\n        resources: ["deployments", "pods", "networkpolicies/status"]\n');
    expect(f.map(at)).toEqual(['audit/wrong-group@8:36-8:42', 'audit/wrong-group@8:44-8:68']);
    expect(f[0]!.message).toBe('pods는 API group ""(core)에 있는데 group "apps" 아래에 적혀 있어 rules[0] 규칙이 이 요청과 맞지 않습니다.');
    expect(f[1]!.messageEn).toBe('networkpolicies is in API group "networking.k8s.io", not "apps": rules[0] never matches these requests.');
  });
  it('accepts the right groups, events in both groups, wildcards and unknown resources', () => {
    expect(
      run(
        '  - level: Request\n    resources:\n      - group: ""\n        resources: ["pods/log", "events", "*", "*/status", "widgets"]\n      - group: "events.k8s.io"\n        resources: ["events"]\n',
      ),
    ).toEqual([]);
  });
});

describe('audit/user-wildcard', () => {
  it('points at wildcard users and userGroups', () => {
    const f = runRules(
      [auditUserWildcard],
      auditPolicyYaml('  - level: Metadata\n    users: ["admin", "dev-*"]\n    userGroups: ["system:serviceaccounts:*"]\n', OMIT),
    );
    expect(f.map(at)).toEqual(['audit/user-wildcard@6:22-6:29', 'audit/user-wildcard@7:18-7:44']);
    expect(f[0]!.message).toBe(
      'users의 "dev-*"는 이름과 정확히 비교되어 와일드카드로 동작하지 않으므로 rules[0] 규칙은 이 항목으로 아무도 고르지 못합니다. 정확한 이름이나 그룹을 적으세요.',
    );
    expect(f[1]!.messageEn).toBe(
      '"system:serviceaccounts:*" in userGroups is compared exactly, not as a wildcard: it selects nobody. Use userGroups: ["system:serviceaccounts"].',
    );
  });
  it('accepts exact names and nonResourceURL wildcards', () => {
    expect(
      runRules([auditUserWildcard], auditPolicyYaml('  - level: None\n    users: ["system:kube-proxy"]\n    nonResourceURLs: ["/healthz*"]\n', OMIT)),
    ).toEqual([]);
  });
});

describe('audit/omit-request-received', () => {
  const run = (text: string) => runRules([auditOmitRequestReceived], text);
  it('points at omitStages when it lacks RequestReceived, else at rules:', () => {
    expect(run(auditPolicyYaml('  - level: Metadata\n', 'omitStages: ["Panic"]\n')).map(at)).toEqual(['audit/omit-request-received@3:13-3:22']);
    expect(run(auditPolicyYaml('  - level: None\n    users: [a]\n  - level: Metadata\n')).map((f) => `${at(f)} ${f.messageEn}`)).toEqual([
      'audit/omit-request-received@3:1-3:6 omitStages lacks RequestReceived: every request logged by rules[1] produces an extra event.',
    ]);
  });
  it('accepts rule-level omitStages and policies that log nothing', () => {
    expect(run(auditPolicyYaml('  - level: Metadata\n    omitStages: [RequestReceived]\n'))).toEqual([]);
    expect(run(auditPolicyYaml('  - level: None\n'))).toEqual([]);
  });
});

describe('audit/omitted-stages', () => {
  const run = (t: string) => runRules([auditOmittedStages], t);
  it('points at a policy-level or rule-level omitStages that drops the bodies or everything', () => {
    const bodies = run(auditPolicyYaml('  - level: RequestResponse\n    omitStages: [ResponseStarted, ResponseComplete]\n  - level: Metadata\n'));
    expect(bodies.map(at)).toEqual(['audit/omitted-stages@5:17-5:52']);
    expect(bodies[0]!.message).toBe(
      'rules[0]의 omitStages가 ResponseStarted와 ResponseComplete를 빼서 Request/RequestResponse 수준이어도 본문이 기록되지 않습니다.',
    );
    const all = run(auditPolicyYaml('  - level: Metadata\n', 'omitStages: [RequestReceived, ResponseStarted, ResponseComplete]\n'));
    expect(all.map(at)).toEqual(['audit/omitted-stages@3:13-3:65']);
    expect(all[0]!.message).toBe('정책 최상위 omitStages가 모든 단계를 빼서 해당 요청이 전혀 기록되지 않습니다.');
  });
  it('combines the policy list with the rule list, and accepts RequestReceived alone', () => {
    expect(
      run(auditPolicyYaml('  - level: Metadata\n    omitStages: [ResponseComplete]\n', 'omitStages: [RequestReceived, ResponseStarted]\n')).map(at),
    ).toEqual(['audit/omitted-stages@6:17-6:35']);
    expect(run(GOOD_POLICY)).toEqual([]);
    expect(run(auditPolicyYaml('  - level: None\n    omitStages: [RequestReceived, ResponseStarted, ResponseComplete]\n'))).toEqual([]);
  });
});
