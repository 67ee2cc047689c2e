/**
 * List documents (`kind: List`, `PodList`, ...) as kubectl applies them: each item is an object of its own.
 * An item keeps the positions of the list: its paths are read under `items[i]`. Pure; never throws.
 */
import type { K8sObject, Path } from './document';

const MAX_NESTING = 8;

function isList(value: unknown): value is { kind: string; items: unknown[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items);
}

/** The object itself, or the items of a List (nested Lists flattened); `identify` fills kind, name... of an item. */
export function expandLists(obj: K8sObject, identify: (o: K8sObject) => K8sObject, depth = 0): K8sObject[] {
  if (!isList(obj.value) || depth >= MAX_NESTING) return [obj];
  const out: K8sObject[] = [];
  obj.value.items.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
    const at = (path: Path): Path => ['items', i, ...path];
    const child: K8sObject = {
      file: obj.file,
      docIndex: obj.docIndex,
      value: item,
      docRange: obj.range(['items', i]),
      range: (path) => obj.range(at(path)),
      keyRange: (path) => obj.keyRange(at(path)),
      has: (path) => obj.has(at(path)),
    };
    out.push(...expandLists(identify(child), identify, depth + 1));
  });
  return out;
}
