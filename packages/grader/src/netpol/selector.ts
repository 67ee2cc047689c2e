/**
 * Kubernetes label selectors (metav1.LabelSelector): matchLabels AND matchExpressions with
 * In, NotIn, Exists, DoesNotExist. An empty selector ({}) matches everything; a malformed one
 * (unknown operator, In/NotIn without values, values on Exists) matches nothing, as the API
 * server would refuse it.
 */
import { asArray, asRecord } from '../k8s';

export type Labels = Readonly<Record<string, string>>;

export interface Requirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: readonly string[];
}

export interface Selector {
  matchLabels: Labels;
  expressions: readonly Requirement[];
  /** Malformed: matches nothing. */
  invalid: boolean;
}

export const EVERYTHING: Selector = { matchLabels: {}, expressions: [], invalid: false };

/** A scalar label value as Kubernetes would read it; objects and arrays are not label values. */
export function labelValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Labels from a `metadata.labels`-like map (non-scalar values are dropped). */
export function parseLabels(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const rec = asRecord(v);
  if (!rec) return out;
  for (const [k, raw] of Object.entries(rec)) {
    const s = labelValue(raw);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

/** Parse a selector value. `null`/absent is the caller's business (absent != empty in NetworkPolicy peers). */
export function parseSelector(v: unknown): Selector {
  const rec = asRecord(v);
  if (!rec) return { matchLabels: {}, expressions: [], invalid: true };
  let invalid = false;
  const matchLabels: Record<string, string> = {};
  if (rec.matchLabels != null) {
    const ml = asRecord(rec.matchLabels);
    if (!ml) invalid = true;
    else
      for (const [k, raw] of Object.entries(ml)) {
        const s = labelValue(raw);
        if (s === undefined) invalid = true;
        else matchLabels[k] = s;
      }
  }
  const expressions: Requirement[] = [];
  if (rec.matchExpressions != null && !Array.isArray(rec.matchExpressions)) invalid = true;
  for (const item of asArray(rec.matchExpressions)) {
    const e = asRecord(item);
    const key = labelValue(e?.key);
    const op = e?.operator;
    const values = asArray(e?.values).map(labelValue);
    if (!e || key === undefined || values.some((x) => x === undefined) || (e.values != null && !Array.isArray(e.values))) {
      invalid = true;
      continue;
    }
    if (op === 'In' || op === 'NotIn') {
      if (values.length === 0) invalid = true;
      else expressions.push({ key, operator: op, values: values as string[] });
    } else if (op === 'Exists' || op === 'DoesNotExist') {
      if (values.length > 0) invalid = true;
      else expressions.push({ key, operator: op, values: [] });
    } else invalid = true;
  }
  return { matchLabels, expressions, invalid };
}

export function matches(sel: Selector, labels: Labels): boolean {
  if (sel.invalid) return false;
  for (const [k, v] of Object.entries(sel.matchLabels)) if (!Object.hasOwn(labels, k) || labels[k] !== v) return false;
  for (const r of sel.expressions) {
    const has = Object.hasOwn(labels, r.key);
    switch (r.operator) {
      case 'In':
        if (!has || !r.values.includes(labels[r.key]!)) return false;
        break;
      case 'NotIn':
        if (has && r.values.includes(labels[r.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** Does the selector select everything (`{}`)? */
export function isEmptySelector(sel: Selector): boolean {
  return !sel.invalid && Object.keys(sel.matchLabels).length === 0 && sel.expressions.length === 0;
}

/** Short text for messages: `app=web, tier in (a,b)`, or `{}`. */
export function describeSelector(sel: Selector): string {
  const parts = Object.entries(sel.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const r of sel.expressions) {
    if (r.operator === 'In') parts.push(`${r.key} in (${r.values.join(',')})`);
    else if (r.operator === 'NotIn') parts.push(`${r.key} notin (${r.values.join(',')})`);
    else if (r.operator === 'Exists') parts.push(r.key);
    else parts.push(`!${r.key}`);
  }
  return parts.length > 0 ? parts.join(', ') : '{}';
}
