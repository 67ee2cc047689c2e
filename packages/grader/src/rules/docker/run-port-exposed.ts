import { isLoopback, lastOption, optionsNamed, parsePublish, switchOn } from '../../dockerrun/run';
import type { ShellRule } from '../../rule';
import { scriptRuns } from '../_shared/docker-run';

export const runPortExposed: ShellRule = {
  meta: {
    id: 'docker/run-port-exposed',
    severity: 'warning',
    target: 'shell',
    title: { ko: 'docker run이 포트를 모든 인터페이스에 연다', en: 'docker run publishes a port on every interface' },
    why: {
      ko: '-p 8080:8080은 0.0.0.0, 즉 이 컴퓨터의 모든 네트워크 인터페이스에 포트를 엽니다. Docker가 만든 iptables 규칙은 호스트 방화벽(ufw 등)보다 먼저 적용되어, 개발용 서비스가 같은 네트워크의 누구에게나 열립니다. -P와 --network host도 같습니다.',
      en: "-p 8080:8080 publishes on 0.0.0.0, every interface of the machine. Docker's iptables rules come before host firewalls such as ufw, so a development service is open to the whole network. -P and --network host do the same.",
    },
    fix: {
      ko: '-p 127.0.0.1:8080:8080처럼 주소를 붙이세요. 밖에서 접속해야 하면 reverse proxy를 두세요.',
      en: 'Bind to an address: -p 127.0.0.1:8080:8080. Put a reverse proxy in front when outside access is needed.',
    },
    refs: { url: 'https://docs.docker.com/engine/network/port-publishing/' },
    securitySeverity: 5.0,
    messages: {
      hostNetwork: {
        ko: '--network host: 컨테이너가 호스트의 모든 인터페이스에서 listen합니다.',
        en: '--network host: the container listens on every host interface.',
      },
      publishAll: { ko: '-P는 EXPOSE한 포트를 모든 인터페이스에 엽니다.', en: '-P publishes every exposed port on every interface.' },
      openPort: { ko: '-p {{value}}: {{where}}에 열립니다. 127.0.0.1을 붙이세요.', en: '-p {{value}} publishes on {{where}}; bind it to 127.0.0.1.' },
    },
    examples: {
      good: [{ file: 'run.sh', text: 'docker run -d -p 127.0.0.1:8080:8080 nginxinc/nginx-unprivileged:1.30-alpine\n' }],
      bad: [
        {
          file: 'run.sh',
          text: 'docker run -d -p 8080:8080 nginxinc/nginx-unprivileged:1.30-alpine\n',
          errors: [{ messageId: 'openPort', line: 1, column: 15, endLine: 1, endColumn: 17 }],
        },
      ],
    },
  },
  check(script, ctx) {
    const runs = scriptRuns(script.text);
    if (!runs) return;
    for (const run of runs.starts) {
      const net = lastOption(run.options, 'network', 'net');
      if (net?.value === 'host') ctx.report({ messageId: 'hostNetwork', range: runs.range(net.arg) });
      const all = switchOn(run.options, 'publish-all');
      if (all.on) ctx.report({ messageId: 'publishAll', range: runs.range(all.option!.arg) });
      for (const p of optionsNamed(run.options, 'publish')) {
        const ip = parsePublish(p.value ?? '').ip;
        if (ip !== null && isLoopback(ip)) continue;
        ctx.report({
          messageId: 'openPort',
          data: { value: p.value ?? '', where: ip === null ? { ko: '주소가 없어 모든 인터페이스(0.0.0.0)', en: 'every interface (0.0.0.0)' } : ip },
          range: runs.range(p.arg),
        });
      }
    }
  },
};
