/**
 * Kubernetes manifests read the way kubectl reads them (sigs.k8s.io/yaml, a fork of go-yaml v2), from the AST of
 * the `yaml` package: YAML 1.1 booleans (`yes`, `on`, `y` ...), leading-zero octal integers, merge keys (`<<`) that
 * override keys set before them, duplicate keys where the last one wins, aliases. Pure; never throws.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Document, type Node, type Pair } from 'yaml';

/** Thrown inside the conversion only; `toGoValue` turns it into a result. */
class Budget {
  constructor(public left: number) {}
}

export type GoValueResult = { ok: true; value: unknown } | { ok: false; reason: 'aliases' | 'merge'; message: string };

const TRUE = /^(?:y|Y|yes|Yes|YES|on|On|ON|true|True|TRUE)$/;
const FALSE = /^(?:n|N|no|No|NO|off|Off|OFF|false|False|FALSE)$/;
const OCTAL = /^([-+]?)0([0-7]+)$/;

/** The `<<` key of a merge (plain, untagged scalar). */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && isMergeScalar(key);
}

/** `isMergeKey` for a node already known to be a scalar. */
export function isMergeScalar(key: Scalar): boolean {
  return key.value === '<<' && key.type === Scalar.PLAIN && !key.tag;
}

/**
 * The value of a node with go-yaml v2 semantics. `nodeBudget` bounds the nodes produced, so that alias bombs
 * stop early (go-yaml refuses them too: "document contains excessive aliasing").
 */
export function toGoValue(node: Node | null | undefined, doc: Document, nodeBudget: number): GoValueResult {
  const budget = new Budget(nodeBudget);
  try {
    return { ok: true, value: convert(node ?? null, doc, budget, 0) };
  } catch (e) {
    if (e instanceof MergeError) return { ok: false, reason: 'merge', message: e.message };
    if (e instanceof Budget || e instanceof RangeError) return { ok: false, reason: 'aliases', message: 'alias expansion over the limit' };
    throw e;
  }
}

class MergeError {
  constructor(readonly message: string) {}
}

const MAX_DEPTH = 400;

function convert(node: unknown, doc: Document, budget: Budget, depth: number): unknown {
  if (--budget.left < 0 || depth > MAX_DEPTH) throw budget;
  if (node === null || node === undefined) return null;
  // Scalars first: most nodes are (the node kinds exclude each other, so the order changes nothing else).
  if (isScalar(node)) return scalar(node);
  if (isAlias(node)) return convert(node.resolve(doc), doc, budget, depth + 1);
  if (isSeq(node)) {
    const items = node.items;
    const out: unknown[] = [];
    for (let i = 0; i < items.length; i++) out.push(convert(items[i], doc, budget, depth + 1));
    return out;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const it of node.items) {
      if (!isPair(it)) continue;
      const key = it.key;
      let k: string;
      if (isScalar(key)) {
        if (isMergeScalar(key)) {
          merge(out, it.value as Node | null, doc, budget, depth + 1);
          continue;
        }
        // What convert(key) does for a scalar, without testing the node kind again.
        if (--budget.left < 0 || depth + 1 > MAX_DEPTH) throw budget;
        k = keyString(scalar(key));
      } else {
        k = keyString(convert(key, doc, budget, depth + 1));
      }
      set(out, k, convert(it.value, doc, budget, depth + 1));
    }
    return out;
  }
  return null;
}

/** go-yaml v2 `merge`: a map sets its keys (over those set before); a sequence of maps merges from last to first, so earlier maps win. */
function merge(out: Record<string, unknown>, value: Node | null, doc: Document, budget: Budget, depth: number): void {
  const target = isAlias(value) ? (value.resolve(doc) as Node | undefined) : value;
  if (isMap(target)) {
    const v = convert(target, doc, budget, depth) as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) set(out, k, x);
    return;
  }
  if (isSeq(target)) {
    for (let i = target.items.length - 1; i >= 0; i--) {
      const item = target.items[i] as Node;
      const t = isAlias(item) ? (item.resolve(doc) as Node | undefined) : item;
      if (!isMap(t)) throw new MergeError('map merge requires map or sequence of maps as the value');
      merge(out, t, doc, budget, depth + 1);
    }
    return;
  }
  throw new MergeError('map merge requires map or sequence of maps as the value');
}

/** Assigns own keys only (`__proto__` included), so no key can reach the prototype. */
function set(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

function keyString(k: unknown): string {
  if (typeof k === 'string') return k;
  if (k === null) return 'null';
  if (typeof k === 'object') return JSON.stringify(k);
  return String(k);
}

function scalar(node: Scalar): unknown {
  const v = node.value;
  if (node.type !== Scalar.PLAIN || node.tag) return v;
  const src = typeof node.source === 'string' ? node.source : typeof v === 'string' ? v : null;
  if (src === null || src.length === 0) return v;
  // Cheap first-character tests before the regular expressions: booleans are at most 5 letters starting with
  // y, o, t, n or f (either case); octal starts with 0, + or -.
  const c = src.charCodeAt(0) | 0x20;
  if (src.length <= 5 && (c === 0x79 || c === 0x6f || c === 0x74 || c === 0x6e || c === 0x66)) {
    if (TRUE.test(src)) return true;
    if (FALSE.test(src)) return false;
  }
  if (c === 0x30 || c === 0x2b || c === 0x2d) {
    const oct = OCTAL.exec(src);
    if (oct) return (oct[1] === '-' ? -1 : 1) * parseInt(oct[2]!, 8);
  }
  return v;
}

/**
 * The pair that decides the effective value of `key` in a map: the last explicit pair, or (with `goSemantics`)
 * the pair of a merged map that set it last, following aliases. Null when the key is not in the map.
 */
export function effectivePair(map: Node, key: string, doc: Document, goSemantics: boolean, depth = 0): Pair | null {
  const m = isAlias(map) ? (map.resolve(doc) as Node | undefined) : map;
  if (!isMap(m) || depth > 32) return null;
  let found: Pair | null = null;
  for (const it of m.items) {
    if (!isPair(it) || !isScalar(it.key)) continue;
    if (goSemantics && isMergeKey(it.key)) {
      const fromMerge = mergedPair(it.value as Node | null, key, doc, depth + 1);
      if (fromMerge) found = fromMerge;
    } else if ((goSemantics ? keyString(scalar(it.key)) : String(it.key.value)) === key) {
      found = it;
    }
  }
  return found;
}

function mergedPair(value: Node | null, key: string, doc: Document, depth: number): Pair | null {
  const t = isAlias(value) ? (value.resolve(doc) as Node | undefined) : value;
  if (isMap(t)) return effectivePair(t, key, doc, true, depth);
  if (isSeq(t)) {
    // Earlier maps win: the first one that has the key.
    for (const item of t.items) {
      const p = effectivePair(item as Node, key, doc, true, depth);
      if (p) return p;
    }
  }
  return null;
}

/** The node a sequence index or alias stands for. */
export function resolveNode(node: Node | null | undefined, doc: Document): Node | null {
  if (!node) return null;
  return isAlias(node) ? ((node.resolve(doc) as Node | undefined) ?? null) : node;
}
