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
  stageChain,
  type ContainerRef,
  type DockerfileModel,
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

/**
 * The file is empty or does not parse: the failing result that says so, else null. Duplicate YAML keys do not
 * make a file unreadable: kubectl sends the last one, and the objectives judge that value.
 */
export function unreadable(ctx: LabContext, file: string): ObjectiveResult | null {
  if (ctx.text(file).trim() === '') return fail(`${file}이(가) 비어 있습니다.`, file);
  const p = ctx.findings(file).find((f) => f.ruleId.startsWith('parse/') && f.severity === 'error' && f.ruleId !== 'parse/yaml-duplicate-key');
  return p ? fail(`${file}을(를) 해석할 수 없습니다: ${p.message}`, file, p) : null;
}

/** Fails with the first finding of these rules in `file`, else passes with `passReason`. */
export function noFindings(ctx: LabContext, file: string, ruleIds: readonly string[], passReason: string): ObjectiveResult {
  const bad = unreadable(ctx, file);
  if (bad) return bad;
  const f = ctx.findings(file, ruleIds)[0];
  return f ? fail(f.message, file, f) : ok(passReason);
}

/** The schema rules whose findings mean kube-apiserver (or `kubectl apply` with strict field validation) refuses the object. */
export const API_REJECTS = [
  'schema/required',
  'schema/type',
  'schema/unknown-field',
  'schema/api-deprecated',
  'schema/api-validation',
  'schema/selector-mismatch',
] as const;

/**
 * The file as the API server receives it: empty, unreadable or refused objects fail with the API's reason
 * (a refused manifest is never applied, so its security settings do not exist either).
 */
export function apiAccepts(ctx: LabContext, file: string, passReason = 'API 서버가 받아들입니다.'): ObjectiveResult {
  const bad = unreadable(ctx, file);
  if (bad) return bad;
  const f = ctx.findings(file, API_REJECTS).find((x) => x.severity === 'error');
  return f ? fail(`API 서버가 거부합니다(${f.ruleId}): ${f.message}`, file, f) : ok(passReason);
}

/**
 * Pod Security exempts Pods with spec.os.name windows from its Linux checks (seccomp, capabilities, privilege
 * escalation). The labs run Linux images, so such a Pod would run on no node: it fails here instead of passing
 * restricted on a technicality.
 */
export function linuxPod(w: Workload, file: string): ObjectiveResult | null {
  const os = get(w.spec, 'os', 'name');
  if (os === undefined || os === 'linux') return null;
  return fail(
    `os.name: ${String(os)}: Pod Security는 Windows Pod에서 seccomp·capabilities·권한 상승 검사를 건너뛰지만, 이 실습의 이미지는 Linux 이미지라 그런 Pod는 어느 노드에서도 뜨지 않습니다(k8s/windows-linux-image). os.name을 지우거나 linux로 두세요.`,
    file,
    w.obj.keyRange([...w.prefix, 'spec', 'os']),
  );
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
  return fail(
    `${kind} "${w.obj.name ?? ''}"에 ${repo} 이미지를 실행하는 컨테이너가 없습니다. 앱 컨테이너와 이미지는 그대로 두세요.`,
    file,
    w.obj.keyRange([...w.prefix, 'spec']),
  );
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
  const range = loc
    ? loc.at === 'key'
      ? w.obj.keyRange([...w.prefix, ...loc.path])
      : w.obj.range([...w.prefix, ...loc.path])
    : w.obj.keyRange([...w.prefix, 'spec']);
  return fail(`${bad.forbiddenReason ?? bad.checkId}: ${bad.forbiddenDetailKo ?? bad.forbiddenDetail ?? ''} (pss/${bad.checkId})`, file, range);
}

/** The fields each Pod Security check reads: an API rejection of one of them fails the objective that check serves. */
const CHECK_FIELDS: Readonly<Record<string, readonly string[]>> = {
  runAsNonRoot: ['runAsNonRoot', 'runAsUser'],
  runAsUser: ['runAsUser'],
  privileged: ['privileged'],
  allowPrivilegeEscalation: ['allowPrivilegeEscalation'],
  capabilities_baseline: ['capabilities'],
  capabilities_restricted: ['capabilities'],
  seccompProfile_baseline: ['seccompProfile'],
  seccompProfile_restricted: ['seccompProfile'],
};

/**
 * pssVerdict for every workload of the file, after checking the app is still there, that the API server
 * accepts what these checks read (all of the file when `checkIds` is null) and that no Pod dodges the Linux
 * checks with os.name: windows.
 */
export function appPss(ctx: LabContext, file: string, kind: string, repo: string, checkIds: readonly string[] | null, passReason: string): ObjectiveResult {
  const app = findApp(ctx, file, kind, repo);
  if (!isApp(app)) return app;
  if (checkIds === null) {
    const api = apiAccepts(ctx, file);
    if (!api.pass) return api;
  } else {
    const fields = checkIds.flatMap((id) => CHECK_FIELDS[id] ?? []);
    const f = ctx
      .findings(file, API_REJECTS)
      .find((x) => x.severity === 'error' && fields.some((name) => new RegExp(`\\b${name}\\b`).test(x.messageEn ?? x.message)));
    if (f) return fail(`API 서버가 거부합니다(${f.ruleId}): ${f.message}`, file, f);
  }
  for (const w of workloadsOf(ctx, file)) {
    const r = linuxPod(w, file) ?? pssVerdict(w, file, checkIds, passReason);
    if (!r.pass) return r;
  }
  return ok(passReason);
}

/**
 * Does the workload object start Pods? replicas as the API and the controller read them (absent = 1; a string,
 * a fraction or a negative number is refused; 0 runs nothing) and a Deployment created paused (no ReplicaSet).
 */
export function startsPods(w: Workload, file: string): ObjectiveResult {
  const { obj } = w;
  const replicas = get(obj.value, 'spec', 'replicas');
  if (replicas !== undefined && replicas !== null && (typeof replicas !== 'number' || !Number.isInteger(replicas))) {
    return fail(`replicas ${JSON.stringify(replicas)}: 정수여야 합니다. API 서버가 거부합니다.`, file, obj.range(['spec', 'replicas']));
  }
  if (typeof replicas === 'number' && replicas < 0)
    return fail(`replicas: ${replicas}는 API 서버가 거부합니다(0 이상). Pod가 하나도 만들어지지 않습니다.`, file, obj.range(['spec', 'replicas']));
  if (replicas === 0) return fail('replicas: 0이면 Pod가 하나도 없습니다.', file, obj.range(['spec', 'replicas']));
  if (obj.kind === 'Deployment' && get(obj.value, 'spec', 'paused') === true)
    return fail('paused: true로 만든 Deployment는 ReplicaSet을 만들지 않아 Pod가 하나도 없습니다.', file, obj.keyRange(['spec', 'paused']));
  return ok(`${typeof replicas === 'number' ? replicas : 1}개의 Pod를 실행합니다.`);
}

/**
 * Does container `c` mount `path` writable from an emptyDir 볼륨 of the workload (a writable scratch
 * directory)? A readOnly mount or a subPath of it does not make `path` itself writable.
 */
export function emptyDirAt(w: Workload, c: ContainerRef, path: string): boolean {
  const volumes = asArray(w.spec.volumes).map(asRecord);
  return asArray(c.container.volumeMounts).some((m) => {
    const mount = asRecord(m);
    if (str(mount?.mountPath)?.replace(/\/+$/, '') !== path) return false;
    if (mount?.readOnly === true || mount?.recursiveReadOnly === 'Enabled') return false;
    const vol = volumes.find((v) => v !== undefined && str(v.name) === str(mount?.name));
    return vol !== undefined && asRecord(vol.emptyDir) !== undefined;
  });
}

/**
 * The env var `name` of a container: where its value comes from, as the kubelet sets it. With duplicate names the
 * last entry wins; `value: $(OTHER)` takes the value of an env var defined before it.
 */
export function envSource(
  c: ContainerRef,
  name: string,
): { kind: 'value'; value: string } | { kind: 'secret'; secret: string; key: string } | { kind: 'other' } | null {
  const entries = asArray(c.container.env).map(asRecord);
  const resolve = (n: string, before: number, depth: number): ReturnType<typeof envSource> => {
    for (let i = before - 1; i >= 0; i--) {
      const env = entries[i];
      if (str(env?.name) !== n) continue;
      if (env?.value !== undefined) {
        const ref = /^\$\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(String(env.value));
        return ref && depth < 8 ? (resolve(ref[1]!, i, depth + 1) ?? { kind: 'value', value: String(env.value) }) : { kind: 'value', value: String(env.value) };
      }
      const ref = asRecord(get(env, 'valueFrom', 'secretKeyRef'));
      const secret = str(ref?.name);
      const key = str(ref?.key);
      if (secret && key) return { kind: 'secret', secret, key };
      return { kind: 'other' };
    }
    return null;
  };
  return resolve(name, entries.length, 0);
}

/** Does any string in the parsed value (keys and scalars) contain `needle`? */
export function containsString(value: unknown, needle: string): boolean {
  if (typeof value === 'string') return value.includes(needle);
  if (typeof value === 'number') return String(value).includes(needle);
  if (Array.isArray(value)) return value.some((v) => containsString(v, needle));
  const rec = asRecord(value);
  return rec !== undefined && Object.entries(rec).some(([k, v]) => k.includes(needle) || containsString(v, needle));
}

/**
 * The command a stage's image runs: the last ENTRYPOINT and CMD along its FROM <stage> chain (exec or shell form).
 * As in BuildKit, a new ENTRYPOINT clears a CMD set before it.
 */
export function stageCommand(df: DockerfileModel, stage: Stage): string[] {
  let entry: string[] = [];
  let cmd: string[] = [];
  for (const s of stageChain(df, stage)) {
    for (const ins of s.instructions) {
      if (ins.kind === 'entrypoint') {
        entry = ins.args.map((a) => a.value);
        cmd = [];
      }
      if (ins.kind === 'cmd') cmd = ins.args.map((a) => a.value);
    }
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
  // FROM <stage>: the base is the image the chain starts from.
  const root = stageChain(df, stage)[0]!;
  if (baseRepo !== null && root.imageName !== baseRepo && !root.imageName.endsWith(`/${baseRepo}`)) {
    return fail(`최종 이미지의 베이스가 ${baseRepo}이(가) 아니라 ${root.image}입니다. 베이스 이미지는 바꾸지 마세요.`, file, root.imageRange);
  }
  const cmd = stageCommand(df, stage);
  if (!cmd.some((a) => a === program || a.endsWith(`/${program}`) || a.split(/\s+/).some((w) => w === program || w.endsWith(`/${program}`)))) {
    return fail(`최종 이미지가 더 이상 ${program}을(를) 실행하지 않습니다 (CMD/ENTRYPOINT).`, file, stage.from.range);
  }
  return ok(`최종 이미지는 여전히 ${program}을(를) 실행합니다.`);
}
