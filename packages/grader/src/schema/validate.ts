/**
 * Structural validation of one Kubernetes object against the compact schema: unknown fields,
 * wrong types, missing required fields, selector/label mismatches, removed apiVersions, unknown kinds.
 * The analysis runs once per object (memoised) and each schema/* rule reports its own share.
 */
import type { K8sObject, Path } from '../yaml/document';
import type { MessageData, Range, Severity } from '../types';
import { asArray, asRecord, type Json } from '../k8s';
import { findRemovedApi } from './deprecated';
import { extraDefinitions, extraKinds } from './extra';
import generated from './k8s.schema.json';
import { suggest } from './suggest';
import type { CompactSchema, SchemaDef, SchemaType } from './types';

const base = generated as unknown as CompactSchema;
const KINDS: Record<string, string> = { ...base.kinds, ...extraKinds };
const DEFS: Record<string, SchemaDef> = { ...base.definitions, ...extraDefinitions };

export type SchemaRuleId =
  | 'schema/unknown-field'
  | 'schema/type'
  | 'schema/required'
  | 'schema/selector-mismatch'
  | 'schema/api-deprecated'
  | 'schema/unknown-kind';

export interface SchemaIssue {
  ruleId: SchemaRuleId;
  /** A message id of the rule (rules/schema/*.ts holds the texts). */
  messageId: string;
  data?: MessageData;
  range: Range;
  severity?: Severity;
}

/** The schema definition name for an apiVersion + kind, if we bundle one. */
export function definitionFor(apiVersion: string, kind: string): string | undefined {
  return KINDS[`${apiVersion} ${kind}`];
}

/** Every apiVersion we have a schema for, per kind. */
function apiVersionsOf(kind: string): string[] {
  return Object.keys(KINDS)
    .filter((k) => k.endsWith(` ${kind}`))
    .map((k) => k.slice(0, -kind.length - 1));
}

/** Every kind we have a schema for in one apiVersion. */
function kindsOf(apiVersion: string): string[] {
  return Object.keys(KINDS)
    .filter((k) => k.startsWith(`${apiVersion} `))
    .map((k) => k.slice(apiVersion.length + 1));
}

/**
 * Fields the API server requires although the OpenAPI schema marks them optional
 * (pkg/apis/core/validation: `validateContainers` and ephemeral container validation reject an empty image
 * with "spec.containers[0].image: Required value", also inside Deployment/StatefulSet/... templates).
 */
const API_REQUIRED: Record<string, string[]> = {
  'core.v1.Container': ['image'],
  'core.v1.EphemeralContainer': ['image'],
};

/** Where an unknown field probably belongs: fields of `to` found under `from`. */
const RELOCATIONS: ReadonlyArray<{ from: string[]; to: string; ko: string; en: string }> = [
  {
    from: ['core.v1.PodSecurityContext'],
    to: 'core.v1.SecurityContext',
    ko: '컨테이너의 securityContext(containers[].securityContext)에 넣어야 합니다. Pod 수준 securityContext에는 이 필드가 없습니다',
    en: "belongs in a container's securityContext (containers[].securityContext), not in the pod-level securityContext",
  },
  {
    from: ['core.v1.SecurityContext'],
    to: 'core.v1.PodSecurityContext',
    ko: 'Pod 수준 securityContext(spec.securityContext)에 넣어야 합니다. 컨테이너 securityContext에는 이 필드가 없습니다',
    en: 'belongs in the pod-level securityContext (spec.securityContext), not in a container securityContext',
  },
  {
    from: ['core.v1.PodSpec'],
    to: 'core.v1.Container',
    ko: 'Pod spec이 아니라 컨테이너(containers[]) 항목 안에 넣어야 합니다',
    en: 'is a container field: put it inside an item of containers[]',
  },
  {
    from: ['core.v1.Container'],
    to: 'core.v1.PodSpec',
    ko: '컨테이너가 아니라 Pod spec(컨테이너 목록과 같은 수준)에 넣어야 합니다',
    en: 'is a pod spec field: put it next to containers, not inside a container',
  },
  {
    from: ['apps.v1.DeploymentSpec', 'apps.v1.StatefulSetSpec', 'apps.v1.DaemonSetSpec', 'apps.v1.ReplicaSetSpec', 'batch.v1.JobSpec'],
    to: 'core.v1.PodSpec',
    ko: 'Pod 템플릿 안(spec.template.spec)에 넣어야 합니다',
    en: 'belongs in the pod template (spec.template.spec)',
  },
  {
    from: ['core.v1.PodTemplateSpec'],
    to: 'core.v1.PodSpec',
    ko: 'template 바로 아래가 아니라 template.spec 아래에 넣어야 합니다',
    en: 'belongs under template.spec, not directly under template',
  },
  { from: Object.values(KINDS), to: 'meta.v1.ObjectMeta', ko: 'metadata 아래에 넣어야 합니다', en: 'belongs under metadata' },
];

/** Advice for frequently missing required fields. */
const REQUIRED_HINTS: Record<string, { ko: string; en: string }> = {
  selector: {
    ko: 'spec.selector.matchLabels를 추가하고 spec.template.metadata.labels와 같은 라벨을 쓰세요.',
    en: 'Add spec.selector.matchLabels with the same labels as spec.template.metadata.labels.',
  },
  image: {
    ko: 'API 서버가 거부합니다(image: Required value). 태그나 digest까지 고정한 이미지를 지정하세요.',
    en: 'The API server rejects it (image: Required value). Set an image pinned to a tag or digest.',
  },
  'metadata.name': {
    ko: 'API 서버는 이름 없는 객체를 만들지 않습니다(metadata.name: Required value).',
    en: 'The API server does not create unnamed objects (metadata.name: Required value).',
  },
};

export function formatPath(path: Path): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s || '(문서)';
}

function describeValue(v: unknown): { ko: string; en: string } {
  if (Array.isArray(v)) return { ko: '목록', en: 'a list' };
  if (v !== null && typeof v === 'object') return { ko: '매핑(객체)', en: 'a mapping' };
  if (typeof v === 'string')
    return { ko: `문자열 "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`, en: `the string "${v.length > 40 ? `${v.slice(0, 40)}...` : v}"` };
  if (typeof v === 'number') return { ko: `숫자 ${v}`, en: `the number ${v}` };
  if (typeof v === 'boolean') return { ko: `불리언 ${v}`, en: `the boolean ${v}` };
  return { ko: String(v), en: String(v) };
}

const TYPE_NAMES: Record<string, { ko: string; en: string }> = {
  string: { ko: '문자열', en: 'a string' },
  integer: { ko: '정수', en: 'an integer' },
  boolean: { ko: '불리언(true/false)', en: 'a boolean (true/false)' },
  'int-or-string': { ko: '정수 또는 문자열', en: 'an integer or a string' },
  quantity: { ko: 'quantity(예: 500m, 128Mi, 1)', en: 'a quantity (e.g. 500m, 128Mi, 1)' },
  object: { ko: '매핑(객체)', en: 'a mapping' },
  list: { ko: '목록', en: 'a list' },
};

/** Kubernetes resource.Quantity: a signed decimal number with an optional binary/decimal SI suffix or exponent. */
const QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

export function isQuantity(v: unknown): boolean {
  return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && QUANTITY.test(v));
}

const cache = new WeakMap<K8sObject, SchemaIssue[]>();

/** All schema issues of one object (memoised). */
export function analyze(obj: K8sObject): SchemaIssue[] {
  let issues = cache.get(obj);
  if (!issues) {
    issues = run(obj);
    cache.set(obj, issues);
  }
  return issues;
}

/** A GitHub Actions workflow: another rule family checks those. */
export function isWorkflow(value: unknown): boolean {
  const v = asRecord(value);
  return !!v && 'jobs' in v && ('on' in v || 'true' in v);
}

function run(obj: K8sObject): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const root = asRecord(obj.value);
  if (!root) {
    issues.push({
      ruleId: 'schema/type',
      messageId: 'notMapping',
      data: { found: describeValue(obj.value) },
      range: obj.docRange,
    });
    return issues;
  }
  if (isWorkflow(root)) return issues;

  const apiVersion = root.apiVersion;
  const kind = root.kind;
  for (const [field, value] of [
    ['apiVersion', apiVersion],
    ['kind', kind],
  ] as const) {
    if (value === undefined || value === null) {
      issues.push({
        ruleId: 'schema/required',
        messageId: 'apiVersionKind',
        data: { field },
        range: topRange(obj, root),
      });
    } else if (typeof value !== 'string') {
      issues.push(typeIssue(obj, [field], value, 'string'));
    }
  }
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return issues;

  const removed = findRemovedApi(apiVersion, kind);
  if (removed) {
    const note = removed.note ? { ko: ` ${removed.note.ko}`, en: ` ${removed.note.en}` } : '';
    issues.push({
      ruleId: 'schema/api-deprecated',
      messageId: removed.replacement ? 'replaced' : 'removed',
      data: { apiVersion, kind, removedIn: removed.removedIn, replacement: removed.replacement ?? '', note },
      range: obj.range(['apiVersion']),
    });
  }

  const defName = definitionFor(apiVersion, kind);
  if (!defName) {
    if (removed) return issues;
    const others = apiVersionsOf(kind);
    // Kinds are short and many real kinds are near ours (Node/Pod): only a case slip or one typo counts.
    const close = suggest(kind, kindsOf(apiVersion), kind.length >= 5 ? 1 : 0);
    if (close) {
      issues.push({
        ruleId: 'schema/unknown-kind',
        severity: 'error',
        messageId: 'kindTypo',
        data: { apiVersion, kind, close },
        range: obj.range(['kind']),
      });
    } else if (others.length) {
      issues.push({
        ruleId: 'schema/unknown-kind',
        severity: 'error',
        messageId: 'wrongApiVersion',
        data: { apiVersion, kind, others: { ko: others.join(' 또는 '), en: others.join(' or ') } },
        range: obj.range(['apiVersion']),
      });
    } else {
      issues.push({
        ruleId: 'schema/unknown-kind',
        messageId: 'noSchema',
        data: { apiVersion, kind },
        range: obj.range(['kind']),
      });
    }
    return issues;
  }

  // metadata.name: required by API validation for every object (except config files such as the audit Policy).
  // A name of the wrong type is left to the type check.
  if (defName !== 'audit.v1.Policy') {
    const meta = asRecord(root.metadata);
    const name = meta?.name;
    const generate = meta?.generateName;
    const missing = (name === undefined || name === null || name === '') && !(typeof generate === 'string' && generate !== '');
    if (missing) issues.push(requiredIssue(obj, meta ? ['metadata'] : [], 'metadata.name', REQUIRED_HINTS['metadata.name']));
  }

  walkDef(obj, root, defName, [], issues);

  checkSelector(obj, root, kind, issues);
  return issues;
}

/** The first key of the document, where a missing apiVersion or kind is reported. */
function topRange(obj: K8sObject, root: Json): Range {
  const firstKey = Object.keys(root)[0];
  return firstKey !== undefined ? obj.keyRange([firstKey]) : obj.docRange;
}

function typeIssue(obj: K8sObject, path: Path, value: unknown, expected: string, extra?: { ko: string; en: string }): SchemaIssue {
  const want = TYPE_NAMES[expected] ?? { ko: expected, en: expected };
  const got = describeValue(value);
  let hint = extra;
  if (!hint && expected === 'integer' && typeof value === 'string' && /^-?\d+$/.test(value)) {
    hint = { ko: '따옴표를 빼세요.', en: 'Remove the quotes.' };
  } else if (!hint && expected === 'boolean' && typeof value === 'string' && /^(true|false)$/i.test(value)) {
    hint = { ko: '따옴표를 빼고 true 또는 false로 쓰세요.', en: 'Write true or false without quotes.' };
  } else if (!hint && expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    hint = {
      ko: `YAML이 숫자/불리언으로 읽습니다. 따옴표로 감싸세요: "${String(value)}".`,
      en: `YAML reads it as a number/boolean: quote it ("${String(value)}").`,
    };
  }
  return {
    ruleId: 'schema/type',
    messageId: 'wrongType',
    data: { path: formatPath(path), want, got, hint: hint ? { ko: ` ${hint.ko}`, en: ` ${hint.en}` } : '' },
    range: obj.range(path),
  };
}

/** Where to point for a field missing from the object at `path`. */
function anchorFor(obj: K8sObject, path: Path, value: Json | undefined): Range {
  if (path.length === 0) return obj.has(['kind']) ? obj.keyRange(['kind']) : obj.docRange;
  if (typeof path[path.length - 1] === 'number') {
    const first = value ? Object.keys(value)[0] : undefined;
    return first !== undefined ? obj.keyRange([...path, first]) : obj.range(path);
  }
  return obj.keyRange(path);
}

function requiredIssue(obj: K8sObject, path: Path, field: string, hint?: { ko: string; en: string }): SchemaIssue {
  let value: unknown = obj.value;
  for (const seg of path) value = (value as Record<string | number, unknown>)?.[seg as string];
  const full = field.includes('.') ? field : formatPath([...path, field]);
  return {
    ruleId: 'schema/required',
    messageId: 'missingField',
    data: { field: full, hint: hint ? { ko: ` ${hint.ko}`, en: ` ${hint.en}` } : '' },
    range: anchorFor(obj, path, asRecord(value)),
  };
}

/**
 * `path` is one array for the whole walk, pushed and popped on the way down and up: every issue reads it
 * at once (its text and range), none keeps it.
 */
function walk(obj: K8sObject, value: unknown, type: SchemaType, path: Array<string | number>, issues: SchemaIssue[]): void {
  if (value === null || value === undefined || type === 'any') return;
  if (typeof type === 'string') {
    if (type.charCodeAt(0) === 35 /* # */) {
      walkDef(obj, value, defNameOf(type), path, issues);
      return;
    }
    switch (type) {
      case 'string':
        if (typeof value !== 'string') issues.push(typeIssue(obj, path, value, 'string'));
        return;
      case 'integer':
        if (typeof value !== 'number' || !Number.isInteger(value)) issues.push(typeIssue(obj, path, value, 'integer'));
        return;
      case 'boolean':
        if (typeof value !== 'boolean') issues.push(typeIssue(obj, path, value, 'boolean'));
        return;
      case 'int-or-string':
        if (!(typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value)))) issues.push(typeIssue(obj, path, value, 'int-or-string'));
        return;
      case 'quantity':
        if (!isQuantity(value)) {
          const unit = typeof value === 'string' ? /^[\d.]+\s*([A-Za-z]+)$/.exec(value.trim())?.[1] : undefined;
          const hint =
            unit && /^[KMGTPE]i?B$/i.test(unit)
              ? {
                  ko: `"${unit}" 대신 ${unit[0]!.toUpperCase()}i(2진) 또는 ${unit[0]!.toUpperCase() === 'K' ? 'k' : unit[0]!.toUpperCase()}(10진)를 쓰세요. 예: 128Mi.`,
                  en: `Use ${unit[0]!.toUpperCase()}i (binary) or ${unit[0]!.toUpperCase() === 'K' ? 'k' : unit[0]!.toUpperCase()} (decimal) instead of "${unit}", e.g. 128Mi.`,
                }
              : { ko: '예: cpu 500m 또는 0.5, memory 128Mi.', en: 'For example cpu: 500m or 0.5, memory: 128Mi.' };
          issues.push(typeIssue(obj, path, value, 'quantity', hint));
        }
        return;
    }
    return;
  }
  if ('enum' in type) {
    if (typeof value !== 'string') {
      issues.push(typeIssue(obj, path, value, 'string'));
    } else if (!type.enum.includes(value)) {
      const close = suggest(value, type.enum);
      issues.push({
        ruleId: 'schema/type',
        messageId: 'notAllowed',
        data: {
          path: formatPath(path),
          value,
          allowed: type.enum.join(', '),
          suggestion: close ? { ko: ` 혹시 "${close}"인가요?`, en: ` Did you mean "${close}"?` } : '',
        },
        range: obj.range(path),
      });
    }
    return;
  }
  if ('items' in type) {
    if (!Array.isArray(value)) {
      // A bare string where a list of strings is expected (drop: ALL): show the list form.
      const stringItems = type.items === 'string' || (typeof type.items === 'object' && 'enum' in type.items);
      const hint = typeof value === 'string' && stringItems ? { ko: `목록으로 쓰세요: ["${value}"].`, en: `Write it as a list: ["${value}"].` } : undefined;
      issues.push(typeIssue(obj, path, value, 'list', hint));
      return;
    }
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(obj, value[i], type.items, path, issues);
      path.pop();
    }
    return;
  }
  const map = asRecord(value);
  if (!map) {
    issues.push(typeIssue(obj, path, value, 'object'));
    return;
  }
  for (const k of Object.keys(map)) {
    path.push(k);
    walk(obj, map[k], type.values, path, issues);
    path.pop();
  }
}

function walkDef(obj: K8sObject, value: unknown, name: string, path: Array<string | number>, issues: SchemaIssue[]): void {
  const def = DEFS[name];
  if (!def) return;
  if (def.alias) {
    walk(obj, value, def.alias, path, issues);
    return;
  }
  const map = asRecord(value);
  if (!map) {
    issues.push(typeIssue(obj, path, value, 'object'));
    return;
  }
  if (def.open) return;
  // Top-down: this object's missing fields first, then its children.
  for (const required of [def.required, API_REQUIRED[name]]) {
    if (!required) continue;
    for (const r of required) {
      if (map[r] === undefined || map[r] === null || (r === 'image' && map[r] === '')) issues.push(requiredIssue(obj, path, r, REQUIRED_HINTS[r]));
    }
  }
  const props = def.properties ?? {};
  for (const k of Object.keys(map)) {
    const t = Object.hasOwn(props, k) ? props[k] : undefined;
    path.push(k);
    if (t === undefined) issues.push(unknownField(obj, name, Object.keys(props), path, k));
    else walk(obj, map[k], t, path, issues);
    path.pop();
  }
}

const defNames = new Map<string, string>();

/** `#core.v1.PodSpec` -> `core.v1.PodSpec`, sliced once per reference. */
function defNameOf(ref: string): string {
  let name = defNames.get(ref);
  if (name === undefined) {
    name = ref.slice(1);
    defNames.set(ref, name);
  }
  return name;
}

function unknownField(obj: K8sObject, defName: string, known: string[], path: Path, key: string): SchemaIssue {
  const where = formatPath(path.slice(0, -1));
  const reloc = RELOCATIONS.find((r) => r.from.includes(defName) && Object.hasOwn(DEFS[r.to]?.properties ?? {}, key));
  const close = reloc ? undefined : suggest(key, known);
  const koHint = reloc ? ` ${key}은(는) ${reloc.ko}.` : close ? ` 혹시 "${close}"인가요?` : '';
  const enHint = reloc ? ` ${key} ${reloc.en}.` : close ? ` Did you mean "${close}"?` : '';
  return {
    ruleId: 'schema/unknown-field',
    messageId: 'unknownField',
    data: { key, where: where === '(문서)' ? { ko: '최상위', en: 'the top level' } : where, hint: { ko: koHint, en: enHint } },
    range: obj.keyRange(path),
  };
}

const SELECTOR_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

function checkSelector(obj: K8sObject, root: Json, kind: string, issues: SchemaIssue[]): void {
  if (!SELECTOR_KINDS.has(kind)) return;
  const spec = asRecord(root.spec);
  const selector = asRecord(spec?.selector);
  if (!spec || !selector) return;
  // A Job's selector is generated unless manualSelector is true.
  if (kind === 'Job' && spec.manualSelector !== true) return;
  const labels = asRecord(asRecord(asRecord(spec.template)?.metadata)?.labels) ?? {};
  const matchLabels = asRecord(selector.matchLabels) ?? {};
  const exprs = asArray(selector.matchExpressions);
  if (Object.keys(matchLabels).length === 0 && exprs.length === 0) {
    issues.push({
      ruleId: 'schema/selector-mismatch',
      messageId: 'emptySelector',
      data: { kind },
      range: obj.keyRange(['spec', 'selector']),
    });
    return;
  }
  for (const [k, v] of Object.entries(matchLabels)) {
    const has = Object.hasOwn(labels, k);
    if (has && labels[k] === v) continue;
    issues.push({
      ruleId: 'schema/selector-mismatch',
      messageId: has ? 'labelValue' : 'labelMissing',
      data: { key: k, value: String(v), actual: String(labels[k]) },
      range: obj.keyRange(['spec', 'selector', 'matchLabels', k]),
    });
  }
  exprs.forEach((e, i) => {
    const ex = asRecord(e);
    if (!ex || typeof ex.key !== 'string' || typeof ex.operator !== 'string') return;
    const values = asArray(ex.values).map(String);
    const present = Object.hasOwn(labels, ex.key);
    const val = present ? String(labels[ex.key]) : undefined;
    const ok =
      ex.operator === 'In'
        ? present && values.includes(val!)
        : ex.operator === 'NotIn'
          ? !present || !values.includes(val!)
          : ex.operator === 'Exists'
            ? present
            : ex.operator === 'DoesNotExist'
              ? !present
              : true;
    if (!ok) {
      issues.push({
        ruleId: 'schema/selector-mismatch',
        messageId: 'expression',
        data: { index: i, key: ex.key, operator: ex.operator },
        range: obj.range(['spec', 'selector', 'matchExpressions', i]),
      });
    }
  });
}
