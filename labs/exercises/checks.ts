/**
 * Building blocks for lab objectives: they read the parsed files (YAML objects, the Dockerfile model), the
 * shared library's findings and the Pod Security evaluator, and answer with one Korean reason.
 */
import {
  asArray,
  asRecord,
  containersOf,
  evaluatePod,
  podTemplateOf,
  type ContainerRef,
  type Json,
  type K8sObject,
  type PssLevel,
  type Range,
  type Stage,
} from '@w7/grader';
import type { LabContext, ObjectiveResult } from './types';

export function ok(reason: string): ObjectiveResult {
  return { pass: true, reason };
}

export function fail(reason: string, file?: string, range?: Range): ObjectiveResult {
  return { pass: false, reason, ...(file !== undefined ? { file } : {}), ...(range !== undefined ? { range } : {}) };
}

/** The file is empty or does not parse: the failing result that says so, else null. */
export function unreadable(ctx: LabContext, file: string): ObjectiveResult | null {
  if (ctx.text(file).trim() === '') return fail(`${file}이(가) 비어 있습니다.`, file);
  const p = ctx.findings(file).find((f) => f.ruleId.startsWith('parse/') && f.severity === 'error');
  return p ? fail(`${file}을(를) 해석할 수 없습니다: ${p.message}`, file, p) : null;
}

/** Fails with the first finding of these rules in `file`, else passes with `passReason`. */
export function noFindings(ctx: LabContext, file: string, ruleIds: readonly string[], passReason: string): ObjectiveResult {
  const bad = unreadable(ctx, file);
  if (bad) return bad;
  const f = ctx.findings(file, ruleIds)[0];
  return f ? fail(f.message, file, f) : ok(passReason);
}

/**
 * Repository of an image reference, without tag or digest, Docker Hub prefixes removed:
 * `registry.example.com/myapp:1.0@sha256:..` -> `registry.example.com/myapp`, `docker.io/library/nginx` -> `nginx`.
 */
export function imageRepo(image: string): string {
  const noDigest = image.split('@')[0] ?? '';
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const repo = colon > slash ? noDigest.slice(0, colon) : noDigest;
  return repo.replace(/^(?:index\.)?docker\.io\//, '').replace(/^library\//, '');
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function get(v: unknown, ...path: (string | number)[]): unknown {
  let cur = v;
  for (const k of path) cur = typeof k === 'number' ? asArray(cur)[k] : asRecord(cur)?.[k];
  return cur;
}

export interface Workload {
  obj: K8sObject;
  /** Path of the pod (its metadata and spec) in the object. */
  prefix: readonly (string | number)[];
  meta: unknown;
  spec: Json;
  /** Every container (init, regular, ephemeral) with paths from the object root. */
  containers: ContainerRef[];
}

export function workloadsOf(ctx: LabContext, file: string, kind?: string): Workload[] {
  const out: Workload[] = [];
  for (const obj of ctx.objects(file)) {
    if (kind !== undefined && obj.kind !== kind) continue;
    const pod = podTemplateOf(obj);
    if (!pod) continue;
    out.push({ obj, prefix: pod.prefix, meta: pod.metadata, spec: pod.spec, containers: [...containersOf(pod.spec, [...pod.prefix, 'spec'])] });
  }
  return out;
}

export interface App {
  w: Workload;
  c: ContainerRef;
}

/**
 * The workload of `kind` that runs `repo` in a regular container (any tag or digest). Fails when the file is
 * empty or unreadable, the object is gone, or no regular container runs that image any more.
 */
export function findApp(ctx: LabContext, file: string, kind: string, repo: string): App | ObjectiveResult {
  const bad = unreadable(ctx, file);
  if (bad) return bad;
  const ws = workloadsOf(ctx, file, kind);
  if (ws.length === 0) return fail(`${file}에 ${kind}가 없습니다. 지우지 말고 고쳐야 합니다.`, file);
  for (const w of ws) {
    const c = w.containers.find((x) => x.list === 'containers' && imageRepo(str(x.container.image) ?? '') === repo);
    if (c) return { w, c };
  }
  const w = ws[0]!;
  return fail(`${kind} "${w.obj.name ?? ''}"에 ${repo} 이미지를 실행하는 컨테이너가 없습니다. 앱 컨테이너와 이미지는 그대로 두세요.`, file, w.obj.keyRange([...w.prefix, 'spec']));
}

export function isApp(a: App | ObjectiveResult): a is App {
  return 'w' in a;
}

/**
 * Evaluates the workload's pod with the Pod Security Standards (not the namespace labels of the input, so a
 * Namespace relabelled to privileged cannot hide anything). `checkIds` limits the checks; the first
 * violation fails with its Korean detail and position.
 */
export function pssVerdict(w: Workload, file: string, checkIds: readonly string[] | null, passReason: string, level: PssLevel = 'restricted'): ObjectiveResult {
  const bad = evaluatePod(w.meta, w.spec, level, 'latest').find((r) => !r.allowed && (checkIds === null || checkIds.includes(r.checkId)));
  if (!bad) return ok(passReason);
  const loc = bad.locations?.[0];
  const range = loc ? (loc.at === 'key' ? w.obj.keyRange([...w.prefix, ...loc.path]) : w.obj.range([...w.prefix, ...loc.path])) : w.obj.keyRange([...w.prefix, 'spec']);
  return fail(`${bad.forbiddenReason ?? bad.checkId}: ${bad.forbiddenDetailKo ?? bad.forbiddenDetail ?? ''} (pss/${bad.checkId})`, file, range);
}

/** pssVerdict for every workload of the file, after checking the app is still there. */
export function appPss(ctx: LabContext, file: string, kind: string, repo: string, checkIds: readonly string[] | null, passReason: string): ObjectiveResult {
  const app = findApp(ctx, file, kind, repo);
  if (!isApp(app)) return app;
  for (const w of workloadsOf(ctx, file)) {
    const r = pssVerdict(w, file, checkIds, passReason);
    if (!r.pass) return r;
  }
  return ok(passReason);
}

/** Does container `c` mount `path` from an emptyDir volume of the workload (a writable scratch directory)? */
export function emptyDirAt(w: Workload, c: ContainerRef, path: string): boolean {
  const volumes = asArray(w.spec.volumes).map(asRecord);
  return asArray(c.container.volumeMounts).some((m) => {
    const mount = asRecord(m);
    if (str(mount?.mountPath)?.replace(/\/+$/, '') !== path) return false;
    const vol = volumes.find((v) => v !== undefined && str(v.name) === str(mount?.name));
    return vol !== undefined && asRecord(vol.emptyDir) !== undefined;
  });
}

/** The env var `name` of a container: where its value comes from. */
export function envSource(c: ContainerRef, name: string): { kind: 'value'; value: string } | { kind: 'secret'; secret: string; key: string } | { kind: 'other' } | null {
  for (const e of asArray(c.container.env)) {
    const env = asRecord(e);
    if (str(env?.name) !== name) continue;
    if (env?.value !== undefined) return { kind: 'value', value: String(env.value) };
    const ref = asRecord(get(env, 'valueFrom', 'secretKeyRef'));
    const secret = str(ref?.name);
    const key = str(ref?.key);
    if (secret && key) return { kind: 'secret', secret, key };
    return { kind: 'other' };
  }
  return null;
}

/** Does any string in the parsed value (keys and scalars) contain `needle`? */
export function containsString(value: unknown, needle: string): boolean {
  if (typeof value === 'string') return value.includes(needle);
  if (typeof value === 'number') return String(value).includes(needle);
  if (Array.isArray(value)) return value.some((v) => containsString(v, needle));
  const rec = asRecord(value);
  return rec !== undefined && Object.entries(rec).some(([k, v]) => k.includes(needle) || containsString(v, needle));
}

/** The command a stage runs: its last ENTRYPOINT and CMD arguments, joined (exec or shell form). */
export function stageCommand(stage: Stage): string[] {
  let entry: string[] = [];
  let cmd: string[] = [];
  for (const ins of stage.instructions) {
    if (ins.kind === 'entrypoint') entry = ins.args.map((a) => a.value);
    if (ins.kind === 'cmd') cmd = ins.args.map((a) => a.value);
  }
  return [...entry, ...cmd];
}

/** The final stage of a Dockerfile that parses, or a failing result. */
export function finalStage(ctx: LabContext, file: string): Stage | ObjectiveResult {
  const bad = unreadable(ctx, file);
  if (bad) return bad;
  const stage = ctx.dockerfile(file)?.finalStage;
  return stage ?? fail(`${file}에 FROM이 없습니다.`, file);
}

export function isStage(s: Stage | ObjectiveResult): s is Stage {
  return 'instructions' in s;
}

/**
 * The Dockerfile parses, its final stage is still based on `baseRepo` (when given) and still starts `program`
 * (an ENTRYPOINT/CMD word is it or ends with `/program`). Used for "the app must still run".
 */
export function runsProgram(ctx: LabContext, file: string, program: string, baseRepo: string | null): ObjectiveResult {
  const stage = finalStage(ctx, file);
  if (!isStage(stage)) return stage;
  const df = ctx.dockerfile(file)!;
  const syntax = df.findings.find((f) => f.severity === 'error');
  if (syntax) return fail(`Dockerfile 문법 오류: ${syntax.message}`, file, syntax);
  if (baseRepo !== null && stage.imageName !== baseRepo && !stage.imageName.endsWith(`/${baseRepo}`)) {
    return fail(`최종 이미지의 베이스가 ${baseRepo}이(가) 아니라 ${stage.image}입니다. 베이스 이미지는 바꾸지 마세요.`, file, stage.imageRange);
  }
  const cmd = stageCommand(stage);
  if (!cmd.some((a) => a === program || a.endsWith(`/${program}`) || a.split(/\s+/).some((w) => w === program || w.endsWith(`/${program}`)))) {
    return fail(`최종 이미지가 더 이상 ${program}을(를) 실행하지 않습니다 (CMD/ENTRYPOINT).`, file, stage.from.range);
  }
  return ok(`최종 이미지는 여전히 ${program}을(를) 실행합니다.`);
}
