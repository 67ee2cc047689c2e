/**
 * YAML (single and multi-document) with source ranges, for Kubernetes objects.
 * Never throws: every problem becomes a positioned `parse/*` finding.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';
import { findingFrom } from '../messages';
import { yamlAliases } from '../rules/parse/yaml-aliases';
import { yamlDuplicateKey } from '../rules/parse/yaml-duplicate-key';
import { yamlSyntax } from '../rules/parse/yaml-syntax';
import type { Finding, Range } from '../types';
import { effectivePair, isMergeScalar, resolveNode, toGoValue } from './goyaml';
import { expandLists } from './list';

export type Path = ReadonlyArray<string | number>;

export interface K8sObject {
  file: string;
  /** 0-based index of the document in its file. */
  docIndex: number;
  /** Plain JS value of the document (objects, arrays, scalars). */
  value: unknown;
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  /** Range of the value at `path`, or of the nearest ancestor that exists. */
  range(path: Path): Range;
  /** Range of the key of the last path segment (the item itself for sequence indices); falls back like `range`. */
  keyRange(path: Path): Range;
  /** Does a node exist at `path`? */
  has(path: Path): boolean;
  /** Range of the whole document. */
  docRange: Range;
}

export interface ParsedYaml {
  objects: K8sObject[];
  findings: Finding[];
  /** Maps a 0-based character offset (in the BOM-stripped text) to a 1-based line and column. */
  pos(offset: number): { line: number; column: number };
  /** BOM-stripped text. */
  text: string;
}

const MAX_ALIASES = 100;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseYaml(file: string, rawText: string): ParsedYaml {
  const text = stripBom(rawText);
  const lc = new LineCounter();
  const { pos, rangeOf } = positions(text, lc);
  const findings: Finding[] = [];
  const objects: K8sObject[] = [];

  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    // The parser never runs here, so the line counter has to learn the line starts itself.
    lc.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1 && i < nul; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
    findings.push(findingFrom(yamlSyntax.meta, 'binary', undefined, rangeOf(nul, nul + 1)));
    return { objects, findings, pos, text };
  }

  let docs: Document.Parsed[];
  try {
    // Duplicate keys are found below in linear time: the parser's own check is quadratic per map
    // (a 5 MB ConfigMap took minutes).
    docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' }) as Document.Parsed[];
  } catch (e) {
    findings.push(findingFrom(yamlSyntax.meta, 'unreadable', { detail: errText(e) }, rangeOf(0, 1)));
    return { objects, findings, pos, text };
  }
  if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];

  docs.forEach((doc, docIndex) => {
    const { findings: problems, blocking } = documentProblems(doc, rangeOf);
    findings.push(...problems);
    const contents = doc.contents;
    // A broken or empty document (e.g. a trailing ---) has no object; duplicate keys alone do not break it.
    if (blocking || contents == null) return;
    const docRange = rangeOf(contents.range?.[0] ?? 0, contents.range?.[1] ?? 0);
    // Kubernetes objects are read as kubectl reads them (go-yaml v2: YAML 1.1 booleans, merge keys, the last of
    // duplicate keys); other documents (GitHub Actions workflows) with YAML 1.2, as their own parsers do.
    const goSemantics = isKubernetesDoc(contents as Node);
    let value: unknown;
    try {
      if (goSemantics) {
        const r = toGoValue(contents as Node, doc, Math.max(10_000, 4 * text.length));
        if (!r.ok && r.reason === 'merge') {
          findings.push(findingFrom(yamlSyntax.meta, 'mergeKey', { detail: r.message }, docRange));
          return;
        }
        if (!r.ok) throw new Error(r.message);
        value = r.value;
      } else {
        value = doc.toJS({ maxAliasCount: MAX_ALIASES });
      }
    } catch (e) {
      findings.push(findingFrom(yamlAliases.meta, 'aliasBomb', { detail: errText(e) }, docRange));
      return;
    }
    if (value == null) return;
    // kubectl applies the items of a List (kind: List, PodList, ...) as separate objects.
    objects.push(...expandLists(toObject(file, docIndex, value, { contents: contents as Node, doc, goSemantics }, docRange, rangeOf), identify));
  });
  return { objects, findings, pos, text };
}

type RangeOf = (start: number, end: number) => Range;

/** 1-based positions of offsets in `text`, and ranges that are never empty (an empty span covers one character). */
function positions(text: string, lc: LineCounter): { pos: ParsedYaml['pos']; rangeOf: RangeOf } {
  const pos = (offset: number) => {
    const p = lc.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: p.line, column: p.col };
  };
  const rangeOf = (start: number, end: number): Range => {
    const a = pos(start);
    const b = pos(Math.max(start, end));
    if (b.line === a.line && b.column <= a.column) return { line: a.line, column: a.column, endLine: a.line, endColumn: a.column + 1 };
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  return { pos, rangeOf };
}

/** The parser's errors of one document (blocking: no object), and its repeated keys (reported, not blocking). */
function documentProblems(doc: Document.Parsed, rangeOf: RangeOf): { findings: Finding[]; blocking: boolean } {
  const out: Finding[] = [];
  for (const err of doc.errors) {
    const [s, e] = err.pos;
    const tab = err.code === 'TAB_AS_INDENT' || /tab/i.test(err.message);
    const deep = /call stack/i.test(err.message);
    out.push(
      err.code === 'DUPLICATE_KEY'
        ? findingFrom(yamlDuplicateKey.meta, 'duplicateKey', undefined, rangeOf(s, e))
        : findingFrom(yamlSyntax.meta, tab ? 'tab' : deep ? 'nestedTooDeep' : 'syntax', { detail: firstLine(err.message) }, rangeOf(s, e)),
    );
  }
  const blocking = out.length > 0;
  for (const [s, e] of duplicateKeys(doc.contents as Node | null)) out.push(findingFrom(yamlDuplicateKey.meta, 'duplicateKey', undefined, rangeOf(s, e)));
  return { findings: out, blocking };
}

/** A top-level map with an apiVersion or kind key: read with kubectl's YAML semantics. */
function isKubernetesDoc(contents: Node): boolean {
  return isMap(contents) && contents.items.some((it) => isPair(it) && isScalar(it.key) && (it.key.value === 'apiVersion' || it.key.value === 'kind'));
}

/** The document a path is looked up in: its AST, and whether go-yaml's merge keys apply. */
interface Source {
  contents: Node;
  doc: Document;
  goSemantics: boolean;
}

/** The node at `path` (as far as it exists), the pair holding it, how deep the walk got, and its parent. */
function nodeAt(src: Source, path: Path): { node: Node | null; pair: Pair | null; depth: number; parent: Node | null } {
  let node: Node | null = src.contents;
  let pair: Pair | null = null;
  let parent: Node | null = null;
  let depth = 0;
  for (const seg of path) {
    node = resolveNode(node, src.doc);
    if (isMap(node)) {
      // The pair whose value is in effect: the last of duplicate keys, or the one a merge key brought in.
      const p = effectivePair(node, String(seg), src.doc, src.goSemantics);
      if (!p) break;
      parent = node;
      pair = p;
      node = (p.value as Node | null) ?? null;
      depth++;
      if (!node) break;
    } else if (isSeq(node) && typeof seg === 'number') {
      const it = node.items[seg] as Node | undefined;
      if (!it) break;
      parent = node;
      pair = null;
      node = it;
      depth++;
    } else break;
  }
  return { node, pair, depth, parent };
}

/** One document as a K8sObject: its value, identity fields, and ranges looked up in the YAML nodes. */
function toObject(file: string, docIndex: number, value: unknown, src: Source, docRange: Range, rangeOf: RangeOf): K8sObject {
  const nodeRange = (n: Node | null | undefined): Range | null => (n?.range ? rangeOf(n.range[0], n.range[1]) : null);
  const obj: K8sObject = {
    file,
    docIndex,
    value,
    docRange,
    range(path) {
      const { node, pair, depth } = nodeAt(src, path);
      if (depth === path.length) return nodeRange(node) ?? nodeRange(pair?.key as Node) ?? docRange;
      // The path stops early: point at the deepest existing key, else the node.
      return nodeRange(pair?.key as Node) ?? nodeRange(node) ?? docRange;
    },
    keyRange(path) {
      const { node, pair, depth } = nodeAt(src, path);
      if (pair && (depth === path.length || depth > 0)) return nodeRange(pair.key as Node) ?? docRange;
      return nodeRange(node) ?? docRange;
    },
    has(path) {
      return nodeAt(src, path).depth === path.length;
    },
  };
  return identify(obj);
}

/** Fills apiVersion, kind, name and namespace from the value. */
function identify(obj: K8sObject): K8sObject {
  const value = obj.value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const meta = (v.metadata && typeof v.metadata === 'object' ? v.metadata : {}) as Record<string, unknown>;
    if (typeof v.apiVersion === 'string') obj.apiVersion = v.apiVersion;
    if (typeof v.kind === 'string') obj.kind = v.kind;
    if (typeof meta.name === 'string') obj.name = meta.name;
    if (typeof meta.namespace === 'string') obj.namespace = meta.namespace;
  }
  return obj;
}

/** Maps with more keys than this find repeats with a set; smaller ones compare with the keys before. */
const SMALL_MAP = 8;

/** Offsets of every repeated scalar key, map by map (iterative: no recursion on deep input). */
function duplicateKeys(root: Node | null): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: unknown[] = [root];
  // Values of the scalar keys (merge keys aside) met so far in the current small map.
  const before: unknown[] = [];
  while (stack.length > 0) {
    const n = stack.pop();
    if (isMap(n)) {
      const items = n.items;
      const seen = items.length > SMALL_MAP ? new Set<string>() : null;
      let count = 0;
      for (let i = 0; i < items.length; i++) {
        const it = items[i]!;
        const k = it.key;
        const scalarKey = isScalar(k);
        // Several merge keys (`<<`) are how maps are combined, not a duplicate.
        if (scalarKey && !isMergeScalar(k)) {
          const value = k.value;
          let repeated: boolean;
          if (seen) {
            const id = `${typeof value}:${String(value)}`;
            repeated = seen.has(id);
            seen.add(id);
          } else {
            repeated = sameKeyIn(before, count, value);
            before[count++] = value;
          }
          if (repeated && k.range) out.push([k.range[0], k.range[1]]);
        }
        // Scalars hold no keys: only collections (and pairs) are walked.
        if (!scalarKey && k !== null && k !== undefined) stack.push(k);
        const v = it.value;
        if (v !== null && v !== undefined && !isScalar(v)) stack.push(v);
      }
    } else if (isSeq(n)) {
      for (const it of n.items) if (it !== null && it !== undefined && !isScalar(it)) stack.push(it);
    } else if (isPair(n)) {
      stack.push(n.key, n.value);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a[0] - b[0]) : out;
}

/** Is one of the first `count` key values the same key as `value` (same type, same text)? */
function sameKeyIn(values: readonly unknown[], count: number, value: unknown): boolean {
  const type = typeof value;
  for (let j = 0; j < count; j++) {
    const other = values[j];
    if (other === value ? type === typeof other : typeof other === type && type !== 'string' && String(other) === String(value)) return true;
  }
  return false;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 200);
}

function errText(e: unknown): string {
  return firstLine(e instanceof Error ? e.message : String(e));
}

/** Read a value at a path from plain JS data. */
export function getIn(value: unknown, path: Path): unknown {
  let cur: unknown = value;
  for (const seg of path) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg as string];
  }
  return cur;
}
