/**
 * `docker run` / `docker create` read the way the docker CLI (pflag) reads them, and the container they start
 * judged as the daemon would set it up: later values win for single options (`--read-only=false`,
 * `no-new-privileges=false`), list options accumulate, and every option that undoes isolation is reported
 * (host namespaces, devices, host paths and the Docker socket, privileged, added capabilities, unconfined
 * profiles). Pure; never throws.
 */
import type { Arg, ExecCommand } from './script';

/** Options of `docker run` that take a value (docker 28). */
const VALUE = new Set([
  'add-host',
  'annotation',
  'attach',
  'blkio-weight',
  'blkio-weight-device',
  'cap-add',
  'cap-drop',
  'cgroup-parent',
  'cgroupns',
  'cidfile',
  'cpu-count',
  'cpu-percent',
  'cpu-period',
  'cpu-quota',
  'cpu-rt-period',
  'cpu-rt-runtime',
  'cpu-shares',
  'cpus',
  'cpuset-cpus',
  'cpuset-mems',
  'detach-keys',
  'device',
  'device-cgroup-rule',
  'device-read-bps',
  'device-read-iops',
  'device-write-bps',
  'device-write-iops',
  'dns',
  'dns-option',
  'dns-opt',
  'dns-search',
  'domainname',
  'entrypoint',
  'env',
  'env-file',
  'expose',
  'gpus',
  'group-add',
  'health-cmd',
  'health-interval',
  'health-retries',
  'health-start-interval',
  'health-start-period',
  'health-timeout',
  'hostname',
  'io-maxbandwidth',
  'io-maxiops',
  'ip',
  'ip6',
  'ipc',
  'isolation',
  'kernel-memory',
  'label',
  'label-file',
  'link',
  'link-local-ip',
  'log-driver',
  'log-opt',
  'mac-address',
  'memory',
  'memory-reservation',
  'memory-swap',
  'memory-swappiness',
  'mount',
  'name',
  'network',
  'net',
  'network-alias',
  'net-alias',
  'oom-score-adj',
  'pid',
  'pids-limit',
  'platform',
  'publish',
  'pull',
  'restart',
  'runtime',
  'security-opt',
  'shm-size',
  'stop-signal',
  'stop-timeout',
  'storage-opt',
  'sysctl',
  'tmpfs',
  'ulimit',
  'user',
  'userns',
  'uts',
  'volume',
  'volume-driver',
  'volumes-from',
  'workdir',
]);
/** Boolean options (`--x`, `--x=true|false`; never the next word). */
const SWITCH = new Set([
  'detach',
  'disable-content-trust',
  'help',
  'init',
  'interactive',
  'no-healthcheck',
  'oom-kill-disable',
  'privileged',
  'publish-all',
  'quiet',
  'read-only',
  'rm',
  'sig-proxy',
  'tty',
  'use-api-socket',
]);
const SHORT: Record<string, string> = {
  a: 'attach',
  c: 'cpu-shares',
  d: 'detach',
  e: 'env',
  h: 'hostname',
  i: 'interactive',
  l: 'label',
  m: 'memory',
  p: 'publish',
  P: 'publish-all',
  q: 'quiet',
  t: 'tty',
  u: 'user',
  v: 'volume',
  w: 'workdir',
};
/** Global options of the docker CLI, before the subcommand. */
const GLOBAL_VALUE = new Set(['config', 'context', 'c', 'host', 'H', 'log-level', 'l', 'tlscacert', 'tlscert', 'tlskey']);
const RUNTIMES = new Set(['docker', 'podman', 'nerdctl']);

export interface RunOption {
  name: string;
  /** null for a switch written without `=value`. */
  value: string | null;
  arg: Arg;
}

export type DockerCall =
  | { kind: 'start'; sub: 'run' | 'create'; command: ExecCommand; options: RunOption[]; image: Arg | null; problem?: { message: string; arg: Arg } }
  | { kind: 'exec'; command: ExecCommand; options: RunOption[]; problem?: { message: string; arg: Arg } }
  | { kind: 'compose'; command: ExecCommand }
  | { kind: 'unknown'; command: ExecCommand; message: string }
  | { kind: 'other'; command: ExecCommand };

/** What a docker (podman, nerdctl) command does; null for other programs. */
export function readDockerCall(cmd: ExecCommand): DockerCall | null {
  if (cmd.name === 'docker-compose') return { kind: 'compose', command: cmd };
  if (!RUNTIMES.has(cmd.name)) return null;
  const a = cmd.args;
  let i = 0;
  while (i < a.length && a[i]!.value.startsWith('-') && !a[i]!.unknown) {
    const v = a[i]!.value;
    const name = v.replace(/^--?/, '').split('=')[0]!;
    i += !v.includes('=') && GLOBAL_VALUE.has(name) ? 2 : 1;
  }
  if (i < a.length && a[i]!.unknown) return { kind: 'unknown', command: cmd, message: `docker 하위 명령 ${a[i]!.raw}의 값을 알 수 없습니다` };
  let sub = a[i]?.value ?? '';
  if (sub === 'container') sub = a[++i]?.value ?? '';
  if (sub === 'compose') return { kind: 'compose', command: cmd };
  if (sub === 'run' || sub === 'create') {
    const r = readOptions(a.slice(i + 1), true);
    return { kind: 'start', sub, command: cmd, options: r.options, image: r.rest[0] ?? null, ...(r.problem ? { problem: r.problem } : {}) };
  }
  if (sub === 'exec') {
    const r = readOptions(a.slice(i + 1), false);
    return { kind: 'exec', command: cmd, options: r.options, ...(r.problem ? { problem: r.problem } : {}) };
  }
  return { kind: 'other', command: cmd };
}

/** pflag reading up to the first positional argument (docker run does not intersperse options). */
function readOptions(args: Arg[], run: boolean): { options: RunOption[]; rest: Arg[]; problem?: { message: string; arg: Arg } } {
  const options: RunOption[] = [];
  const known = (name: string) => (run ? VALUE.has(name) || SWITCH.has(name) : EXEC_VALUE.has(name) || EXEC_SWITCH.has(name));
  const takesValue = (name: string) => (run ? VALUE.has(name) : EXEC_VALUE.has(name));
  let i = 0;
  for (; i < args.length; i++) {
    const w = args[i]!;
    if (w.unknown)
      return {
        options,
        rest: args.slice(i),
        problem: { message: `값을 알 수 없는 인수(${w.raw})가 있어 어떤 옵션이 쓰이는지 확인할 수 없습니다. 변수는 스크립트 안에서 값을 정하세요.`, arg: w },
      };
    const t = w.value;
    if (t === '--') {
      i++;
      break;
    }
    if (t.startsWith('--')) {
      const eq = t.indexOf('=');
      const name = eq < 0 ? t.slice(2) : t.slice(2, eq);
      if (!known(name)) return { options, rest: [], problem: { message: `docker가 모르는 옵션 --${name}입니다. docker run이 실패합니다.`, arg: w } };
      if (eq >= 0) options.push({ name, value: t.slice(eq + 1), arg: w });
      else if (takesValue(name)) {
        const v = args[++i];
        if (!v) return { options, rest: [], problem: { message: `--${name}에 값이 없습니다.`, arg: w } };
        if (v.unknown)
          return { options, rest: [], problem: { message: `--${name}의 값(${v.raw})을 알 수 없습니다. 변수는 스크립트 안에서 값을 정하세요.`, arg: v } };
        options.push({ name, value: v.value, arg: w });
      } else options.push({ name, value: null, arg: w });
    } else if (t.startsWith('-') && t.length > 1) {
      for (let k = 1; k < t.length; k++) {
        const name = SHORT[t[k]!];
        if (!name || !known(name)) return { options, rest: [], problem: { message: `docker가 모르는 옵션 -${t[k]}입니다. docker run이 실패합니다.`, arg: w } };
        if (!takesValue(name)) {
          options.push({ name, value: t[k + 1] === '=' ? t.slice(k + 2) : null, arg: w });
          if (t[k + 1] === '=') break;
          continue;
        }
        const rest = t.slice(k + 1).replace(/^=/, '');
        if (rest) options.push({ name, value: rest, arg: w });
        else {
          const v = args[++i];
          if (!v) return { options, rest: [], problem: { message: `-${t[k]}에 값이 없습니다.`, arg: w } };
          if (v.unknown) return { options, rest: [], problem: { message: `-${t[k]}의 값(${v.raw})을 알 수 없습니다.`, arg: v } };
          options.push({ name, value: v.value, arg: w });
        }
        break;
      }
    } else break;
  }
  return { options, rest: args.slice(i) };
}

const EXEC_VALUE = new Set(['detach-keys', 'env', 'env-file', 'user', 'workdir']);
const EXEC_SWITCH = new Set(['detach', 'interactive', 'privileged', 'tty']);

/** pflag's strconv.ParseBool: true for 1, t, T, TRUE, true, True; false likewise; null for anything else. */
export function parseBool(v: string | null): boolean | null {
  if (v === null) return true;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return null;
}

const last = (opts: readonly RunOption[], ...names: string[]) => [...opts].reverse().find((o) => names.includes(o.name));
const all = (opts: readonly RunOption[], ...names: string[]) => opts.filter((o) => names.includes(o.name));

/** The effective value of a boolean option: the last one wins. */
export function switchOn(opts: readonly RunOption[], name: string): { on: boolean; option?: RunOption } {
  const o = last(opts, name);
  return o ? { on: parseBool(o.value) === true, option: o } : { on: false };
}

export function capName(c: string): string {
  return c.trim().toUpperCase().replace(/^CAP_/, '');
}

/** The capabilities the container gets back (cap-add after any cap-drop), with the option that adds each. */
export function addedCapabilities(opts: readonly RunOption[]): { cap: string; option: RunOption }[] {
  return all(opts, 'cap-add').flatMap((o) =>
    (o.value ?? '')
      .split(',')
      .filter((c) => c.trim() !== '')
      .map((c) => ({ cap: capName(c), option: o })),
  );
}

export function dropsAll(opts: readonly RunOption[]): boolean {
  return all(opts, 'cap-drop').some((o) => (o.value ?? '').split(',').some((c) => capName(c) === 'ALL'));
}

/** `--security-opt` entries as the daemon reads them: `key=value` or the legacy `key:value`. */
export function securityOpts(opts: readonly RunOption[]): { key: string; value: string; option: RunOption }[] {
  return all(opts, 'security-opt').map((o) => {
    const v = o.value ?? '';
    const m = /^([a-z-]+)[=:]([\s\S]*)$/.exec(v);
    return m ? { key: m[1]!, value: m[2]!, option: o } : { key: v, value: '', option: o };
  });
}

/** no-new-privileges in effect: the last `no-new-privileges[=|:]bool` wins (bare means true). */
export function noNewPrivileges(opts: readonly RunOption[]): { on: boolean; option?: RunOption } {
  const nnp = securityOpts(opts).filter((s) => s.key === 'no-new-privileges');
  const l = nnp[nnp.length - 1];
  if (!l) return { on: false };
  return { on: l.value === '' ? true : parseBool(l.value) === true, option: l.option };
}

/** Mount targets that are tmpfs: `--tmpfs /tmp[:opts]`, `--mount type=tmpfs,destination=/tmp`. */
export function tmpfsTargets(opts: readonly RunOption[]): string[] {
  const out = all(opts, 'tmpfs').map((o) => clean((o.value ?? '').split(':')[0]!));
  for (const m of mounts(opts)) if (m.type === 'tmpfs' && m.target) out.push(m.target);
  return out;
}

const clean = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);

interface MountSpec {
  type: string;
  source: string | null;
  target: string | null;
  volumeOpts: string[];
  option: RunOption;
}

/** A `-v` source that is a host path rather than a volume name (absolute, relative or home). */
function hostPath(src: string): boolean {
  return /^[/.~]/.test(src);
}

/** `--mount` values: comma-separated key=value (CSV, quotes allowed), type defaulting to volume. */
export function mounts(opts: readonly RunOption[]): MountSpec[] {
  return all(opts, 'mount').map((o) => {
    const fields = (o.value ?? '').match(/("[^"]*"|[^,])+/g) ?? [];
    const kv: [string, string][] = fields.map((f) => {
      const eq = f.indexOf('=');
      const unq = (x: string) => x.replace(/^"|"$/g, '');
      return eq < 0 ? [unq(f).toLowerCase(), 'true'] : [unq(f.slice(0, eq)).toLowerCase(), unq(f.slice(eq + 1))];
    });
    const get = (...keys: string[]) => [...kv].reverse().find(([k]) => keys.includes(k))?.[1] ?? null;
    const target = get('destination', 'dst', 'target');
    return {
      type: (get('type') ?? 'volume').toLowerCase(),
      source: get('source', 'src'),
      target: target === null ? null : clean(target),
      volumeOpts: kv.filter(([k]) => k === 'volume-opt').map(([, v]) => v),
      option: o,
    };
  });
}

/** An option that undoes isolation: a message id of the docker/run-host-access rule, its data, and the option. */
export interface Isolation {
  messageId: string;
  data: Record<string, string>;
  option: RunOption;
}

const SOCKET = /(^|\/)docker\.sock$|^\/var\/run\/docker|^\/run\/docker|containerd\.sock$|podman\.sock$/;

/** Every option that undoes isolation from the host, in command order. */
export function isolationProblems(opts: readonly RunOption[]): Isolation[] {
  const out: Isolation[] = [];
  const add = (option: RunOption, messageId: string, data: Record<string, string> = {}) => out.push({ option, messageId, data });
  for (const o of opts) {
    const v = o.value ?? '';
    switch (o.name) {
      case 'privileged':
        if (parseBool(o.value) === true) add(o, 'privileged');
        break;
      case 'pid':
      case 'ipc':
      case 'uts':
      case 'network':
      case 'net':
      case 'userns':
      case 'cgroupns':
        if (v === 'host') add(o, 'hostNamespace', { flag: o.name, namespace: o.name === 'net' ? 'network' : o.name });
        break;
      case 'device':
      case 'device-cgroup-rule':
      case 'gpus':
        add(o, 'device', { flag: o.name, value: v });
        break;
      case 'use-api-socket':
        if (parseBool(o.value) === true) add(o, 'apiSocket');
        break;
      case 'volumes-from':
        add(o, 'volumesFrom', { value: v });
        break;
      case 'volume': {
        // -v /dst alone is an anonymous volume; src:dst[:mode] with a path source is a bind mount of the host.
        const parts = v.split(':');
        const src = parts.length >= 2 ? parts[0]! : null;
        if (src !== null && hostPath(src)) add(o, SOCKET.test(src) ? 'dockerSocket' : src === '/' ? 'hostRoot' : 'hostPath', { value: v, source: src });
        break;
      }
      case 'security-opt': {
        const m = /^([a-z-]+)[=:]([\s\S]*)$/.exec(v);
        const key = m?.[1] ?? v;
        const val = m?.[2] ?? '';
        if ((key === 'seccomp' || key === 'apparmor') && val === 'unconfined') add(o, 'unconfined', { value: v, profile: key });
        if (key === 'systempaths' && val === 'unconfined') add(o, 'systemPaths', { value: v });
        if (key === 'label' && (val === 'disable' || /type:(?:spc_t|unconfined_t)/.test(val))) add(o, 'selinuxOff', { value: v });
        break;
      }
    }
  }
  for (const m of mounts(opts)) {
    if (m.type === 'bind')
      add(m.option, m.source && SOCKET.test(m.source) ? 'dockerSocket' : 'bindMount', { value: m.option.value ?? '', source: m.source ?? '' });
    else if (m.type === 'volume' && m.volumeOpts.some((x) => /^device=/.test(x)) && m.volumeOpts.some((x) => /^o=.*\bbind\b/.test(x)))
      add(m.option, 'volumeOptBind');
  }
  return out;
}

/** Host address and container port of a `-p` value: `[ip:][hostPort:]containerPort[/proto]`, `[::1]:8080:8080`. */
export function parsePublish(v: string): { ip: string | null; containerPort: string; protocol: string } {
  const [spec = '', protocol = 'tcp'] = v.split('/');
  if (spec.startsWith('[')) {
    const end = spec.indexOf(']');
    const rest = spec.slice(end + 2).split(':');
    return { ip: spec.slice(1, end), containerPort: rest[rest.length - 1]!, protocol };
  }
  const parts = spec.split(':');
  return { ip: parts.length >= 3 ? parts.slice(0, parts.length - 2).join(':') : null, containerPort: parts[parts.length - 1]!, protocol };
}

/** Loopback addresses (127.0.0.0/8 and ::1); docker takes IP addresses only, so `localhost` is not one. */
export function isLoopback(ip: string): boolean {
  return /^127\.(?:\d{1,3}\.){2}\d{1,3}$/.test(ip) || ip === '::1' || /^0*:(?:0*:){6}0*1$/.test(ip);
}

export { all as optionsNamed, last as lastOption };
