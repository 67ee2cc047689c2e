import type { DockerfileRule } from '../../rule';
import { runs } from '../_shared/dockerfile';

export const userInRun: DockerfileRule = {
  meta: {
    id: 'docker/user-in-run',
    severity: 'error',
    target: 'dockerfile',
    title: { ko: 'RUN 안에서 USER를 명령처럼 사용', en: 'USER used as a command inside RUN' },
    why: {
      ko: 'USER는 Dockerfile instruction이지 셸 명령이 아닙니다. RUN adduser -D appuser && USER appuser 는 셸이 USER라는 명령을 찾다가 "USER: not found"로 빌드가 실패하고, 고쳐지더라도 이미지의 사용자는 바뀌지 않습니다.',
      en: 'USER is a Dockerfile instruction, not a shell command. In RUN adduser -D appuser && USER appuser the shell looks for a USER command and the build fails with "USER: not found"; it could never change the image user anyway.',
    },
    fix: {
      ko: '사용자 생성은 RUN에, 전환은 별도의 줄에 쓰세요: RUN adduser -D -u 10001 appuser 다음 줄에 USER 10001.',
      en: 'Create the user in RUN and switch on its own line: RUN adduser -D -u 10001 appuser, then USER 10001.',
    },
    refs: { url: 'https://docs.docker.com/reference/dockerfile/#user' },
    securitySeverity: 5.0,
    messages: {
      userInRun: {
        ko: 'RUN 안의 "{{command}}" 부분은 셸 명령으로 실행되어 "USER: not found"로 빌드가 실패합니다. USER는 Dockerfile instruction이므로 RUN 다음 줄에 USER {{user}}로 따로 쓰세요(숫자 UID 권장).',
        en: '"{{command}}" inside RUN runs as a shell command and the build fails with "USER: not found". USER is a Dockerfile instruction: put USER {{user}} on its own line after the RUN (numeric UID preferred).',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nRUN adduser -D appuser && USER appuser\n',
          errors: [{ messageId: 'userInRun', line: 2, column: 27, endLine: 2, endColumn: 39 }],
        },
      ],
      good: [{ file: 'Dockerfile', text: 'FROM alpine:3.22\nRUN adduser -D -u 10001 appuser\nUSER 10001\n' }],
    },
  },
  check(df, ctx) {
    for (const run of runs(df)) {
      for (const cmd of run.commands) {
        if (cmd.name !== 'USER') continue;
        const target = cmd.args[0]?.value ?? '';
        ctx.report({
          messageId: 'userInRun',
          data: { command: cmd.words.map((w) => w.raw).join(' '), user: target || '<UID>' },
          range: cmd.range,
        });
      }
    }
  },
};
