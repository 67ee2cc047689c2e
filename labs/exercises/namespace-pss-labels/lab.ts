import { asRecord, isValidVersion, type K8sObject } from '@w7/grader';
import { fail, noFindings, ok, str } from '../checks';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';

const STARTER = `apiVersion: v1
kind: Namespace
metadata:
  name: production
  labels:
    pod-security.kubernetes.io/enforce: baseline
`;

const FILE = 'namespace.yaml';
const PREFIX = 'pod-security.kubernetes.io/';
const SECTION = 'kubernetes-security#pss-적용-namespace-라벨과-버전-고정';

function production(ctx: LabContext): K8sObject | ObjectiveResult {
  const bad = noFindings(ctx, FILE, ['schema/required', 'schema/type', 'schema/unknown-field'], '');
  if (!bad.pass) return bad;
  // kubectl apply reads the documents in order: a later production Namespace replaces an earlier one
  const ns = ctx.objects(FILE).findLast((o) => o.kind === 'Namespace' && o.name === 'production');
  return ns ?? fail(`${FILE}에 production Namespace가 없습니다.`, FILE);
}

function withLabels(check: (labels: Record<string, unknown>, ns: K8sObject) => ObjectiveResult): (ctx: LabContext) => ObjectiveResult {
  return (ctx) => {
    const ns = production(ctx);
    if (!('docRange' in ns)) return ns;
    return check(asRecord(asRecord(asRecord(ns.value)?.metadata)?.labels) ?? {}, ns);
  };
}

/** `mode` (enforce, audit, warn) is restricted, and its version label, when present, is a valid version. */
function mode(labels: Record<string, unknown>, ns: K8sObject, name: string): ObjectiveResult {
  const level = str(labels[PREFIX + name]);
  const at = labels[PREFIX + name] === undefined ? ns.keyRange(['metadata', 'name']) : ns.range(['metadata', 'labels', PREFIX + name]);
  if (level !== 'restricted') return fail(`${PREFIX}${name} 라벨이 ${level === undefined ? '없습니다' : `"${level}"입니다`}. restricted로 두세요.`, FILE, at);
  const version = labels[`${PREFIX + name}-version`];
  if (version !== undefined && !(typeof version === 'string' && isValidVersion(version))) {
    return fail(
      `${PREFIX}${name}-version "${String(version)}"은(는) 올바른 버전이 아닙니다 (v1.N 또는 latest).`,
      FILE,
      ns.range(['metadata', 'labels', `${PREFIX + name}-version`]),
    );
  }
  return ok(`${name}: restricted`);
}

export const lab: LabMeta = {
  id: 'namespace-pss-labels',
  title: 'Namespace: Restricted를 버전 고정으로 적용하기',
  summary:
    'production Namespace는 baseline만 enforce합니다. restricted를 enforce하되 정책 버전을 고정해 클러스터 업그레이드로 정책이 조용히 바뀌지 않게 하고, audit과 warn도 restricted로 켜세요.',
  files: [{ name: FILE, language: 'yaml', starter: STARTER }],
  objectives: [
    {
      id: 'namespace',
      title: 'production Namespace가 있다',
      section: SECTION,
      check: withLabels(() => ok('production Namespace가 있습니다.')),
    },
    {
      id: 'enforce-restricted',
      title: 'enforce: restricted',
      section: SECTION,
      check: withLabels((labels, ns) => mode(labels, ns, 'enforce')),
    },
    {
      id: 'enforce-version',
      title: 'enforce-version을 v1.N으로 고정한다 (latest 아님)',
      section: SECTION,
      check: withLabels((labels, ns) => {
        const v = labels[`${PREFIX}enforce-version`];
        if (v === undefined)
          return fail('enforce-version 라벨이 없어 latest가 적용됩니다. 클러스터를 올리면 정책도 바뀝니다.', FILE, ns.keyRange(['metadata', 'name']));
        const at = ns.range(['metadata', 'labels', `${PREFIX}enforce-version`]);
        if (typeof v !== 'string' || !isValidVersion(v))
          return fail(`enforce-version "${String(v)}"은(는) 올바른 버전이 아닙니다. v1.36처럼 적으세요.`, FILE, at);
        if (v === 'latest') return fail('enforce-version: latest는 고정이 아닙니다. v1.36처럼 버전을 적으세요.', FILE, at);
        return ok(`enforce 정책 버전이 ${v}로 고정되어 있습니다.`);
      }),
    },
    {
      id: 'version-strength',
      title: '고정한 버전의 restricted가 지금의 restricted 규칙을 모두 적용한다',
      rules: ['k8s/pss-old-version'],
      section: SECTION,
      check(ctx) {
        const ns = production(ctx);
        if (!('docRange' in ns)) return ns;
        return noFindings(ctx, FILE, ['k8s/pss-old-version'], '고정한 버전의 restricted가 지금의 restricted 규칙을 모두 적용합니다.');
      },
    },
    {
      id: 'audit-warn',
      title: 'audit과 warn도 restricted',
      section: SECTION,
      check: withLabels((labels, ns) => {
        for (const m of ['audit', 'warn']) {
          const r = mode(labels, ns, m);
          if (!r.pass) return r;
        }
        return ok('위반은 audit 로그와 kubectl 경고로도 보입니다.');
      }),
    },
  ],
  hints: [
    'Pod Security Admission은 Namespace 라벨 pod-security.kubernetes.io/<mode>와 <mode>-version을 읽습니다. mode는 enforce, audit, warn입니다.',
    '버전 라벨이 없으면 latest입니다. enforce-version을 v1.36처럼 고정하면 업그레이드 후에도 같은 규칙이 적용됩니다. 너무 오래된 버전(v1.0 등)의 restricted에는 지금의 규칙 일부가 없습니다.',
    'labels에 enforce: restricted, enforce-version: v1.36, audit: restricted, warn: restricted를 모두 넣으세요 (모두 pod-security.kubernetes.io/ 접두사).',
  ],
};
