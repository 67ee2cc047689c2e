/**
 * Small, stable helpers for walking Kubernetes objects (used by the schema, k8s/*, rbac/* and pss/* rules).
 * Pure functions over the plain JS value of a parsed document; paths are ready for K8sObject.range()/keyRange().
 */
import type { K8sObject, Path } from '../yaml/document';

export type Json = Record<string, unknown>;

/** A plain object (not null, not an array), else undefined. */
export function asRecord(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

/** An array, else an empty array. */
export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Where the pod template lives, per workload kind (apps/v1, batch/v1 and core/v1 kinds). */
const POD_SPEC_PATHS: Record<string, Path> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Kinds that carry a pod spec. */
export const WORKLOAD_KINDS: readonly string[] = Object.keys(POD_SPEC_PATHS);

export interface PodSpecRef {
  /** The pod spec object. */
  spec: Json;
  /** Its path in the document, e.g. ['spec', 'template', 'spec'] for a Deployment. */
  path: Path;
}

/** The path where `kind` keeps its pod spec, or undefined when the kind has none. */
export function podSpecPathOf(kind: string | undefined): Path | undefined {
  return kind ? POD_SPEC_PATHS[kind] : undefined;
}

/**
 * The pod spec of a workload object, or null when the kind has no pod spec or the spec is
 * missing / not an object (the schema rules report that case).
 */
export function podSpecOf(obj: Pick<K8sObject, 'kind' | 'value'>): PodSpecRef | null {
  const path = podSpecPathOf(obj.kind);
  if (!path) return null;
  let cur: unknown = obj.value;
  for (const seg of path) cur = asRecord(cur)?.[seg as string];
  const spec = asRecord(cur);
  return spec ? { spec, path } : null;
}

export type ContainerListName = 'initContainers' | 'containers' | 'ephemeralContainers';

export interface ContainerRef {
  container: Json;
  /** Path of the container item, e.g. ['spec', 'containers', 0]. */
  path: Path;
  list: ContainerListName;
  index: number;
  /** The container's name when it is a string. */
  name?: string;
}

/** Every container of a pod spec (initContainers, containers, ephemeralContainers, in that order) that is an object. */
export function* containersOf(spec: Json, specPath: Path): Generator<ContainerRef> {
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const items = asArray(spec[list]);
    for (let index = 0; index < items.length; index++) {
      const container = asRecord(items[index]);
      if (!container) continue;
      const name = typeof container.name === 'string' ? container.name : undefined;
      yield { container, path: [...specPath, list, index], list, index, ...(name !== undefined ? { name } : {}) };
    }
  }
}

/** A short label for messages: 'containers[0] "app"'. */
export function containerLabel(c: ContainerRef): string {
  return `${c.list}[${c.index}]${c.name ? ` "${c.name}"` : ''}`;
}

/** The range to point at for a container: its `name` value when present, else its first key. */
export function containerAnchor(obj: Pick<K8sObject, 'range' | 'keyRange' | 'has'>, c: ContainerRef) {
  if (obj.has([...c.path, 'name'])) return obj.range([...c.path, 'name']);
  const first = Object.keys(c.container)[0];
  return first !== undefined ? obj.keyRange([...c.path, first]) : obj.keyRange(c.path);
}
