/**
 * Property-based tests: any equivalent way of writing the allowed permissions passes (split into several roles,
 * ClusterRoles bound by RoleBindings, flow style, List, anchors and merge keys, comments, any order), and the
 * same answer plus one extra permission from the catalogue fails and names it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeSet } from '../testing';
import { lab } from './lab';

type Atom = readonly [group: string, resource: string, verb: string];

const ALLOWED_ATOMS: readonly Atom[] = [
  ...['get', 'list', 'create', 'update', 'patch'].map((v) => ['apps', 'deployments', v] as const),
  ['', 'pods', 'get'],
  ['', 'pods', 'list'],
  ['', 'pods/log', 'get'],
];

interface Rule {
  group: string;
  resources: string[];
  verbs: string[];
}

interface Answer {
  roles: { rules: Rule[]; cluster: boolean; flow: boolean; anchor: boolean }[];
  list: boolean;
  comments: boolean;
  bindingFirst: boolean;
}

const q = (s: string) => JSON.stringify(s);

function renderRule(r: Rule, flow: boolean, indent: string): string {
  if (flow) return `${indent}- {apiGroups: [${q(r.group)}], resources: [${r.resources.map(q).join(', ')}], verbs: [${r.verbs.map(q).join(', ')}]}\n`;
  return `${indent}- apiGroups: [${q(r.group)}]\n${indent}  resources: [${r.resources.map(q).join(', ')}]\n${indent}  verbs: [${r.verbs.map(q).join(', ')}]\n`;
}

/** The documents of one role and its binding, as maps indented by `pad` (for a List: items). */
function roleDocs(a: Answer['roles'][number], i: number, comments: boolean, extraSubject: string | null): [string, string] {
  const name = `dev-${i}`;
  const meta = a.cluster ? `{name: ${name}}` : `{name: ${name}, namespace: production}`;
  const role = [
    'apiVersion: rbac.authorization.k8s.io/v1',
    `kind: ${a.cluster ? 'ClusterRole' : 'Role'}`,
    `metadata: ${a.anchor && !a.cluster ? `&m${i} ` : ''}${meta}`,
    ...(comments ? ['# only what the task allows'] : []),
    'rules:',
  ].join('\n');
  const rules = a.rules.map((r) => renderRule(r, a.flow, '  ')).join('');
  const bindingMeta = a.anchor && !a.cluster ? `metadata:\n  <<: *m${i}` : `metadata: {name: ${name}, namespace: production}`;
  const binding = [
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: RoleBinding',
    bindingMeta,
    'subjects:',
    '  - {kind: User, name: developer-user, apiGroup: rbac.authorization.k8s.io}',
    ...(extraSubject ? [`  - ${extraSubject}`] : []),
    `roleRef: {kind: ${a.cluster ? 'ClusterRole' : 'Role'}, name: ${name}, apiGroup: rbac.authorization.k8s.io}`,
    '',
  ].join('\n');
  return [`${role}\n${rules}`, binding];
}

function render(a: Answer, extraSubject: string | null = null): string {
  const docs: string[] = [];
  a.roles.forEach((r, i) => {
    const [role, binding] = roleDocs(r, i, a.comments, i === 0 ? extraSubject : null);
    // An alias must follow its anchor, so an anchored binding stays after its role.
    if (a.bindingFirst && !r.anchor) docs.push(binding, role);
    else docs.push(role, binding);
  });
  if (!a.list) return docs.join('---\n');
  const items = docs
    .map((d) =>
      d
        .trimEnd()
        .split('\n')
        .map((l, j) => (j === 0 ? `  - ${l}` : `    ${l}`))
        .join('\n'),
    )
    .join('\n');
  return `apiVersion: v1\nkind: List\nitems:\n${items}\n`;
}

/** Splits the allowed atoms into 1-3 roles and, inside each, into rules of one group and resource. */
const answerArb: fc.Arbitrary<Answer> = fc
  .record({
    owner: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: ALLOWED_ATOMS.length, maxLength: ALLOWED_ATOMS.length }),
    splitVerbs: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
    cluster: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    flow: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    anchor: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    list: fc.boolean(),
    comments: fc.boolean(),
    bindingFirst: fc.boolean(),
    seed: fc.integer(),
  })
  .map((x) => {
    const roles: Answer['roles'] = [];
    for (let r = 0; r < 3; r++) {
      const atoms = ALLOWED_ATOMS.filter((_, i) => x.owner[i] === r);
      if (atoms.length === 0) continue;
      const byResource = new Map<string, Atom[]>();
      for (const at of atoms) byResource.set(`${at[0]}|${at[1]}`, [...(byResource.get(`${at[0]}|${at[1]}`) ?? []), at]);
      const rules: Rule[] = [];
      let k = 0;
      for (const group of byResource.values()) {
        const verbs = group.map((at) => at[2]);
        if (x.splitVerbs[k++ % 9] && verbs.length > 1) for (const v of verbs) rules.push({ group: group[0]![0], resources: [group[0]![1]], verbs: [v] });
        else rules.push({ group: group[0]![0], resources: [group[0]![1]], verbs: rotate(verbs, x.seed) });
      }
      roles.push({ rules: rotate(rules, x.seed >> 3), cluster: x.cluster[r]!, flow: x.flow[r]!, anchor: x.anchor[r]! });
    }
    // Anchors live inside one YAML document: only a List can share them between a role and its binding.
    return { roles: x.list ? roles : roles.map((r) => ({ ...r, anchor: false })), list: x.list, comments: x.comments, bindingFirst: x.bindingFirst };
  });

function rotate<T>(xs: T[], seed: number): T[] {
  const n = xs.length === 0 ? 0 : Math.abs(seed) % xs.length;
  return [...xs.slice(n), ...xs.slice(0, n)];
}

interface Extra {
  /** Adds the extra permission to an answer. */
  apply(a: Answer): Answer;
  /** Text the failing reasons must contain. */
  names: string;
}

const extraRule = (group: string, resource: string, verb: string, names: string): Extra => ({
  apply: (a) => ({ ...a, roles: a.roles.map((r, i) => (i === 0 ? { ...r, rules: [...r.rules, { group, resources: [resource], verbs: [verb] }] } : r)) }),
  names,
});

/** Extra permissions of every kind the issue lists, each with the label the grader must give it. */
const CATALOGUE: readonly Extra[] = [
  extraRule('', 'secrets', 'get', 'get secrets (production)'),
  extraRule('', 'pods/exec', 'create', 'create pods/exec (production)'),
  extraRule('', 'pods/attach', 'create', 'create pods/attach (production)'),
  extraRule('', 'pods/ephemeralcontainers', 'patch', 'patch pods/ephemeralcontainers (production)'),
  extraRule('', 'pods/proxy', 'get', 'get pods/proxy (production)'),
  extraRule('', 'pods/portforward', 'create', 'create pods/portforward (production)'),
  extraRule('', 'pods', 'create', 'create pods (production)'),
  extraRule('', 'pods', 'delete', 'delete pods (production)'),
  extraRule('', 'serviceaccounts/token', 'create', 'create serviceaccounts/token (production)'),
  extraRule('', 'configmaps', 'list', 'list configmaps (production)'),
  extraRule('rbac.authorization.k8s.io', 'roles', 'update', 'update roles.rbac.authorization.k8s.io (production)'),
  extraRule('rbac.authorization.k8s.io', 'rolebindings', 'create', 'create rolebindings.rbac.authorization.k8s.io (production)'),
  extraRule('rbac.authorization.k8s.io', 'roles', 'escalate', 'escalate roles.rbac.authorization.k8s.io (production)'),
  extraRule('apps', 'deployments', 'watch', 'watch deployments.apps (production)'),
  extraRule('apps', 'deployments', 'deletecollection', 'deletecollection deployments.apps (production)'),
  extraRule('apps', 'deployments/scale', 'update', 'update deployments.apps/scale (production)'),
  extraRule('apps', 'daemonsets', 'create', 'create daemonsets.apps (production)'),
  extraRule('batch', 'jobs', 'create', 'create jobs.batch (production)'),
  extraRule('', '*', 'get', 'get 모든 리소스 (production)'),
  extraRule('*', 'deployments', 'get', 'get deployments (production, 모든 API group)'),
  extraRule('apps', 'deployments', '*', '모든 동사(*) deployments.apps (production)'),
  extraRule('', 'namespaces', 'patch', 'patch namespaces (Namespace production 자체)'),
];

describe('rbac-least-privilege properties', () => {
  it('every equivalent rewrite of the allowed permissions passes', () => {
    fc.assert(
      fc.property(answerArb, (a) => {
        const r = gradeSet(lab, { 'rbac.yaml': render(a) });
        expect(r.objectives.filter((o) => !o.pass).map((o) => `${o.id}: ${o.reason}`)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('one extra permission from the catalogue fails least-privilege and is named', () => {
    fc.assert(
      fc.property(answerArb, fc.constantFrom(...CATALOGUE), (a, extra) => {
        const r = gradeSet(lab, { 'rbac.yaml': render(extra.apply(a)) });
        const lp = r.objectives.find((o) => o.id === 'least-privilege')!;
        expect(r.complete).toBe(false);
        expect(lp.pass).toBe(false);
        expect(lp.reason).toContain(extra.names);
      }),
      { numRuns: 80 },
    );
  });

  it('an extra subject (a group, a service account, everyone) fails only-developer and is named', () => {
    const subjects = [
      ['{kind: Group, name: developers, apiGroup: rbac.authorization.k8s.io}', 'Group developers'],
      ['{kind: Group, name: system:authenticated, apiGroup: rbac.authorization.k8s.io}', 'Group system:authenticated'],
      ['{kind: ServiceAccount, name: ci, namespace: production}', 'ServiceAccount production/ci'],
      ['{kind: User, name: someone-else, apiGroup: rbac.authorization.k8s.io}', 'User someone-else'],
    ] as const;
    fc.assert(
      fc.property(answerArb, fc.constantFrom(...subjects), (a, [subject, label]) => {
        const r = gradeSet(lab, { 'rbac.yaml': render(a, subject) });
        const o = r.objectives.find((x) => x.id === 'only-developer')!;
        expect(o.pass).toBe(false);
        expect(o.reason).toContain(label);
      }),
      { numRuns: 60 },
    );
  });
});
