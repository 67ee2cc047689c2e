import { LineIndex, parseShellText, type Range, type ShellCommand, type ShellWord } from '@w7/grader';
import { fail, imageRepo, ok } from '../checks';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';

const STARTER = `#!/bin/sh
# Runs the web server (nginx-unprivileged listens on 8080 and writes its pid and temp files to /tmp)
docker run -d --name web \\
  -p 8080:8080 \\
  nginxinc/nginx-unprivileged:1.29-alpine
`;

const FILE = 'run.sh';
const IMAGE = 'nginxinc/nginx-unprivileged';
const SECTION = 'container-security#최소-권한-원칙';

/** Options of `docker run` that take a value; every other option is a switch. */
const VALUE_OPTIONS = new Set([
  'add-host', 'attach', 'blkio-weight', 'cap-add', 'cap-drop', 'cgroup-parent', 'cgroupns', 'cidfile', 'cpu-period', 'cpu-quota', 'cpu-shares',
  'cpus', 'cpuset-cpus', 'cpuset-mems', 'device', 'dns', 'dns-option', 'dns-search', 'domainname', 'entrypoint', 'env', 'env-file', 'expose',
  'gpus', 'group-add', 'health-cmd', 'health-interval', 'health-retries', 'health-start-period', 'health-timeout', 'hostname', 'ip', 'ip6', 'ipc',
  'isolation', 'label', 'label-file', 'link', 'log-driver', 'log-opt', 'mac-address', 'memory', 'memory-reservation', 'memory-swap', 'mount',
  'name', 'network', 'net', 'network-alias', 'pid', 'pids-limit', 'platform', 'publish', 'pull', 'restart', 'runtime', 'security-opt', 'shm-size',
  'stop-signal', 'stop-timeout', 'storage-opt', 'sysctl', 'tmpfs', 'ulimit', 'user', 'userns', 'uts', 'volume', 'volumes-from', 'workdir',
]);
const SHORT: Record<string, string> = { p: 'publish', u: 'user', e: 'env', v: 'volume', w: 'workdir', m: 'memory', l: 'label', h: 'hostname', c: 'cpu-shares', d: 'detach', i: 'interactive', t: 'tty', P: 'publish-all', q: 'quiet' };

export interface RunOption {
  name: string;
  /** null for a switch without `=value`. */
  value: string | null;
  range: Range;
}

export interface DockerRun {
  command: ShellCommand;
  options: RunOption[];
  image: ShellWord | null;
}

const word = (w: ShellWord) => w.value ?? w.text;

/** Reads `docker run` / `docker container run` the way the docker CLI does: options, then the image, then its command. */
export function readDockerRun(cmd: ShellCommand): DockerRun | null {
  const words = cmd.args;
  let i = 0;
  if (cmd.name !== 'docker') return null;
  const at = (k: number) => (words[k] ? word(words[k]) : '');
  if (at(0) === 'container') i++;
  if (at(i) !== 'run') return null;
  i++;
  const options: RunOption[] = [];
  for (; i < words.length; i++) {
    const w = words[i]!;
    const t = word(w);
    if (t === '--') {
      i++;
      break;
    }
    if (t.startsWith('--')) {
      const eq = t.indexOf('=');
      const name = eq < 0 ? t.slice(2) : t.slice(2, eq);
      if (eq >= 0) options.push({ name, value: t.slice(eq + 1), range: w.range });
      else if (VALUE_OPTIONS.has(name) && i + 1 < words.length) options.push({ name, value: word(words[++i]!), range: w.range });
      else options.push({ name, value: null, range: w.range });
    } else if (t.startsWith('-') && t.length > 1) {
      for (let k = 1; k < t.length; k++) {
        const name = SHORT[t[k]!] ?? t[k]!;
        if (!VALUE_OPTIONS.has(name)) {
          options.push({ name, value: null, range: w.range });
          continue;
        }
        const rest = t.slice(k + 1).replace(/^=/, '');
        if (rest) options.push({ name, value: rest, range: w.range });
        else if (i + 1 < words.length) options.push({ name, value: word(words[++i]!), range: w.range });
        break;
      }
    } else break;
  }
  return { command: cmd, options, image: words[i] ?? null };
}

/** The one `docker run` of the script, or a failing result. */
export function theRun(ctx: LabContext): DockerRun | ObjectiveResult {
  const text = ctx.text(FILE).replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail(`${FILE}이(가) 비어 있습니다.`, FILE);
  const index = new LineIndex(text);
  const parsed = parseShellText(text);
  if (!parsed.ok) return fail(`${FILE}을(를) shell로 해석할 수 없습니다: ${parsed.message}`, FILE, index.range(parsed.offset, parsed.offset + 1));
  const runs = parsed.script.commands.map(readDockerRun).filter((r): r is DockerRun => r !== null);
  if (runs.length === 0) return fail('docker run 명령이 없습니다. 컨테이너를 실행하는 명령은 남겨 두세요.', FILE);
  if (runs.length > 1) return fail(`docker run이 ${runs.length}개입니다. 하나의 명령만 고치세요.`, FILE, runs[1]!.command.range);
  const run = runs[0]!;
  if (!run.image) return fail('docker run에 이미지가 없습니다.', FILE, run.command.range);
  if (imageRepo(word(run.image)) !== IMAGE) return fail(`이미지가 ${IMAGE}가 아니라 ${word(run.image)}입니다. 이미지는 바꾸지 마세요.`, FILE, run.image.range);
  return run;
}

function withRun(check: (run: DockerRun) => ObjectiveResult): (ctx: LabContext) => ObjectiveResult {
  return (ctx) => {
    const run = theRun(ctx);
    return 'options' in run ? check(run) : run;
  };
}

const opts = (run: DockerRun, ...names: string[]) => run.options.filter((o) => names.includes(o.name));
const isTrue = (o: RunOption) => o.value === null || o.value === 'true';

/** `--tmpfs /tmp[:opts]` or `--mount type=tmpfs,destination=/tmp`. */
function tmpfsAt(run: DockerRun, path: string): boolean {
  if (opts(run, 'tmpfs').some((o) => o.value?.split(':')[0]?.replace(/\/+$/, '') === path)) return true;
  return opts(run, 'mount').some((o) => {
    const kv = new Map((o.value ?? '').split(',').map((p) => [p.split('=')[0]!, p.slice(p.indexOf('=') + 1)] as const));
    const dest = kv.get('destination') ?? kv.get('dst') ?? kv.get('target');
    return kv.get('type') === 'tmpfs' && dest?.replace(/\/+$/, '') === path;
  });
}

/** Host address and container port of a `-p` value: `[ip:]host:container[/proto]`, `[::1]:8080:8080`. */
export function parsePublish(v: string): { ip: string | null; containerPort: string } {
  const spec = v.split('/')[0]!;
  if (spec.startsWith('[')) {
    const end = spec.indexOf(']');
    const rest = spec.slice(end + 2).split(':');
    return { ip: spec.slice(1, end), containerPort: rest[rest.length - 1]! };
  }
  const parts = spec.split(':');
  return { ip: parts.length >= 3 ? parts.slice(0, parts.length - 2).join(':') : null, containerPort: parts[parts.length - 1]! };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const lab: LabMeta = {
  id: 'docker-run-flags',
  title: 'docker run: 실행 옵션으로 컨테이너 강화하기',
  summary:
    'run.sh의 docker run은 기본값 그대로 실행합니다. 같은 이미지를 숫자 UID의 비루트 사용자, 읽기 전용 root filesystem(/tmp만 tmpfs), capability 전부 제거, no-new-privileges로 실행하고, 포트는 127.0.0.1에만 여세요.',
  files: [{ name: FILE, language: 'shell', starter: STARTER }],
  objectives: [
    {
      id: 'runs-image',
      title: 'docker run 하나가 nginx-unprivileged 이미지를 실행한다',
      section: 'basics#기본-docker-명령어',
      check: withRun(() => ok(`docker run이 ${IMAGE}를 실행합니다.`)),
    },
    {
      id: 'non-root-user',
      title: '--user로 root가 아닌 숫자 UID를 지정한다',
      section: SECTION,
      check: withRun((run) => {
        const u = opts(run, 'user').pop();
        if (!u?.value) return fail('--user가 없습니다. 이미지 기본 사용자에 기대지 말고 숫자 UID를 지정하세요(예: --user 101:101).', FILE, run.command.range);
        const uid = u.value.split(':')[0]!;
        if (!/^\d+$/.test(uid)) return fail(`--user ${u.value}: 숫자 UID를 쓰세요.`, FILE, u.range);
        if (Number(uid) === 0) return fail('--user 0은 root입니다.', FILE, u.range);
        return ok(`--user ${u.value}로 비루트 실행합니다.`);
      }),
    },
    {
      id: 'read-only-rootfs',
      title: '--read-only로 실행하고 /tmp만 tmpfs로 쓸 수 있다',
      section: SECTION,
      check: withRun((run) => {
        const ro = opts(run, 'read-only').pop();
        if (!ro || !isTrue(ro)) return fail('--read-only가 없습니다. root filesystem을 읽기 전용으로 만드세요.', FILE, ro?.range ?? run.command.range);
        if (!tmpfsAt(run, '/tmp')) return fail('읽기 전용이면 nginx가 /tmp에 pid와 임시 파일을 쓰지 못합니다. --tmpfs /tmp를 추가하세요.', FILE, ro.range);
        return ok('root filesystem은 읽기 전용이고 /tmp만 tmpfs입니다.');
      }),
    },
    {
      id: 'drop-capabilities',
      title: '--cap-drop ALL로 capability를 모두 뺀다 (privileged 없이)',
      section: SECTION,
      check: withRun((run) => {
        const priv = opts(run, 'privileged').find(isTrue);
        if (priv) return fail('--privileged는 모든 capability와 장치를 줍니다. 지우세요.', FILE, priv.range);
        const added = opts(run, 'cap-add').flatMap((o) => (o.value ?? '').split(',').map((c) => ({ o, cap: c.trim().toUpperCase().replace(/^CAP_/, '') })));
        const extra = added.find((a) => a.cap !== 'NET_BIND_SERVICE');
        if (extra) return fail(`--cap-add ${extra.cap}: 다시 추가해도 되는 것은 꼭 필요한 NET_BIND_SERVICE 정도뿐입니다.`, FILE, extra.o.range);
        const drops = opts(run, 'cap-drop').some((o) => (o.value ?? '').split(',').some((c) => c.trim().toUpperCase() === 'ALL'));
        return drops ? ok('--cap-drop ALL로 기본 capability를 모두 뺐습니다.') : fail('--cap-drop ALL이 없습니다. 런타임 기본 capability(NET_RAW 등)가 그대로 남습니다.', FILE, run.command.range);
      }),
    },
    {
      id: 'no-new-privileges',
      title: '--security-opt no-new-privileges로 권한 상승을 막는다',
      section: SECTION,
      check: withRun((run) => {
        const sec = opts(run, 'security-opt');
        const unconfined = sec.find((o) => /^(?:seccomp|apparmor)[=:]unconfined$/.test(o.value ?? '') || o.value === 'label=disable' || o.value === 'label:disable');
        if (unconfined) return fail(`--security-opt ${unconfined.value}: 보호 장치를 끄는 옵션입니다. 지우세요.`, FILE, unconfined.range);
        const nnp = sec.some((o) => ['no-new-privileges', 'no-new-privileges:true', 'no-new-privileges=true'].includes(o.value ?? ''));
        return nnp ? ok('setuid 바이너리로도 권한을 더 얻을 수 없습니다.') : fail('--security-opt no-new-privileges가 없습니다.', FILE, run.command.range);
      }),
    },
    {
      id: 'localhost-only',
      title: '포트 8080을 127.0.0.1에만 연다',
      section: 'basics#기본-docker-명령어',
      check: withRun((run) => {
        const hostNet = opts(run, 'network', 'net').find((o) => o.value === 'host');
        if (hostNet) return fail('--network host는 컨테이너가 호스트의 모든 인터페이스를 씁니다.', FILE, hostNet.range);
        const all = opts(run, 'publish-all').find(isTrue);
        if (all) return fail('-P는 EXPOSE한 포트를 모든 인터페이스에 엽니다.', FILE, all.range);
        const pubs = opts(run, 'publish');
        const open = pubs.find((o) => !LOOPBACK.has(parsePublish(o.value ?? '').ip ?? ''));
        if (open) return fail(`-p ${open.value}: 모든 인터페이스(0.0.0.0)에 열립니다. 127.0.0.1:8080:8080처럼 주소를 붙이세요.`, FILE, open.range);
        if (!pubs.some((o) => parsePublish(o.value ?? '').containerPort === '8080')) return fail('컨테이너 포트 8080을 publish하지 않아 접속할 수 없습니다.', FILE, run.command.range);
        return ok('포트 8080은 이 컴퓨터(127.0.0.1)에서만 접속할 수 있습니다.');
      }),
    },
  ],
  hints: [
    '옵션은 이미지 이름 앞에 둡니다. 이미지 뒤에 쓰면 컨테이너 안에서 실행할 명령의 인자가 됩니다.',
    'nginx-unprivileged의 사용자는 UID 101입니다. 읽기 전용으로 실행하면 /tmp에 쓸 곳이 필요합니다.',
    'docker run -d --name web --user 101:101 --read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges -p 127.0.0.1:8080:8080 nginxinc/nginx-unprivileged:1.29-alpine',
  ],
};
