import { describe, expect, it } from 'vitest';
import { parseYaml } from '../yaml/document';
import { canI, listFor, parseServiceAccountUser, ruleAllows, userInfo, whoCan, type AccessRequest } from './authorizer';
import { rbacPolicy, type PolicyRule, type RbacPolicy } from './model';
import { findResource } from './resources';

function policy(...docs: string[]): RbacPolicy {
  const parsed = parseYaml('rbac.yaml', docs.join('---\n'));
  expect(parsed.findings).toEqual([]);
  return rbacPolicy(parsed.objects);
}

const clusterRole = (name: string, rules: string, labels = '') =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ${name}\n${labels}rules:\n${rules}`;
const role = (ns: string, name: string, rules: string) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nrules:\n${rules}`;
const subjectsYaml = (subjects: string[]) =>
  subjects
    .map((s) => {
      const kind = s.slice(0, s.indexOf(':'));
      const [name, ns] = kind === 'ServiceAccount' ? s.slice(kind.length + 1).split(':') : [s.slice(kind.length + 1)];
      return `  - kind: ${kind}\n    name: "${name}"\n${ns ? `    namespace: ${ns}\n` : ''}`;
    })
    .join('');
/** subjects as 'User:alice', 'Group:dev', 'ServiceAccount:app:prod' (name:namespace). */
const crb = (roleName: string, ...subjects: string[]) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: crb-${roleName}\nsubjects:\n${subjectsYaml(subjects)}roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ${roleName}\n`;
const rb = (ns: string, refKind: string, roleName: string, ...subjects: string[]) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: rb-${roleName}\n  namespace: ${ns}\nsubjects:\n${subjectsYaml(subjects)}roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ${refKind}\n  name: ${roleName}\n`;
const rule = (fields: Record<string, string[]>) =>
  `  - ${Object.entries(fields)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n    ')}\n`;

const res = (
  verb: string,
  resource: string,
  extra: Partial<{ apiGroup: string; subresource: string; name: string; namespace: string }> = {},
): AccessRequest => ({
  verb,
  apiGroup: '',
  resource,
  namespace: 'ns1',
  ...extra,
});

describe('ruleAllows (upstream TestRuleMatches)', () => {
  const r = (fields: Partial<Omit<PolicyRule, 'source'>>): PolicyRule => ({
    verbs: [],
    apiGroups: [],
    resources: [],
    resourceNames: [],
    nonResourceURLs: [],
    source: { obj: parseYaml('x.yaml', 'a: 1\n').objects[0]!, path: [] },
    ...fields,
  });
  const cases: Array<[string, Partial<Omit<PolicyRule, 'source'>>, AccessRequest[], AccessRequest[]]> = [
    [
      'star verb, exact match other',
      { verbs: ['*'], apiGroups: ['group1'], resources: ['resource1'] },
      [
        res('get', 'resource1', { apiGroup: 'group1' }),
        res('watch', 'resource1', { apiGroup: 'group1' }),
        res('anything', 'resource1', { apiGroup: 'group1' }),
      ],
      [res('get', 'resource2', { apiGroup: 'group1' }), res('get', 'resource1', { apiGroup: 'group2' })],
    ],
    [
      'star group, exact match other',
      { verbs: ['get'], apiGroups: ['*'], resources: ['resource1'] },
      [res('get', 'resource1', { apiGroup: 'group1' }), res('get', 'resource1', { apiGroup: 'group2' })],
      [res('list', 'resource1', { apiGroup: 'group1' }), res('get', 'resource2', { apiGroup: 'group1' })],
    ],
    [
      'star resource, exact match other',
      { verbs: ['get'], apiGroups: ['group1'], resources: ['*'] },
      [
        res('get', 'resource1', { apiGroup: 'group1' }),
        res('get', 'resource2', { apiGroup: 'group1' }),
        res('get', 'pods', { apiGroup: 'group1', subresource: 'exec' }),
      ],
      [res('get', 'resource1', { apiGroup: 'group2' })],
    ],
    [
      'tuple match',
      { verbs: ['get'], apiGroups: ['group1'], resources: ['resource1'] },
      [res('get', 'resource1', { apiGroup: 'group1' })],
      [res('get', 'resource1', { apiGroup: 'group2' }), res('list', 'resource1', { apiGroup: 'group1' })],
    ],
    [
      'subresource only matches the combined name',
      { verbs: ['get'], apiGroups: [''], resources: ['pods/log'] },
      [res('get', 'pods', { subresource: 'log' })],
      [res('get', 'pods'), res('get', 'pods', { subresource: 'exec' })],
    ],
    [
      'a resource does not cover its subresources',
      { verbs: ['create'], apiGroups: [''], resources: ['pods'] },
      [res('create', 'pods')],
      [res('create', 'pods', { subresource: 'exec' }), res('create', 'pods', { subresource: 'attach' })],
    ],
    [
      '*/subresource matches that subresource of every resource',
      { verbs: ['get'], apiGroups: ['*'], resources: ['*/scale'] },
      [res('get', 'deployments', { apiGroup: 'apps', subresource: 'scale' }), res('get', 'replicasets', { apiGroup: 'apps', subresource: 'scale' })],
      [res('get', 'deployments', { apiGroup: 'apps' }), res('get', 'deployments', { apiGroup: 'apps', subresource: 'status' })],
    ],
    [
      'resource/* is not a wildcard in RBAC',
      { verbs: ['create'], apiGroups: [''], resources: ['pods/*'] },
      [],
      [res('create', 'pods', { subresource: 'exec' }), res('create', 'pods')],
    ],
    [
      'resourceNames restrict when given',
      { verbs: ['get', 'create'], apiGroups: [''], resources: ['secrets'], resourceNames: ['db'] },
      [res('get', 'secrets', { name: 'db' })],
      [res('get', 'secrets', { name: 'other' }), res('get', 'secrets'), res('create', 'secrets')],
    ],
    [
      'nonResourceURLs exact and trailing star',
      { verbs: ['get'], nonResourceURLs: ['/healthz', '/metrics/*'] },
      [
        { verb: 'get', path: '/healthz' },
        { verb: 'get', path: '/metrics/' },
        { verb: 'get', path: '/metrics/cadvisor' },
      ],
      [{ verb: 'get', path: '/healthz/ping' }, { verb: 'get', path: '/metrics' }, { verb: 'post', path: '/healthz' }, res('get', 'pods')],
    ],
    [
      'nonResourceURLs star',
      { verbs: ['*'], nonResourceURLs: ['*'] },
      [
        { verb: 'get', path: '/api' },
        { verb: 'post', path: '/anything/at/all' },
      ],
      [res('get', 'pods')],
    ],
    [
      'resource rules never match non-resource requests',
      { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
      [res('delete', 'nodes', { namespace: '' })],
      [{ verb: 'get', path: '/healthz' }],
    ],
  ];
  it.each(cases)('%s', (_name, fields, allowed, denied) => {
    for (const req of allowed) expect(ruleAllows(r(fields), req), JSON.stringify(req)).toBe(true);
    for (const req of denied) expect(ruleAllows(r(fields), req), JSON.stringify(req)).toBe(false);
  });
});

describe('userInfo', () => {
  it('adds the service account groups and system:authenticated', () => {
    expect(userInfo('system:serviceaccount:prod:app')).toEqual({
      name: 'system:serviceaccount:prod:app',
      groups: ['system:serviceaccounts', 'system:serviceaccounts:prod', 'system:authenticated'],
    });
    expect(userInfo('alice', ['dev', 'system:authenticated'])).toEqual({ name: 'alice', groups: ['dev', 'system:authenticated'] });
    expect(userInfo('system:anonymous')).toEqual({ name: 'system:anonymous', groups: ['system:unauthenticated'] });
  });
  it('parses only well-formed service account names', () => {
    expect(parseServiceAccountUser('system:serviceaccount:prod:app')).toEqual({ namespace: 'prod', name: 'app' });
    expect(parseServiceAccountUser('system:serviceaccount:prod')).toBeUndefined();
    expect(parseServiceAccountUser('system:serviceaccount:prod:app:x')).toBeUndefined();
    expect(parseServiceAccountUser('system:serviceaccounts:prod')).toBeUndefined();
  });
});

describe('canI (upstream TestAuthorizer)', () => {
  const getPods = rule({ apiGroups: [''], resources: ['pods'], verbs: ['get'] });
  const p = policy(
    clusterRole('admin', rule({ apiGroups: ['*'], resources: ['*'], verbs: ['*'] })),
    clusterRole('pod-reader', getPods),
    clusterRole('healthz', rule({ nonResourceURLs: ['/healthz', '/metrics/*'], verbs: ['get'] })),
    role('ns1', 'secret-one', rule({ apiGroups: [''], resources: ['secrets'], resourceNames: ['one'], verbs: ['get'] })),
    crb('admin', 'User:admin'),
    crb('healthz', 'Group:system:authenticated'),
    rb('ns1', 'ClusterRole', 'pod-reader', 'User:alice', 'Group:readers', 'ServiceAccount:app'),
    rb('ns1', 'Role', 'secret-one', 'ServiceAccount:deployer:ci'),
    rb('ns2', 'ClusterRole', 'pod-reader', 'Group:system:serviceaccounts:ns3'),
    rb('ns4', 'ClusterRole', 'pod-reader', 'Group:system:serviceaccounts'),
  );
  const yes: Array<[string, string[], AccessRequest]> = [
    ['admin', [], res('delete', 'nodes', { namespace: '' })],
    ['admin', [], res('escalate', 'clusterroles', { apiGroup: 'rbac.authorization.k8s.io', namespace: '' })],
    ['admin', [], res('get', 'pods', { namespace: 'anywhere' })],
    ['alice', [], res('get', 'pods', { name: 'web' })],
    ['bob', ['readers'], res('get', 'pods')],
    ['system:serviceaccount:ns1:app', [], res('get', 'pods')],
    ['system:serviceaccount:ci:deployer', [], res('get', 'secrets', { name: 'one' })],
    ['system:serviceaccount:ns3:any', [], res('get', 'pods', { namespace: 'ns2' })],
    ['system:serviceaccount:other:any', [], res('get', 'pods', { namespace: 'ns4' })],
    ['carol', [], { verb: 'get', path: '/healthz' }],
    ['carol', [], { verb: 'get', path: '/metrics/cadvisor' }],
  ];
  const no: Array<[string, string[], AccessRequest]> = [
    ['admin', [], { verb: 'get', path: '/healthz/x' }],
    ['alice', [], res('get', 'pods', { namespace: 'ns2' })],
    ['alice', [], res('get', 'pods', { namespace: '' })],
    ['alice', [], res('list', 'pods')],
    ['alice', [], res('get', 'pods', { subresource: 'log' })],
    ['alice', [], res('get', 'pods', { apiGroup: 'apps' })],
    ['bob', ['writers'], res('get', 'pods')],
    ['system:serviceaccount:ns2:app', [], res('get', 'pods')],
    ['app', [], res('get', 'pods')],
    ['system:serviceaccount:ci:deployer', [], res('get', 'secrets', { name: 'two' })],
    ['system:serviceaccount:ci:deployer', [], res('list', 'secrets')],
    ['system:serviceaccount:ci:deployer', [], res('get', 'secrets', { name: 'one', namespace: 'ci' })],
    ['system:serviceaccount:ns2:any', [], res('get', 'pods', { namespace: 'ns2' })],
    ['system:anonymous', [], { verb: 'get', path: '/healthz' }],
  ];
  it.each(yes)('allows %s %j %j', (user, groups, req) => expect(canI(p, userInfo(user, groups), req).allowed).toBe(true));
  it.each(no)('denies %s %j %j', (user, groups, req) => expect(canI(p, userInfo(user, groups), req)).toEqual({ allowed: false }));

  it('names the binding, role and rule that allow', () => {
    const d = canI(p, userInfo('bob', ['readers']), res('get', 'pods'));
    expect(d.grant!.binding.name).toBe('rb-pod-reader');
    expect(d.grant!.role.name).toBe('pod-reader');
    expect(d.grant!.subject).toMatchObject({ kind: 'Group', name: 'readers' });
    const { obj, path } = d.grant!.rule.source;
    expect(obj.range(path)).toEqual({ line: 15, column: 5, endLine: 18, endColumn: 1 });
  });

  it('reports bindings to missing roles and bad roleRefs', () => {
    const q = policy(rb('ns1', 'Role', 'nope', 'User:alice'), rb('ns1', 'Deployment', 'x', 'User:alice'), crb('gone', 'User:bob'));
    expect(q.problems.map((x) => `${x.range.line}:${x.range.column} ${x.messageEn}`)).toEqual([
      '24:9 roleRef.kind "Deployment" must be Role or ClusterRole; this binding grants nothing.',
      '12:9 Role "nope" is not in the input, so this binding\'s permissions are unknown.',
      '37:9 ClusterRole "gone" is not in the input, so this binding\'s permissions are unknown.',
    ]);
    expect(q.problems[1]!.message).toBe('ns1 네임스페이스의 Role "nope"가 입력에 없어 이 바인딩이 주는 권한을 알 수 없습니다.');
    expect(canI(q, userInfo('alice'), res('get', 'pods')).allowed).toBe(false);
  });

  it('puts Roles and RoleBindings without a namespace in "default"', () => {
    const q = policy(role('x', 'r', getPods).replace('  namespace: x\n', ''), rb('x', 'Role', 'r', 'User:alice').replace('  namespace: x\n', ''));
    expect(canI(q, userInfo('alice'), res('get', 'pods', { namespace: 'default' })).allowed).toBe(true);
    expect(canI(q, userInfo('alice'), res('get', 'pods', { namespace: 'x' })).allowed).toBe(false);
  });

  it('does not let a RoleBinding use a Role of another namespace', () => {
    const q = policy(role('ns1', 'r', getPods), rb('ns2', 'Role', 'r', 'User:alice'));
    expect(canI(q, userInfo('alice'), res('get', 'pods', { namespace: 'ns2' })).allowed).toBe(false);
    expect(q.problems).toHaveLength(1);
  });
});

describe('aggregated ClusterRoles', () => {
  const agg = (name: string, selector: string, labels = '') =>
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ${name}\n${labels}aggregationRule:\n  clusterRoleSelectors:\n${selector}rules: []\n`;
  const lbl = (k: string, v: string) => `  labels:\n    ${k}: "${v}"\n`;
  const p = policy(
    agg('monitoring', '    - matchLabels:\n        rbac.example.com/aggregate-to-monitoring: "true"\n', lbl('rbac.example.com/aggregate-to-top', 'true')),
    clusterRole('mon-pods', rule({ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }), lbl('rbac.example.com/aggregate-to-monitoring', 'true')),
    clusterRole('mon-nodes', rule({ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }), lbl('rbac.example.com/aggregate-to-monitoring', 'true')),
    clusterRole('other', rule({ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }), lbl('rbac.example.com/aggregate-to-monitoring', 'false')),
    agg('top', '    - matchExpressions:\n        - {key: rbac.example.com/aggregate-to-top, operator: Exists}\n'),
    agg('loop', '    - matchLabels: {x: "1"}\n', lbl('x', '1')),
    crb('monitoring', 'User:mon'),
    crb('top', 'User:top'),
    crb('loop', 'User:loop'),
  );
  it('grants the rules of the selected ClusterRoles', () => {
    const mon = userInfo('mon');
    expect(canI(p, mon, res('list', 'pods', { namespace: 'a' })).allowed).toBe(true);
    expect(canI(p, mon, res('get', 'nodes', { namespace: '' })).allowed).toBe(true);
    expect(canI(p, mon, res('get', 'secrets', { namespace: 'a' })).allowed).toBe(false);
    expect(canI(p, mon, res('get', 'nodes', { namespace: '' })).grant!.rule.source.obj.name).toBe('mon-nodes');
  });
  it('nests and stops at cycles', () => {
    expect(canI(p, userInfo('top'), res('get', 'nodes', { namespace: '' })).allowed).toBe(true);
    expect(listFor(p, userInfo('loop'), '')).toEqual([]);
  });
});

describe('listFor and whoCan', () => {
  const p = policy(
    role(
      'prod',
      'dev',
      rule({ apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'create'] }) + rule({ apiGroups: [''], resources: ['pods'], verbs: ['get'] }),
    ),
    clusterRole('view-nodes', rule({ apiGroups: [''], resources: ['nodes'], verbs: ['get'] })),
    rb('prod', 'Role', 'dev', 'User:alice', 'Group:devs'),
    crb('view-nodes', 'Group:system:authenticated'),
  );
  it('lists cluster-wide rules, then the namespace rules', () => {
    const list = (ns: string) =>
      listFor(p, userInfo('alice'), ns).map((g) => `${g.binding.name} ${g.role.name} ${g.rule.resources.join(',')} ${g.rule.verbs.join(',')}`);
    expect(list('prod')).toEqual(['crb-view-nodes view-nodes nodes get', 'rb-dev dev deployments get,create', 'rb-dev dev pods get']);
    expect(list('staging')).toEqual(['crb-view-nodes view-nodes nodes get']);
  });
  it('finds every subject that may make a request', () => {
    const who = (req: AccessRequest) => whoCan(p, req).map((g) => `${g.subject.kind}:${g.subject.name} via ${g.binding.name}`);
    expect(who(res('create', 'deployments', { apiGroup: 'apps', namespace: 'prod' }))).toEqual(['User:alice via rb-dev', 'Group:devs via rb-dev']);
    expect(who(res('get', 'nodes', { namespace: '' }))).toEqual(['Group:system:authenticated via crb-view-nodes']);
    expect(who(res('create', 'deployments', { apiGroup: 'apps', namespace: 'staging' }))).toEqual([]);
  });
});

describe('findResource', () => {
  it('resolves plural, singular, kind and short names', () => {
    expect(findResource('deploy')).toMatchObject({ resource: 'deployments', group: 'apps' });
    expect(findResource('Pod')).toMatchObject({ resource: 'pods', group: '' });
    expect(findResource('ingress')).toMatchObject({ resource: 'ingresses', group: 'networking.k8s.io' });
    expect(findResource('networkpolicy')).toMatchObject({ resource: 'networkpolicies' });
    expect(findResource('deployments', '')).toBeUndefined();
    expect(findResource('widgets')).toBeUndefined();
  });
});
