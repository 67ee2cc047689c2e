/**
 * One YamlRule per PSS check (`pss/<checkId>`), applied to Pods and to the pod templates of
 * workload objects. The level and version come from the enforce labels of the object's Namespace
 * when that Namespace is in the input, else from the grading options (default restricted / latest).
 */
import type { YamlInput, YamlRule } from '../rule';
import type { GradeOptions, PssLevel, Range, RuleMeta } from '../types';
import type { K8sObject, Path } from '../yaml/document';
import type { PssCheckModule } from '../rules/_shared/pss';
import { asObj, asStr, get } from './pod';
import { CHECK_MODULES, checksFor } from './registry';
import { formatMinor, LATEST_MINOR, parseVersion } from './versions';

export const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';
export const ENFORCE_VERSION_LABEL = 'pod-security.kubernetes.io/enforce-version';

const PSS_DOC_URL = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';

/** Where the pod template sits in each kind that PSA checks. */
const TEMPLATE_PATHS: Readonly<Record<string, Path>> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  PodTemplate: ['template'],
};

export interface PodTemplate {
  /** Path of the pod (its metadata and spec) inside the object. */
  prefix: Path;
  metadata: unknown;
  spec: Record<string, unknown>;
}

/** The pod inside `obj`, or null when the kind has none or its spec is missing (schema rules report that). */
export function podTemplateOf(obj: K8sObject): PodTemplate | null {
  if (!obj.kind || !Object.hasOwn(TEMPLATE_PATHS, obj.kind)) return null;
  const prefix = TEMPLATE_PATHS[obj.kind]!;
  const pod = prefix.length === 0 ? obj.value : get(obj.value, ...prefix);
  const spec = asObj(get(pod, 'spec'));
  if (!spec) return null;
  return { prefix, metadata: get(pod, 'metadata'), spec };
}

export interface Policy {
  level: PssLevel;
  minor: number;
  /** 'namespace' when an enforce label of the object's Namespace set the level or the version. */
  source: 'namespace' | 'options';
}

const LEVELS: readonly PssLevel[] = ['privileged', 'baseline', 'restricted'];

/**
 * The policy for `obj`, as upstream PolicyToEvaluate resolves it: each enforce label of the object's
 * Namespace (when that Namespace is in the input) overrides its default from the options on its own.
 * An invalid level label means restricted and an invalid version label latest (upstream fails closed).
 */
export function policyFor(obj: K8sObject, input: YamlInput, options: Readonly<GradeOptions>): Policy {
  const ns = obj.namespace === undefined ? undefined : namespacesOf(input).get(obj.namespace);
  const labels = asObj(get(ns?.value, 'metadata', 'labels'));
  const levelLabel = asStr(labels?.[ENFORCE_LABEL]);
  const versionLabel = asStr(labels?.[ENFORCE_VERSION_LABEL]);
  const level =
    levelLabel === undefined
      ? (options.pssLevel ?? 'restricted')
      : (LEVELS as readonly string[]).includes(levelLabel)
        ? (levelLabel as PssLevel)
        : 'restricted';
  const minor = parseVersion(versionLabel ?? options.pssVersion ?? 'latest')?.minor ?? LATEST_MINOR;
  return { level, minor, source: levelLabel === undefined && versionLabel === undefined ? 'options' : 'namespace' };
}

const namespaceCache = new WeakMap<readonly K8sObject[], Map<string, K8sObject>>();

/** Namespace objects of the input by name, computed once per grading call; a later one wins, as `kubectl apply` leaves it. */
function namespacesOf(input: YamlInput): Map<string, K8sObject> {
  let map = namespaceCache.get(input.objects);
  if (!map) {
    map = new Map();
    for (const o of input.objects) if (o.kind === 'Namespace' && o.name !== undefined) map.set(o.name, o);
    namespaceCache.set(input.objects, map);
  }
  return map;
}

/** Every pss/* rule says the same thing: upstream's forbidden reason and detail, at the policy level and version. */
const PSS_MESSAGES = {
  violation: {
    ko: '{{label}} 위반{{where}} - {{reason}}: {{detail}}',
    en: 'violates PodSecurity "{{label}}": {{reason}} ({{detail}})',
  },
};

function ruleFor(mod: PssCheckModule): YamlRule {
  const { check, doc } = mod;
  const meta: RuleMeta & { target: 'kubernetes' } = {
    id: `pss/${check.id}`,
    severity: 'error',
    target: 'kubernetes',
    title: doc.title,
    why: doc.why,
    fix: doc.fix,
    refs: { url: `${PSS_DOC_URL}#${doc.anchor}` },
    messages: PSS_MESSAGES,
    examples: doc.examples,
    securitySeverity: doc.securitySeverity,
  };
  return {
    meta,
    check(obj, ctx, input) {
      const pod = podTemplateOf(obj);
      if (!pod) return;
      const policy = policyFor(obj, input, ctx.options);
      const entry = checksFor(policy.level, policy.minor).find((e) => e.id === check.id);
      if (!entry) return;
      const result = entry.checkPod(pod.metadata, pod.spec);
      if (result.allowed) return;
      ctx.report({
        messageId: 'violation',
        data: {
          label: `${policy.level}:${formatMinor(policy.minor)}`,
          where: policy.source === 'namespace' ? { ko: ` (namespace "${obj.namespace}"의 enforce label)`, en: '' } : '',
          reason: result.forbiddenReason ?? '',
          detail: { ko: result.forbiddenDetailKo ?? '', en: result.forbiddenDetail ?? '' },
        },
        range: rangeOf(obj, pod.prefix, result.locations?.[0]),
      });
    },
  };
}

function rangeOf(obj: K8sObject, prefix: Path, loc: { path: Path; at: 'key' | 'value' } | undefined): Range {
  if (!loc) return obj.keyRange([...prefix, 'spec']);
  const path = [...prefix, ...loc.path];
  return loc.at === 'key' ? obj.keyRange(path) : obj.range(path);
}

export const pssRules: YamlRule[] = CHECK_MODULES.map(ruleFor);
