import type { DockerfileRule } from '../../rule';
import { baseName, runs } from '../_shared/dockerfile';

export const sudo: DockerfileRule = {
  meta: {
    id: 'docker/sudo',
    severity: 'warning',
    target: 'dockerfile',
    title: { ko: 'RUN에서 sudo 사용', en: 'sudo in RUN' },
    why: {
      ko: '빌드 중 RUN은 그 시점의 USER로 실행되므로 sudo가 필요 없습니다. sudo를 쓰려면 이미지에 sudo와 sudoers 설정이 들어가야 하고, 그러면 실행 중인 컨테이너에서도 root로 올라갈 길이 생깁니다. TTY·시그널 처리도 예측하기 어렵습니다.',
      en: 'RUN executes as the current USER, so sudo is not needed during the build. Using it means shipping sudo and a sudoers entry, which gives a running container a way back to root, and its TTY and signal handling is unpredictable.',
    },
    fix: {
      ko: 'root가 필요한 작업은 USER 전환 전에 root로 실행하고, 마지막에 USER 10001로 내려가세요. 실행 중 권한 전환이 꼭 필요하면 gosu나 su-exec를 씁니다.',
      en: 'Run the root steps before switching USER, then drop to USER 10001 at the end. If the running container must switch users, use gosu or su-exec.',
    },
    refs: { hadolint: 'DL3004', trivy: 'DS010 / AVD-DS-0010' },
    securitySeverity: 5.0,
    messages: {
      sudo: {
        ko: 'RUN에서 sudo를 쓰지 마세요. root가 필요한 단계는 USER 전환 전에 실행하고, 이미지에 sudo를 넣지 않습니다.',
        en: 'Do not use sudo in RUN. Run the steps that need root before switching USER, and keep sudo out of the image.',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM debian:trixie-slim\nRUN sudo apt-get update\nUSER 10001\n',
          errors: [{ messageId: 'sudo', line: 2, column: 5, endLine: 2, endColumn: 9 }],
        },
      ],
      good: [{ file: 'Dockerfile', text: 'FROM debian:trixie-slim\nRUN echo "no sudo here"\nUSER 10001\n' }],
    },
  },
  check(df, ctx) {
    for (const run of runs(df)) {
      for (const cmd of run.commands) {
        if (baseName(cmd.name) !== 'sudo') continue;
        ctx.report({
          messageId: 'sudo',
          range: cmd.words[0].range,
        });
      }
    }
  },
};
