import type { DockerfileRule } from '../../rule';
import { escalationPaths } from './escalation-paths';

export const rootEscalation: DockerfileRule = {
  meta: {
    id: 'docker/root-escalation',
    severity: 'error',
    target: 'dockerfile',
    title: { ko: '비루트 사용자가 root로 돌아갈 길', en: 'A way back to root for the non-root user' },
    why: {
      ko: 'USER를 비루트로 바꿔도 이미지 안에 setuid/setgid 파일, setcap으로 capability를 붙인 파일, 비밀번호 없는 sudo나 doas, 비밀번호를 지운 root가 있으면 프로세스는 한 명령으로 root가 됩니다. COPY --from으로 가져온 파일의 setuid 비트도 그대로 남습니다.',
      en: 'A non-root USER does not help when the image holds setuid/setgid files, files with capabilities (setcap), passwordless sudo or doas, or a root without a password: the process is one command away from root. setuid bits survive COPY --from too.',
    },
    fix: {
      ko: 'sudo와 doas를 설치하지 말고, chmod u+s/g+s와 setcap을 쓰지 마세요. root가 필요한 단계는 USER를 바꾸기 전에 실행합니다. 실행 중인 컨테이너에는 no-new-privileges(Kubernetes: allowPrivilegeEscalation: false)를 겁니다.',
      en: 'Do not install sudo or doas, and do not use chmod u+s/g+s or setcap. Run the steps that need root before switching USER, and run the container with no-new-privileges (Kubernetes: allowPrivilegeEscalation: false).',
    },
    refs: { url: 'https://docs.docker.com/build/building/best-practices/#user' },
    securitySeverity: 7.5,
    examples: {
      good: [{ file: 'Dockerfile', text: 'FROM alpine:3.22\nRUN adduser -D -u 10001 app\nCOPY server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n' }],
      bad: [
        { file: 'Dockerfile', text: 'FROM alpine:3.22\nRUN apk add --no-cache sudo && adduser -D -u 10001 app && echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\nUSER 10001:10001\nCMD ["sh"]\n' },
        { file: 'Dockerfile', text: 'FROM alpine:3.22\nCOPY --chmod=4755 server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n' },
      ],
    },
  },
  check(df, ctx) {
    for (const p of escalationPaths(df)) ctx.report(p);
  },
};
