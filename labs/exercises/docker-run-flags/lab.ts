import {
  addedCapabilities,
  dropsAll,
  isLoopback,
  isolationProblems,
  lastOption,
  LineIndex,
  noNewPrivileges,
  optionsNamed,
  parsePublish,
  readDockerCall,
  readScript,
  switchOn,
  tmpfsTargets,
  type DockerCall,
  type Range,
  type RunOption,
} from '@w7/grader';
import { fail, imageRepo, ok } from '../checks';
import { messageText, ruleMeta } from '@w7/grader';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';

const STARTER = `#!/bin/sh
# Runs the web server (nginx-unprivileged listens on 8080 and writes its pid and temp files to /tmp)
docker run -d --name web \\
  -p 8080:8080 \\
  nginxinc/nginx-unprivileged:1.30-alpine
`;

const FILE = 'run.sh';
const IMAGE = 'nginxinc/nginx-unprivileged';
const SECTION = 'container-security#최소-권한-원칙';
/** Commands a script must not redefine: the grader could not know what they run. */
const GUARDED = new Set(['docker', 'podman', 'nerdctl', 'sudo', 'exec', 'command', 'env', 'sh', 'bash']);

type Start = Extract<DockerCall, { kind: 'start' }>;
type Exec = Extract<DockerCall, { kind: 'exec' }>;

interface Script {
  run: Start;
  execs: Exec[];
  range(arg: { start: number; end: number }): Range;
}

/** The one container the script starts, with the `docker exec` calls into it; or why it cannot be judged. */
export function theRun(ctx: LabContext): Script | ObjectiveResult {
  const text = ctx.text(FILE).replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail(`${FILE}이(가) 비어 있습니다.`, FILE);
  const index = new LineIndex(text);
  const range = (a: { start: number; end: number }) => index.range(a.start, Math.max(a.start + 1, a.end));
  const read = readScript(text);
  if (!read.ok) return fail(`${FILE}을(를) 셸로 해석할 수 없습니다: ${read.message}`, FILE, index.range(read.offset, read.offset + 1));
  const redefined = read.reading.redefined.find((r) => GUARDED.has(r.name));
  if (redefined)
    return fail(`${redefined.name}을(를) 함수나 alias로 바꾸면 실제로 무엇이 실행되는지 알 수 없습니다. docker를 그대로 부르세요.`, FILE, range(redefined));
  const calls = read.reading.commands.map(readDockerCall).filter((c): c is DockerCall => c !== null);
  const unknown = read.reading.commands.find((c) => c.name === '');
  if (unknown)
    return fail('실행할 명령의 이름을 알 수 없는 줄이 있습니다(변수나 명령 치환). 채점기는 알 수 없는 명령을 통과시키지 않습니다.', FILE, range(unknown));
  const compose = calls.find((c) => c.kind === 'compose');
  if (compose)
    return fail('docker compose는 compose 파일의 설정으로 컨테이너를 만듭니다. 이 실습은 docker run 하나로 실행합니다.', FILE, range(compose.command));
  const dyn = calls.find((c) => c.kind === 'unknown');
  if (dyn && dyn.kind === 'unknown') return fail(`${dyn.message}.`, FILE, range(dyn.command));
  const starts = calls.filter((c): c is Start => c.kind === 'start');
  if (starts.length === 0) return fail('docker run 명령이 없습니다. 컨테이너를 실행하는 명령은 남겨 두세요.', FILE);
  if (starts.length > 1)
    return fail(`컨테이너를 만드는 명령(docker run/create)이 ${starts.length}개입니다. 하나의 명령만 고치세요.`, FILE, range(starts[1]!.command));
  const run = starts[0]!;
  if (run.problem) return fail(run.problem.message, FILE, range(run.problem.arg));
  if (!run.image) return fail('docker run에 이미지가 없습니다.', FILE, range(run.command));
  if (imageRepo(run.image.value) !== IMAGE) return fail(`이미지가 ${IMAGE}가 아니라 ${run.image.value}입니다. 이미지는 바꾸지 마세요.`, FILE, range(run.image));
  const execs = calls.filter((c): c is Exec => c.kind === 'exec');
  const badExec = execs.find((e) => e.problem);
  if (badExec?.problem) return fail(badExec.problem.message, FILE, range(badExec.problem.arg));
  return { run, execs, range };
}

function withRun(check: (s: Script, opts: readonly RunOption[]) => ObjectiveResult): (ctx: LabContext) => ObjectiveResult {
  return (ctx) => {
    const s = theRun(ctx);
    return 'run' in s ? check(s, s.run.options) : s;
  };
}

const ROOT = (user: string) => user === 'root' || /^0+$/.test(user);

/** The Korean text docker/run-host-access gives an isolation problem (one wording for the lab and the editor marker). */
function runHostAccessText(messageId: string, data: Record<string, string>): string {
  const meta = ruleMeta('docker/run-host-access');
  return (meta && messageText(meta, messageId, data)?.ko) ?? messageId;
}

export const lab: LabMeta = {
  id: 'docker-run-flags',
  title: 'docker run: 실행 옵션으로 컨테이너 강화하기',
  summary:
    'run.sh의 docker run은 기본값 그대로 실행합니다. 같은 이미지를 숫자 UID의 비루트 사용자, 읽기 전용 루트 파일시스템(/tmp만 tmpfs), capability 전부 제거, no-new-privileges로 실행하고, 호스트의 namespace·장치·경로는 주지 말고, 포트는 127.0.0.1에만 여세요.',
  files: [{ name: FILE, language: 'shell', starter: STARTER }],
  objectives: [
    {
      id: 'runs-image',
      title: 'docker run 하나가 nginx-unprivileged 이미지를 실행한다',
      section: 'basics#기본-docker-명령어',
      check: withRun((s) => ok(`docker ${s.run.sub}가 ${IMAGE}를 실행합니다${s.run.command.via.length ? ` (${s.run.command.via.join(', ')}를 거쳐)` : ''}.`)),
    },
    {
      id: 'non-root-user',
      title: '--user로 root가 아닌 숫자 UID를 지정한다',
      section: SECTION,
      check: withRun((s, opts) => {
        const u = lastOption(opts, 'user');
        if (!u?.value)
          return fail('--user가 없습니다. 이미지 기본 사용자에 기대지 말고 숫자 UID를 지정하세요(예: --user 101:101).', FILE, s.range(s.run.command));
        const uid = u.value.split(':')[0]!;
        if (!/^\d+$/.test(uid)) return fail(`--user ${u.value}: 숫자 UID를 쓰세요.`, FILE, s.range(u.arg));
        if (ROOT(uid)) return fail(`--user ${u.value}: UID 0은 root입니다.`, FILE, s.range(u.arg));
        const rootGroup = optionsNamed(opts, 'group-add').find((g) => ROOT(g.value ?? ''));
        if (rootGroup) return fail(`--group-add ${rootGroup.value}: root 그룹 권한을 더합니다.`, FILE, s.range(rootGroup.arg));
        return ok(`--user ${u.value}로 비루트 실행합니다.`);
      }),
    },
    {
      id: 'read-only-rootfs',
      title: '--read-only로 실행하고 /tmp만 tmpfs로 쓸 수 있다',
      section: SECTION,
      check: withRun((s, opts) => {
        const ro = switchOn(opts, 'read-only');
        if (!ro.on)
          return fail(
            ro.option ? `--read-only=${ro.option.value}: 마지막 값이 읽기 전용을 끕니다.` : '--read-only가 없습니다. 루트 파일시스템을 읽기 전용으로 만드세요.',
            FILE,
            s.range(ro.option?.arg ?? s.run.command),
          );
        if (!tmpfsTargets(opts).includes('/tmp'))
          return fail('읽기 전용이면 nginx가 /tmp에 pid와 임시 파일을 쓰지 못합니다. --tmpfs /tmp를 추가하세요.', FILE, s.range(ro.option!.arg));
        return ok('루트 파일시스템은 읽기 전용이고 /tmp만 tmpfs입니다.');
      }),
    },
    {
      id: 'drop-capabilities',
      title: '--cap-drop ALL로 capability를 모두 뺀다 (privileged 없이)',
      rules: ['docker/run-host-access'],
      section: SECTION,
      check: withRun((s, opts) => {
        const priv = switchOn(opts, 'privileged');
        if (priv.on) return fail('--privileged는 모든 capability와 장치를 줍니다. 지우세요.', FILE, s.range(priv.option!.arg));
        const extra = addedCapabilities(opts).find((a) => a.cap !== 'NET_BIND_SERVICE');
        if (extra) return fail(`--cap-add ${extra.cap}: 다시 추가해도 되는 것은 꼭 필요한 NET_BIND_SERVICE 정도뿐입니다.`, FILE, s.range(extra.option.arg));
        return dropsAll(opts)
          ? ok('--cap-drop ALL로 기본 capability를 모두 뺐습니다.')
          : fail('--cap-drop ALL이 없습니다. 런타임 기본 capability(NET_RAW 등)가 그대로 남습니다.', FILE, s.range(s.run.command));
      }),
    },
    {
      id: 'no-new-privileges',
      title: '--security-opt no-new-privileges로 권한 상승을 막는다',
      rules: ['docker/run-host-access'],
      section: SECTION,
      check: withRun((s, opts) => {
        const nnp = noNewPrivileges(opts);
        if (nnp.on) return ok('setuid 바이너리로도 권한을 더 얻을 수 없습니다.');
        return fail(
          nnp.option ? `--security-opt ${nnp.option.value}: 마지막 값이 no-new-privileges를 끕니다.` : '--security-opt no-new-privileges가 없습니다.',
          FILE,
          s.range(nnp.option?.arg ?? s.run.command),
        );
      }),
    },
    {
      id: 'keeps-isolation',
      title: '호스트 namespace, 장치, 호스트 경로, 보안 프로필 해제 없이 격리를 유지한다',
      rules: ['docker/run-host-access'],
      section: 'basics#컨테이너-격리-원리',
      check: withRun((s, opts) => {
        const bad = isolationProblems(opts)[0];
        if (bad) return fail(runHostAccessText(bad.messageId, bad.data), FILE, s.range(bad.option.arg));
        for (const e of s.execs) {
          const priv = switchOn(e.options, 'privileged');
          if (priv.on) return fail('docker exec --privileged는 실행 중인 컨테이너 안에서 모든 capability를 줍니다.', FILE, s.range(priv.option!.arg));
          const u = lastOption(e.options, 'user');
          if (u?.value && ROOT(u.value.split(':')[0]!))
            return fail(`docker exec --user ${u.value}: 실행 중인 컨테이너 안에서 root로 명령을 실행합니다.`, FILE, s.range(u.arg));
        }
        return ok('컨테이너는 호스트의 namespace, 장치, 파일에 닿지 않습니다.');
      }),
    },
    {
      id: 'localhost-only',
      title: '포트 8080을 127.0.0.1에만 연다',
      rules: ['docker/run-port-exposed'],
      section: 'basics#기본-docker-명령어',
      check: withRun((s, opts) => {
        const net = lastOption(opts, 'network', 'net');
        if (net?.value === 'host') return fail('--network host는 컨테이너가 호스트의 모든 인터페이스를 씁니다.', FILE, s.range(net.arg));
        const all = switchOn(opts, 'publish-all');
        if (all.on) return fail('-P는 EXPOSE한 포트를 모든 인터페이스에 엽니다.', FILE, s.range(all.option!.arg));
        const pubs = optionsNamed(opts, 'publish');
        const open = pubs.find((o) => !isLoopback(parsePublish(o.value ?? '').ip ?? ''));
        if (open) {
          const ip = parsePublish(open.value ?? '').ip;
          const why =
            ip === null
              ? '주소가 없어 모든 인터페이스(0.0.0.0)에 열립니다'
              : !/^[\d.:a-fA-F]+$/.test(ip)
                ? 'docker는 이름이 아니라 IP 주소만 받습니다'
                : ip === '0.0.0.0' || /^[0:]*$/.test(ip)
                  ? `${ip}는 모든 인터페이스입니다`
                  : `${ip}는 이 컴퓨터 밖에서도 닿는 주소입니다`;
          return fail(`-p ${open.value}: ${why}. 127.0.0.1:8080:8080처럼 127.0.0.1을 붙이세요.`, FILE, s.range(open.arg));
        }
        if (!pubs.some((o) => parsePublish(o.value ?? '').containerPort === '8080' && parsePublish(o.value ?? '').protocol === 'tcp'))
          return fail('컨테이너 포트 8080을 publish하지 않아 접속할 수 없습니다.', FILE, s.range(s.run.command));
        return ok('포트 8080은 이 컴퓨터(127.0.0.1)에서만 접속할 수 있습니다.');
      }),
    },
  ],
  hints: [
    '옵션은 이미지 이름 앞에 둡니다. 이미지 뒤에 쓰면 컨테이너 안에서 실행할 명령의 인자가 됩니다.',
    'nginx-unprivileged의 사용자는 UID 101입니다. 읽기 전용으로 실행하면 /tmp에 쓸 곳이 필요합니다.',
    'docker run -d --name web --user 101:101 --read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges -p 127.0.0.1:8080:8080 nginxinc/nginx-unprivileged:1.30-alpine',
  ],
};
