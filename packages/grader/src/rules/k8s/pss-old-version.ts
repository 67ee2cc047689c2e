/**
 * k8s/pss-old-version: a Namespace pins a Pod Security mode to a policy version whose profile lets in Pods the
 * same profile refuses today. Judged on the Namespace alone (no Pod needed), with the evaluator the pss/* rules use.
 */
import type { YamlRule } from '../../rule';
import type { PssLevel, Text } from '../../types';
import { asRecord } from '../../k8s';
import { evaluatePod } from '../../pss/registry';
import { LATEST_MINOR, parseVersion } from '../../pss/versions';

const PREFIX = 'pod-security.kubernetes.io/';
const MODES = ['enforce', 'audit', 'warn'] as const;
const LEVELS: readonly string[] = ['privileged', 'baseline', 'restricted'];

/** Pods with one weakness each; the spec is built fresh per probe, so no evaluation sees another's edits. */
const PROBES: readonly { label: Text; spec: () => Record<string, unknown> }[] = (() => {
  const safe = () => ({
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [{ name: 'app', image: 'app:1', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
  });
  const edit = (f: (s: ReturnType<typeof safe>) => void) => () => {
    const s = safe();
    f(s);
    return s;
  };
  return [
    { label: { ko: 'runAsUser: 0(root)', en: 'runAsUser: 0 (root)' }, spec: edit((s) => Object.assign(s.securityContext, { runAsUser: 0 })) },
    { label: { ko: 'seccompProfile 없음', en: 'no seccompProfile' }, spec: edit((s) => Reflect.deleteProperty(s.securityContext, 'seccompProfile')) },
    {
      label: { ko: 'seccompProfile: Unconfined', en: 'seccompProfile: Unconfined' },
      spec: edit((s) => Object.assign(s.securityContext, { seccompProfile: { type: 'Unconfined' } })),
    },
    {
      label: { ko: 'capabilities drop ALL 없음', en: 'no capabilities drop ALL' },
      spec: edit((s) => Reflect.deleteProperty(s.containers[0]!.securityContext, 'capabilities')),
    },
    {
      label: { ko: 'allowPrivilegeEscalation 미설정', en: 'allowPrivilegeEscalation unset' },
      spec: edit((s) => Reflect.deleteProperty(s.containers[0]!.securityContext, 'allowPrivilegeEscalation')),
    },
    {
      label: { ko: 'probe가 다른 호스트(169.254.169.254)를 찌름', en: 'a probe aimed at another host (169.254.169.254)' },
      spec: edit((s) => Object.assign(s.containers[0]!, { livenessProbe: { httpGet: { host: '169.254.169.254', path: '/latest/meta-data/', port: 80 } } })),
    },
  ];
})();

const admits = (spec: Record<string, unknown>, level: PssLevel, minor: number) => evaluatePod({ name: 'probe' }, spec, level, minor).every((r) => r.allowed);

/** The probes `level` at policy version 1.`minor` lets through although today's `level` refuses them. */
function weakAt(level: PssLevel, minor: number): Text[] {
  return PROBES.filter((p) => !admits(p.spec(), level, LATEST_MINOR) && admits(p.spec(), level, minor)).map((p) => p.label);
}

const completeFrom = new Map<PssLevel, number>();

/** The oldest version from which `level` refuses every probe today's `level` refuses (v1.34 for both profiles today). */
function oldestComplete(level: PssLevel): number {
  let m = completeFrom.get(level);
  if (m === undefined) {
    m = LATEST_MINOR;
    while (m > 0 && weakAt(level, m - 1).length === 0) m--;
    completeFrom.set(level, m);
  }
  return m;
}

const namespace = (labels: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: production
  labels:
${labels}`;

export const pssOldVersion: YamlRule = {
  meta: {
    id: 'k8s/pss-old-version',
    severity: 'warning',
    target: 'kubernetes',
    title: { ko: 'Pod Security 정책 버전을 오래된 버전으로 고정', en: 'Pod Security policy pinned to an old version' },
    why: {
      ko: 'pod-security.kubernetes.io/<mode>-version 라벨은 그 버전의 규칙으로 Pod를 검사하게 합니다. 버전을 고정하면 클러스터를 올려도 정책이 조용히 바뀌지 않지만, 너무 오래된 버전을 고르면 그 뒤에 추가된 규칙이 빠집니다. 예를 들어 v1.21의 restricted는 root(runAsUser: 0)와 capabilities drop ALL이 없는 컨테이너를 허용하고, v1.34 전의 baseline과 restricted는 다른 호스트를 찌르는 probe를 허용합니다. 라벨 이름은 restricted여도 지금의 restricted보다 약합니다.',
      en: "The pod-security.kubernetes.io/<mode>-version label makes Pod Security check Pods with the rules of that version. Pinning keeps a cluster upgrade from changing the policy silently, but an old version lacks every rule added since: restricted at v1.21 admits root (runAsUser: 0) and containers that do not drop ALL capabilities, and baseline and restricted before v1.34 admit probes aimed at another host. The label still says restricted, yet it is weaker than today's restricted.",
    },
    fix: {
      ko: '<mode>-version을 지금의 규칙을 모두 담은 버전(v1.34 이상, 예: 클러스터 버전과 같은 v1.36)으로 고정하세요. 올릴 때는 warn과 audit을 새 버전으로 먼저 바꿔 경고를 확인한 뒤 enforce를 올리면 됩니다.',
      en: 'Pin <mode>-version to a version with every rule of today (v1.34 or later, e.g. v1.36 to match the cluster). To move up, raise warn and audit first, read their warnings, then raise enforce.',
    },
    refs: { url: 'https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces' },
    securitySeverity: 5.0,
    messages: {
      oldVersion: {
        ko: '{{mode}}-version {{version}}의 {{levelTopic}} 지금의 {{levelSubject}} 막는 Pod를 허용합니다: {{weak}}. v1.{{from}} 이상으로 고정하세요.',
        en: "{{mode}}-version {{version}}: {{level}} at that version admits Pods today's {{level}} refuses: {{weak}}. Pin v1.{{from}} or later.",
      },
    },
    examples: {
      bad: [
        {
          file: 'namespace.yaml',
          text: namespace('    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce-version: v1.0\n'),
          errors: [{ messageId: 'oldVersion', line: 7, column: 49, endLine: 7, endColumn: 53 }],
        },
      ],
      good: [
        {
          file: 'namespace.yaml',
          text: namespace('    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce-version: v1.36\n'),
        },
        {
          file: 'namespace.yaml',
          text: namespace('    pod-security.kubernetes.io/enforce: privileged\n    pod-security.kubernetes.io/enforce-version: v1.0\n'),
        },
      ],
    },
  },
  check(obj, ctx) {
    if (obj.kind !== 'Namespace' || obj.apiVersion !== 'v1') return;
    const labels = asRecord(asRecord(asRecord(obj.value)?.metadata)?.labels);
    if (!labels) return;
    for (const mode of MODES) {
      const key = `${PREFIX}${mode}-version`;
      const version = labels[key];
      const pinned = typeof version === 'string' && version.trim() !== 'latest' ? parseVersion(version) : null;
      if (!pinned) continue;
      // A level label PSA cannot read counts as restricted (it fails closed); without one, enforce takes the
      // grading default and audit and warn are off.
      const label = labels[PREFIX + mode];
      const level: PssLevel | null =
        label === undefined
          ? mode === 'enforce'
            ? (ctx.options.pssLevel ?? 'restricted')
            : null
          : typeof label === 'string' && LEVELS.includes(label)
            ? (label as PssLevel)
            : 'restricted';
      if (level === null || level === 'privileged') continue;
      const weak = weakAt(level, pinned.minor);
      if (weak.length === 0) continue;
      const final = level === 'restricted' ? ['restricted는', 'restricted가'] : ['baseline은', 'baseline이'];
      ctx.report({
        messageId: 'oldVersion',
        data: {
          mode,
          version: pinned.label,
          level,
          levelTopic: final[0]!,
          levelSubject: final[1]!,
          weak: { ko: weak.map((w) => w.ko).join(', '), en: weak.map((w) => w.en).join(', ') },
          from: oldestComplete(level),
        },
        range: obj.range(['metadata', 'labels', key]),
      });
    }
  },
};
