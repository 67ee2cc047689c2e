import type { DockerfileRule } from '../../rule';
import { finalChain } from '../_shared/dockerfile';

export const shellFormCmd: DockerfileRule = {
  meta: {
    id: 'docker/shell-form-cmd',
    severity: 'warning',
    target: 'dockerfile',
    title: { ko: 'CMD/ENTRYPOINT가 shell form', en: 'CMD or ENTRYPOINT in shell form' },
    why: {
      ko: 'shell form(CMD node server.js)은 /bin/sh -c로 실행되어 PID 1이 셸이 됩니다. docker stop이나 Pod 종료 때 보내는 SIGTERM이 앱에 전달되지 않아 graceful shutdown 없이 유예 시간 뒤 SIGKILL로 강제 종료되고, 셸이 없는 distroless 이미지에서는 아예 시작하지 못합니다.',
      en: 'Shell form (CMD node server.js) runs under /bin/sh -c, so PID 1 is the shell. The SIGTERM sent by docker stop or pod termination does not reach the app, which is killed with SIGKILL after the grace period, and images without a shell (distroless) cannot start it at all.',
    },
    fix: {
      ko: 'exec form(JSON 배열)으로 쓰세요: CMD ["node", "server.js"]. 셸 기능이 꼭 필요하면 스크립트 마지막에 exec로 앱을 실행합니다.',
      en: 'Use exec form (a JSON array): CMD ["node", "server.js"]. If you need the shell, end a script with exec <app>.',
    },
    refs: { hadolint: 'DL3025', url: 'https://docs.docker.com/reference/dockerfile/#exec-form' },
    securitySeverity: 2.5,
    messages: {
      shellFormCmd: {
        ko: '{{keyword}}가 shell form이라 /bin/sh -c 아래에서 실행되고 PID 1이 셸이 됩니다. SIGTERM이 앱에 전달되지 않으니 exec form(JSON 배열, 예: {{keyword}} ["node", "server.js"])으로 쓰세요.',
        en: '{{keyword}} is in shell form, so it runs under /bin/sh -c and PID 1 is the shell, which does not pass SIGTERM on. Use exec form (a JSON array, e.g. {{keyword}} ["node", "server.js"]).',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM node:24-alpine\nUSER 1000:1000\nCMD node server.js\n',
          errors: [{ messageId: 'shellFormCmd', line: 3, column: 5, endLine: 3, endColumn: 19 }],
        },
      ],
      good: [{ file: 'Dockerfile', text: 'FROM node:24-alpine\nUSER 1000:1000\nCMD ["node", "server.js"]\n' }],
    },
  },
  check(df, ctx) {
    // CMD/ENTRYPOINT of the final image: the final stage and the stages it is built FROM.
    const chain = finalChain(df);
    for (const stage of df.stages) {
      if (!chain.has(stage.index)) continue;
      for (const ins of stage.instructions) {
        if ((ins.kind !== 'cmd' && ins.kind !== 'entrypoint') || ins.form !== 'shell' || ins.argsRange === null) continue;
        ctx.report({
          messageId: 'shellFormCmd',
          data: { keyword: ins.keyword },
          range: ins.argsRange,
        });
      }
    }
  },
};
