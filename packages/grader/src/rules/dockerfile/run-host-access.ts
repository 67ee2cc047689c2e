import { addedCapabilities, isolationProblems, lastOption, noNewPrivileges, switchOn } from '../../dockerrun/run';
import type { ShellRule } from '../../rule';
import { scriptRuns } from './run-scripts';

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
    examples: {
      good: [{ file: 'run.sh', text: 'docker run -d --user 101:101 --read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges -v data:/data -p 127.0.0.1:8080:8080 nginxinc/nginx-unprivileged:1.29-alpine\n' }],
      bad: [
        { file: 'run.sh', text: 'sudo docker run -d -v /var/run/docker.sock:/var/run/docker.sock --pid=host nginxinc/nginx-unprivileged:1.29-alpine\n' },
        { file: 'run.sh', text: 'FLAGS="--privileged"\ndocker run -d $FLAGS --security-opt no-new-privileges --security-opt no-new-privileges=false alpine:3.22\n' },
      ],
    },
  },
  check(script, ctx) {
    const runs = scriptRuns(script.text);
    if (!runs) return;
    for (const run of runs.starts) {
      for (const p of isolationProblems(run.options)) ctx.report({ message: p.message, messageEn: `${p.option.arg.value}: undoes container isolation.`, range: runs.range(p.option.arg) });
      for (const a of addedCapabilities(run.options)) {
        if (a.cap === 'NET_BIND_SERVICE') continue;
        ctx.report({ message: `--cap-add ${a.cap}: 컨테이너에 capability를 다시 줍니다.`, messageEn: `--cap-add ${a.cap} gives the capability back to the container.`, range: runs.range(a.option.arg) });
      }
      const nnp = noNewPrivileges(run.options);
      if (!nnp.on && nnp.option) ctx.report({ message: `--security-opt ${nnp.option.value}: 마지막 값이 no-new-privileges를 끕니다.`, messageEn: `--security-opt ${nnp.option.value}: the last value turns no-new-privileges off.`, range: runs.range(nnp.option.arg) });
    }
    for (const e of runs.execs) {
      const priv = switchOn(e.options, 'privileged');
      if (priv.on) ctx.report({ message: 'docker exec --privileged는 실행 중인 컨테이너에서 모든 capability를 줍니다.', messageEn: 'docker exec --privileged gives every capability inside the running container.', range: runs.range(priv.option!.arg) });
      const u = lastOption(e.options, 'user');
      if (u?.value && /^(?:root|0+)(?::|$)/.test(u.value)) ctx.report({ message: `docker exec --user ${u.value}: 컨테이너 안에서 root로 실행합니다.`, messageEn: `docker exec --user ${u.value} runs as root inside the container.`, range: runs.range(u.arg) });
    }
  },
};
