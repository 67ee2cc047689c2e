import { describe, expect, it } from 'vitest';
import { parseYaml } from '../yaml/document';
import { auditPolicy, isAuditPolicy, levelFor, type AuditRequest } from './policy';

function policy(text: string) {
  const parsed = parseYaml('audit.yaml', text);
  expect(parsed.findings).toEqual([]);
  expect(isAuditPolicy(parsed.objects[0]!)).toBe(true);
  return auditPolicy(parsed.objects[0]!);
}

/** The corrected policy of chapter 4 (ERRATA §2.7). */
const COURSE = policy(`apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: ["RequestReceived"]
rules:
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets", "configmaps", "serviceaccounts/token"]
  - level: RequestResponse
    userGroups: ["system:serviceaccounts"]
    verbs: ["create", "update", "patch", "delete"]
    resources:
      - group: ""
        resources: ["pods"]
      - group: "apps"
        resources: ["deployments", "daemonsets", "statefulsets"]
  - level: Metadata
`);

const SA = { user: 'system:serviceaccount:prod:app', groups: ['system:serviceaccounts', 'system:serviceaccounts:prod', 'system:authenticated'] };
const ALICE = { user: 'alice', groups: ['system:authenticated'] };

describe('levelFor on the course policy', () => {
  const cases: Array<[string, AuditRequest, string, number]> = [
    [
      'secrets by a service account (first rule wins over the second)',
      { ...SA, verb: 'create', apiGroup: '', resource: 'secrets', namespace: 'prod' },
      'Metadata',
      0,
    ],
    ['token subresource', { ...ALICE, verb: 'create', apiGroup: '', resource: 'serviceaccounts', subresource: 'token', namespace: 'prod' }, 'Metadata', 0],
    ['pod create by a service account', { ...SA, verb: 'create', apiGroup: '', resource: 'pods', namespace: 'prod' }, 'RequestResponse', 1],
    [
      'deployment patch by a service account',
      { ...SA, verb: 'patch', apiGroup: 'apps', resource: 'deployments', name: 'web', namespace: 'prod' },
      'RequestResponse',
      1,
    ],
    ['deployment under the wrong group does not match', { ...SA, verb: 'patch', apiGroup: '', resource: 'deployments', namespace: 'prod' }, 'Metadata', 2],
    ['pod get by a service account (verb not listed)', { ...SA, verb: 'get', apiGroup: '', resource: 'pods', namespace: 'prod' }, 'Metadata', 2],
    ['pod create by a user (group not matched)', { ...ALICE, verb: 'create', apiGroup: '', resource: 'pods', namespace: 'prod' }, 'Metadata', 2],
    ['pod exec is a different resource', { ...SA, verb: 'create', apiGroup: '', resource: 'pods', subresource: 'exec', namespace: 'prod' }, 'Metadata', 2],
    ['non-resource URL', { ...ALICE, verb: 'get', path: '/healthz' }, 'Metadata', 2],
  ];
  it.each(cases)('%s', (_n, req, level, ruleIndex) => {
    expect(levelFor(COURSE, req)).toEqual({ level, omitStages: ['RequestReceived'], ruleIndex });
  });
});

describe('levelFor matching rules', () => {
  const p = policy(`apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: [RequestReceived]
rules:
  - level: None
    users: ["system:kube-proxy"]
  - level: None
    nonResourceURLs: ["/healthz*", "/version"]
  - level: Request
    resources:
      - group: ""
        resources: ["pods/log", "*/status"]
    omitStages: [ResponseStarted]
  - level: RequestResponse
    namespaces: ["kube-system", ""]
    resources:
      - group: ""
        resources: ["configmaps"]
        resourceNames: ["controller-leader"]
  - level: Metadata
    resources:
      - group: "apps"
        resources: ["deployments/*"]
  - level: Request
    namespaces: ["prod"]
  - level: Metadata
    users: ["system:serviceaccount:*:*"]
`);
  const at = (req: AuditRequest) => {
    const d = levelFor(p, req);
    return `${d.level}@${d.ruleIndex} ${d.omitStages.join(',')}`;
  };
  it('users match exactly', () => {
    expect(at({ user: 'system:kube-proxy', verb: 'watch', apiGroup: '', resource: 'endpoints', namespace: '' })).toBe('None@0 RequestReceived');
    expect(at({ user: 'system:serviceaccount:a:b', verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'a' })).toBe('None@-1 RequestReceived');
  });
  it('nonResourceURLs: exact and trailing star, never for resource requests', () => {
    expect(at({ user: 'u', verb: 'get', path: '/healthz/etcd' })).toBe('None@1 RequestReceived');
    expect(at({ user: 'u', verb: 'get', path: '/version' })).toBe('None@1 RequestReceived');
    expect(at({ user: 'u', verb: 'get', path: '/version/x' })).toBe('None@-1 RequestReceived');
    expect(at({ user: 'u', verb: 'get', path: '/api' })).toBe('None@-1 RequestReceived');
  });
  it('subresources and */subresource, with the rule omitStages added', () => {
    expect(at({ user: 'u', verb: 'get', apiGroup: '', resource: 'pods', subresource: 'log', namespace: 'a' })).toBe(
      'Request@2 RequestReceived,ResponseStarted',
    );
    expect(at({ user: 'u', verb: 'update', apiGroup: '', resource: 'nodes', subresource: 'status', namespace: '' })).toBe(
      'Request@2 RequestReceived,ResponseStarted',
    );
    expect(at({ user: 'u', verb: 'get', apiGroup: '', resource: 'pods', namespace: 'a' })).toBe('None@-1 RequestReceived');
  });
  it('namespaces ("" = cluster scope) and resourceNames', () => {
    expect(at({ user: 'u', verb: 'update', apiGroup: '', resource: 'configmaps', name: 'controller-leader', namespace: 'kube-system' })).toBe(
      'RequestResponse@3 RequestReceived',
    );
    expect(at({ user: 'u', verb: 'update', apiGroup: '', resource: 'configmaps', name: 'controller-leader', namespace: '' })).toBe(
      'RequestResponse@3 RequestReceived',
    );
    expect(at({ user: 'u', verb: 'update', apiGroup: '', resource: 'configmaps', name: 'other', namespace: 'kube-system' })).toBe('None@-1 RequestReceived');
    expect(at({ user: 'u', verb: 'list', apiGroup: '', resource: 'configmaps', namespace: 'kube-system' })).toBe('None@-1 RequestReceived');
  });
  it('resource/* matches the resource and its subresources', () => {
    expect(at({ user: 'u', verb: 'get', apiGroup: 'apps', resource: 'deployments', namespace: 'a' })).toBe('Metadata@4 RequestReceived');
    expect(at({ user: 'u', verb: 'get', apiGroup: 'apps', resource: 'deployments', subresource: 'scale', namespace: 'a' })).toBe('Metadata@4 RequestReceived');
    expect(at({ user: 'u', verb: 'get', apiGroup: '', resource: 'deployments', namespace: 'a' })).toBe('None@-1 RequestReceived');
  });
  it('namespaces alone match every resource there and no non-resource request', () => {
    expect(at({ user: 'u', verb: 'get', apiGroup: 'batch', resource: 'jobs', namespace: 'prod' })).toBe('Request@5 RequestReceived');
    expect(at({ user: 'u', verb: 'get', path: '/metrics' })).toBe('None@-1 RequestReceived');
  });
  it('defaults to None without rules and treats unknown levels as None', () => {
    expect(levelFor(policy('apiVersion: audit.k8s.io/v1\nkind: Policy\n'), { user: 'u', verb: 'get', path: '/' })).toEqual({
      level: 'None',
      omitStages: [],
      ruleIndex: -1,
    });
    expect(
      levelFor(policy('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Everything\n  - 5\n'), { user: 'u', verb: 'get', path: '/' }),
    ).toEqual({ level: 'None', omitStages: [], ruleIndex: 0 });
  });
});
