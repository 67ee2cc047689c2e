import { addedCapabilities, isolationProblems, lastOption, noNewPrivileges, switchOn } from '../../dockerrun/run';
import type { ShellRule } from '../../rule';
import { scriptRuns } from '../_shared/docker-run';

export const runHostAccess: ShellRule = {
  meta: {
    id: 'docker/run-host-access',
    severity: 'error',
    target: 'shell',
    title: { ko: 'docker run이 컨테이너 격리를 푼다', en: 'docker run undoes container isolation' },
    why: {
      ko: '--privileged, 호스트 네임스페이스(--pid/--ipc/--uts/--network/--userns/--cgroupns=host), --device, 호스트 경로와 Docker 소켓 마운트, --cap-add, seccomp/AppArmor/SELinux 해제, no-new-privileges=false는 컨테이너와 호스트 사이의 벽을 허뭅니다. Docker 소켓이나 / 마운트 하나면 컨테이너가 곧 호스트의 root입니다.',
      en: '--privileged, host namespaces (--pid/--ipc/--uts/--network/--userns/--cgroupns=host), --device, host paths and the Docker socket, --cap-add, disabled seccomp/AppArmor/SELinux and no-new-privileges=false tear down the wall between container and host. One Docker socket or / mount makes the container root on the host.',
    },
    fix: {
      ko: '그 옵션을 지우세요. 쓸 곳이 필요하면 --tmpfs나 이름 있는 volume을, 포트 80이 필요하면 --cap-add NET_BIND_SERVICE만 씁니다. 같은 옵션을 뒤에 다시 쓰면 뒤의 값이 이깁니다.',
      en: 'Remove the option. For writable space use --tmpfs or a named volume; for port 80 add only NET_BIND_SERVICE. A later repeat of an option wins over the earlier one.',
    },
    refs: { url: 'https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities' },
    securitySeverity: 8.5,
    messages: {
      privileged: {
        ko: '--privileged는 모든 capability와 호스트 장치를 주고 seccomp/AppArmor를 끕니다.',
        en: '--privileged gives every capability and host device and turns seccomp/AppArmor off.',
      },
      hostNamespace: {
        ko: '--{{flag}}=host는 호스트의 {{namespace}} 네임스페이스를 그대로 씁니다.',
        en: '--{{flag}}=host shares the host {{namespace}} namespace.',
      },
      device: { ko: '--{{flag}} {{value}}: 호스트 장치를 컨테이너에 줍니다.', en: '--{{flag}} {{value}} gives a host device to the container.' },
      apiSocket: {
        ko: '--use-api-socket은 Docker API 소켓을 컨테이너에 넣습니다. 컨테이너가 호스트의 root가 됩니다.',
        en: '--use-api-socket puts the Docker API socket in the container, which makes it root on the host.',
      },
      volumesFrom: {
        ko: '--volumes-from {{value}}: 다른 컨테이너의 마운트(호스트 경로일 수 있음)를 그대로 가져옵니다.',
        en: "--volumes-from {{value}} takes over another container's mounts, host paths included.",
      },
      dockerSocket: {
        ko: '{{value}}: Docker 소켓을 넣으면 컨테이너가 호스트의 root가 됩니다.',
        en: '{{value}}: with the Docker socket the container is root on the host.',
      },
      hostRoot: {
        ko: '-v {{value}}: 호스트 경로 /를 컨테이너에 마운트합니다 (호스트 전체).',
        en: '-v {{value}} mounts the whole host (/) into the container.',
      },
      hostPath: {
        ko: '-v {{value}}: 호스트 경로 {{source}}를 컨테이너에 마운트합니다.',
        en: '-v {{value}} mounts the host path {{source}} into the container.',
      },
      bindMount: { ko: '--mount type=bind: 호스트 경로 {{source}}를 마운트합니다.', en: '--mount type=bind mounts the host path {{source}}.' },
      volumeOptBind: {
        ko: '--mount의 volume-opt o=bind,device=로 호스트 경로를 volume인 척 마운트합니다.',
        en: 'volume-opt o=bind,device= mounts a host path disguised as a volume.',
      },
      unconfined: { ko: '--security-opt {{value}}: {{profile}} 보호를 끕니다.', en: '--security-opt {{value}} turns {{profile}} off.' },
      systemPaths: {
        ko: '--security-opt {{value}}: /proc와 /sys의 보호 경로를 엽니다.',
        en: '--security-opt {{value}} unmasks the protected paths of /proc and /sys.',
      },
      selinuxOff: { ko: '--security-opt {{value}}: SELinux 격리를 끕니다.', en: '--security-opt {{value}} turns SELinux separation off.' },
      capAdd: { ko: '--cap-add {{cap}}: 컨테이너에 capability를 다시 줍니다.', en: '--cap-add {{cap}} gives the capability back to the container.' },
      noNewPrivilegesOff: {
        ko: '--security-opt {{value}}: 마지막 값이 no-new-privileges를 끕니다.',
        en: '--security-opt {{value}}: the last value turns no-new-privileges off.',
      },
      execPrivileged: {
        ko: 'docker exec --privileged는 실행 중인 컨테이너에서 모든 capability를 줍니다.',
        en: 'docker exec --privileged gives every capability inside the running container.',
      },
      execRoot: { ko: 'docker exec --user {{user}}: 컨테이너 안에서 root로 실행합니다.', en: 'docker exec --user {{user}} runs as root inside the container.' },
    },
    examples: {
      good: [
        {
          file: 'run.sh',
          text: 'docker run -d --user 101:101 --read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges -v data:/data -p 127.0.0.1:8080:8080 nginxinc/nginx-unprivileged:1.30-alpine\n',
        },
      ],
      bad: [
        {
          file: 'run.sh',
          text: 'sudo docker run -d -v /var/run/docker.sock:/var/run/docker.sock --pid=host nginxinc/nginx-unprivileged:1.30-alpine\n',
          errors: [
            { messageId: 'dockerSocket', line: 1, column: 20, endLine: 1, endColumn: 22 },
            { messageId: 'hostNamespace', line: 1, column: 65, endLine: 1, endColumn: 75 },
          ],
        },
        {
          file: 'run.sh',
          text: 'FLAGS="--privileged"\ndocker run -d $FLAGS --security-opt no-new-privileges --security-opt no-new-privileges=false alpine:3.22\n',
          errors: [
            { messageId: 'privileged', line: 2, column: 15, endLine: 2, endColumn: 21 },
            { messageId: 'noNewPrivilegesOff', line: 2, column: 55, endLine: 2, endColumn: 69 },
          ],
        },
      ],
    },
  },
  check(script, ctx) {
    const runs = scriptRuns(script.text);
    if (!runs) return;
    for (const run of runs.starts) {
      for (const p of isolationProblems(run.options)) ctx.report({ messageId: p.messageId, data: p.data, range: runs.range(p.option.arg) });
      for (const a of addedCapabilities(run.options)) {
        if (a.cap !== 'NET_BIND_SERVICE') ctx.report({ messageId: 'capAdd', data: { cap: a.cap }, range: runs.range(a.option.arg) });
      }
      const nnp = noNewPrivileges(run.options);
      if (!nnp.on && nnp.option) ctx.report({ messageId: 'noNewPrivilegesOff', data: { value: nnp.option.value ?? '' }, range: runs.range(nnp.option.arg) });
    }
    for (const e of runs.execs) {
      const priv = switchOn(e.options, 'privileged');
      if (priv.on) ctx.report({ messageId: 'execPrivileged', range: runs.range(priv.option!.arg) });
      const u = lastOption(e.options, 'user');
      if (u?.value && /^(?:root|0+)(?::|$)/.test(u.value)) ctx.report({ messageId: 'execRoot', data: { user: u.value }, range: runs.range(u.arg) });
    }
  },
};
