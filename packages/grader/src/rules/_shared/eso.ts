/**
 * Which keys the Secret an ExternalSecret creates holds, and where each value comes from, computed as External
 * Secrets Operator builds it: data, dataFrom (extract with rewrite), target.template with its mergePolicy.
 * What a remote secret holds is outside the manifest: callers that know it pass it as `store`. Pure; never throws.
 */
import { asArray, asRecord } from '../../k8s';
import type { K8sObject } from '../../yaml/document';

/** What a secret store holds, when known: remote key -> its properties (a JSON secret's fields). */
export type SecretStoreContents = Readonly<Record<string, readonly string[]>>;

export interface EsoKeys {
  /** Keys of the created Secret whose value comes from the store. */
  fromStore: Set<string>;
  /** Keys written by a template that uses no store value (a constant). */
  constant: Set<string>;
  /** Part of the key set cannot be known (dataFrom of an unknown remote, find, templateFrom, a rewrite transform). */
  open: boolean;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Applies dataFrom[].rewrite regexp rules to a key; null when a rule cannot be read. */
function rewrite(key: string, rules: unknown[]): string | null {
  let k = key;
  for (const r of rules) {
    const re = asRecord(asRecord(r)?.regexp);
    if (!re) return null;
    const source = str(re.source);
    const target = str(re.target) ?? '';
    if (source === undefined) return null;
    try {
      // ESO uses Go regexp ReplaceAllString: ${1} in the target reads as JavaScript's $1
      k = k.replace(new RegExp(source, 'g'), target.replace(/\$\{(\d+)\}/g, '$$$1'));
    } catch {
      return null;
    }
  }
  return k;
}

/** The keys that `{{ .name }}` and `{{ index . "name" }}` read in a template value. */
function templateReads(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(/\{\{[^}]*?\.([A-Za-z_][\w]*)/g)) out.push(m[1]!);
  for (const m of value.matchAll(/index\s+\.\s+"([^"]+)"/g)) out.push(m[1]!);
  return out;
}

/** The keys of the Secret the ExternalSecret creates. */
export function externalSecretKeys(es: K8sObject, store: SecretStoreContents = {}): EsoKeys {
  const spec = asRecord(asRecord(es.value)?.spec);
  const fromStore = new Set<string>();
  let open = false;
  for (const d of asArray(spec?.data)) {
    const rec = asRecord(d);
    const key = str(rec?.secretKey);
    if (key && str(asRecord(rec?.remoteRef)?.key)) fromStore.add(key);
  }
  for (const d of asArray(spec?.dataFrom)) {
    const rec = asRecord(d);
    const extract = str(asRecord(rec?.extract)?.key);
    const known = extract === undefined || !Object.hasOwn(store, extract) ? undefined : store[extract];
    if (!known) {
      open = true;
      continue;
    }
    for (const k of known) {
      const r = rewrite(k, asArray(rec?.rewrite));
      if (r === null) open = true;
      else fromStore.add(r);
    }
  }
  const template = asRecord(asRecord(spec?.target)?.template);
  if (!template) return { fromStore, constant: new Set(), open };
  if (asArray(template.templateFrom).length > 0) open = true;
  const merge = str(template.mergePolicy) === 'Merge';
  const out = { fromStore: merge ? new Set(fromStore) : new Set<string>(), constant: new Set<string>(), open };
  for (const [k, v] of Object.entries(asRecord(template.data) ?? {})) {
    const reads = typeof v === 'string' ? templateReads(v) : [];
    out.fromStore.delete(k);
    (reads.some((r) => fromStore.has(r)) ? out.fromStore : out.constant).add(k);
  }
  return out;
}
