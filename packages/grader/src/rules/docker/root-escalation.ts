import type { DockerfileRule } from '../../rule';
import { escalationPaths } from '../_shared/escalation-paths';

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
    messages: {
      setuidChmod: {
        ko: 'chmod {{mode}}: setuid/setgid 파일을 만듭니다. 비루트 사용자가 이 파일을 실행하면 소유자(root) 권한을 얻습니다.',
        en: "chmod {{mode}} makes a setuid/setgid file: running it gives the owner's (root) rights.",
      },
      setuidInstall: { ko: 'install -m {{mode}}: setuid/setgid 파일을 만듭니다.', en: 'install -m {{mode}} makes a setuid/setgid file.' },
      setuidCopy: { ko: '{{keyword}} --chmod={{mode}}: setuid/setgid 파일을 만듭니다.', en: '{{keyword}} --chmod={{mode}} makes a setuid/setgid file.' },
      setcap: {
        ko: 'setcap은 파일에 capability를 붙입니다. 비루트 사용자가 그 파일을 실행하면 capability를 얻습니다.',
        en: 'setcap gives a file capabilities that a non-root user gets by running it.',
      },
      sudoPackage: {
        ko: '{{pkg}} 패키지를 설치합니다. sudo/doas가 있으면 비루트 사용자가 root로 돌아갈 수 있습니다.',
        en: 'Installs {{pkg}}: with sudo/doas a non-root user can get back to root.',
      },
      rootPasswordDeleted: { ko: 'root 비밀번호를 지우면 누구나 su로 root가 됩니다.', en: 'Deleting the root password lets anyone su to root.' },
      rootPasswordSet: {
        ko: 'root 비밀번호를 정하면 그 비밀번호를 아는 누구나 su로 root가 됩니다.',
        en: 'Setting a root password lets whoever knows it su to root.',
      },
      adminGroup: {
        ko: '관리자 그룹({{group}})에 넣으면 sudo/su로 root가 될 수 있습니다.',
        en: 'Adding a user to an admin group ({{group}}) lets it become root.',
      },
      nopasswd: {
        ko: 'sudoers에 NOPASSWD를 주면 비루트 사용자가 비밀번호 없이 root가 됩니다.',
        en: 'NOPASSWD in sudoers lets the non-root user become root without a password.',
      },
      doasNopass: {
        ko: 'doas.conf의 permit nopass는 비밀번호 없이 root가 되게 합니다.',
        en: 'doas.conf "permit nopass" lets the user become root without a password.',
      },
      editsAuthFiles: {
        ko: '/etc/passwd, /etc/shadow, sudoers를 직접 고치면 UID 0 사용자나 root 권한이 생길 수 있습니다.',
        en: 'Editing /etc/passwd, /etc/shadow or sudoers directly can create a UID 0 user or root rights.',
      },
      overwritesAuthFile: {
        ko: '{{keyword}}가 {{dest}}를 덮어씁니다. sudo 권한이나 UID 0 사용자를 만들 수 있습니다.',
        en: '{{keyword}} overwrites {{dest}}, which can grant sudo or create a UID 0 user.',
      },
    },
    examples: {
      good: [{ file: 'Dockerfile', text: 'FROM alpine:3.22\nRUN adduser -D -u 10001 app\nCOPY server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n' }],
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nRUN apk add --no-cache sudo && adduser -D -u 10001 app && echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\nUSER 10001:10001\nCMD ["sh"]\n',
          errors: [
            { messageId: 'editsAuthFiles', line: 2, column: 1, endLine: 2, endColumn: 4 },
            { messageId: 'nopasswd', line: 2, column: 1, endLine: 2, endColumn: 4 },
            { messageId: 'sudoPackage', line: 2, column: 24, endLine: 2, endColumn: 28 },
          ],
        },
        {
          file: 'Dockerfile',
          text: 'FROM alpine:3.22\nCOPY --chmod=4755 server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n',
          errors: [{ messageId: 'setuidCopy', line: 2, column: 6, endLine: 2, endColumn: 18 }],
        },
      ],
    },
  },
  check(df, ctx) {
    for (const p of escalationPaths(df)) ctx.report({ messageId: p.messageId, ...(p.data ? { data: p.data } : {}), range: p.range });
  },
};
