import type { LabSolutions } from '../types';

const IMAGE = 'nginxinc/nginx-unprivileged:1.30-alpine';
const REFERENCE = `#!/bin/sh
docker run -d --name web \\
  --user 101:101 \\
  --read-only --tmpfs /tmp \\
  --cap-drop ALL \\
  --security-opt no-new-privileges \\
  -p 127.0.0.1:8080:8080 \\
  ${IMAGE}
`;
const FLAGS = '--user 101:101 --read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges';
const PUB = '-p 127.0.0.1:8080:8080';
const run = (flags: string, image = IMAGE) => `docker run -d --name web ${flags} ${image}\n`;
/** The reference command with more options before the image. */
const plus = (extra: string) => run(`${FLAGS} ${PUB} ${extra}`);

export const solutions: LabSolutions = {
  reference: { 'run.sh': REFERENCE },
  alternatives: [
    {
      'run.sh':
        'docker container run --rm -it --user=101 --read-only=true --mount type=tmpfs,destination=/tmp --cap-drop=all --security-opt=no-new-privileges:true -p [::1]:8080:8080/tcp nginxinc/nginx-unprivileged@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    },
    {
      'run.sh': `set -eu\nNAME=web\ndocker rm -f "$NAME" 2>/dev/null || true\ndocker run -d --name "$NAME" -u 10101:10101 --read-only --tmpfs /tmp:rw,noexec,nosuid,size=64m --cap-drop ALL --cap-add NET_BIND_SERVICE --security-opt no-new-privileges=true -p 127.0.0.1:9090:8080 ${IMAGE}\n`,
    },
    {
      // sudo and exec in front, the image and the port in variables (a default for the port)
      'run.sh': `#!/bin/sh
set -eu
IMAGE="${IMAGE}"
PORT=\${PORT:-8080}
exec sudo docker run -d --name web \\
  --user 101:101 --read-only --tmpfs /tmp \\
  --cap-drop ALL --security-opt no-new-privileges \\
  -p "127.0.0.1:\${PORT}:8080" "$IMAGE"
`,
    },
    {
      // create, then start; the hardening flags kept in one variable (split on spaces when unquoted)
      'run.sh': `#!/bin/bash
HARDEN="--user 101:101 --read-only --tmpfs /tmp --cap-drop=ALL --security-opt no-new-privileges"
docker create --name web $HARDEN -p 127.0.0.1:8080:8080 ${IMAGE}
docker start web
`,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'run.sh': '' } },
    { name: '--privileged를 더한다', files: { 'run.sh': plus('--privileged') } },
    { name: 'SYS_ADMIN을 다시 추가한다', files: { 'run.sh': plus('--cap-add SYS_ADMIN') } },
    { name: '이미지를 바꾼다', files: { 'run.sh': run(`${FLAGS} ${PUB}`, 'nginx:1.30-alpine') } },
    { name: '--user 0', files: { 'run.sh': run(`${FLAGS.replace('101:101', '0')} ${PUB}`) } },
    { name: '모든 인터페이스에 연다', files: { 'run.sh': run(`${FLAGS} -p 8080:8080`) } },
    { name: 'host network', files: { 'run.sh': run(`${FLAGS} --network host`) } },
    { name: 'seccomp를 끈다', files: { 'run.sh': plus('--security-opt seccomp=unconfined') } },
    { name: '옵션을 이미지 뒤에 쓴다', files: { 'run.sh': `docker run -d ${IMAGE} ${FLAGS} ${PUB}\n` } },
    { name: '/tmp 없이 읽기 전용', files: { 'run.sh': run(`${FLAGS.replace(' --tmpfs /tmp', '')} ${PUB}`) } },
    // Scripts as they are really written
    { name: 'sudo docker run에 --privileged', files: { 'run.sh': `sudo ${plus('--privileged')}` } },
    { name: 'exec docker run에 --pid=host', files: { 'run.sh': `exec ${plus('--pid=host')}` } },
    { name: '변수로 이미지를 바꾼다', files: { 'run.sh': `IMAGE=nginx:1.30-alpine\ndocker run -d ${FLAGS} ${PUB} "$IMAGE"\n` } },
    { name: '변수에 --privileged를 숨긴다', files: { 'run.sh': `EXTRA="--privileged --pid=host"\ndocker run -d ${FLAGS} ${PUB} $EXTRA ${IMAGE}\n` } },
    { name: '환경 변수에서 옵션을 받는다', files: { 'run.sh': `docker run -d ${FLAGS} ${PUB} $DOCKER_OPTS ${IMAGE}\n` } },
    { name: 'docker를 함수로 바꾼다', files: { 'run.sh': `docker() { command docker "$@" --privileged; }\n${REFERENCE}` } },
    { name: 'sh -c로 두 번째 컨테이너를 띄운다', files: { 'run.sh': `${REFERENCE}sh -c "docker run -d --privileged -v /:/host alpine:3.22 sleep 1d"\n` } },
    { name: 'eval로 옵션을 붙인다', files: { 'run.sh': `eval "docker run -d ${FLAGS} ${PUB} --cap-add ALL ${IMAGE}"\n` } },
    { name: 'heredoc으로 셸에 넘긴다', files: { 'run.sh': `${REFERENCE}sh <<'EOF'\ndocker run -d --privileged ${IMAGE}\nEOF\n` } },
    { name: 'docker compose로 바꾼다', files: { 'run.sh': 'docker compose up -d\n' } },
    // Later options that cancel earlier ones
    { name: '--read-only=false를 뒤에 쓴다', files: { 'run.sh': plus('--read-only=false') } },
    { name: 'no-new-privileges=false를 뒤에 쓴다', files: { 'run.sh': plus('--security-opt no-new-privileges=false') } },
    { name: '--user를 뒤에서 root로', files: { 'run.sh': plus('-u root') } },
    { name: '--privileged=true', files: { 'run.sh': plus('--privileged=true') } },
    // Every way back to the host
    { name: '호스트 / 를 마운트한다', files: { 'run.sh': plus('-v /:/host') } },
    { name: 'Docker 소켓을 마운트한다', files: { 'run.sh': plus('-v /var/run/docker.sock:/var/run/docker.sock') } },
    { name: '--mount type=bind로 /etc', files: { 'run.sh': plus('--mount type=bind,source=/etc,target=/host-etc,readonly') } },
    {
      name: 'volume-opt로 호스트 경로를 숨긴다',
      files: { 'run.sh': plus('--mount type=volume,dst=/data,volume-opt=type=none,volume-opt=o=bind,volume-opt=device=/') },
    },
    { name: '--volumes-from', files: { 'run.sh': plus('--volumes-from other') } },
    { name: '--use-api-socket', files: { 'run.sh': plus('--use-api-socket') } },
    { name: '장치를 준다', files: { 'run.sh': plus('--device /dev/sda') } },
    { name: 'GPU를 준다', files: { 'run.sh': plus('--gpus all') } },
    { name: '--ipc=host', files: { 'run.sh': plus('--ipc=host') } },
    { name: '--uts host', files: { 'run.sh': plus('--uts host') } },
    { name: '--userns=host', files: { 'run.sh': plus('--userns=host') } },
    { name: '--cgroupns=host', files: { 'run.sh': plus('--cgroupns=host') } },
    { name: 'AppArmor를 끈다', files: { 'run.sh': plus('--security-opt apparmor=unconfined') } },
    { name: 'systempaths=unconfined', files: { 'run.sh': plus('--security-opt systempaths=unconfined') } },
    { name: 'SELinux label을 끈다', files: { 'run.sh': plus('--security-opt label:disable') } },
    { name: '--cap-add=ALL', files: { 'run.sh': plus('--cap-add=ALL') } },
    { name: '소문자 cap_sys_admin', files: { 'run.sh': plus('--cap-add cap_sys_admin') } },
    { name: '--group-add 0', files: { 'run.sh': plus('--group-add 0') } },
    { name: '0.0.0.0을 명시한다', files: { 'run.sh': run(`${FLAGS} -p 0.0.0.0:8080:8080`) } },
    { name: '두 번째 포트를 모든 인터페이스에', files: { 'run.sh': plus('-p 8443:8443') } },
    { name: '-P', files: { 'run.sh': plus('-P') } },
    { name: '[::]에 연다', files: { 'run.sh': run(`${FLAGS} --publish=[::]:8080:8080`) } },
    { name: 'localhost라고 쓴다 (docker가 거부)', files: { 'run.sh': run(`${FLAGS} -p localhost:8080:8080`) } },
    { name: 'docker exec --privileged', files: { 'run.sh': `${REFERENCE}docker exec --privileged web sh -c 'id'\n` } },
    { name: 'docker exec -u 0', files: { 'run.sh': `${REFERENCE}docker exec -u 0 web sh\n` } },
    { name: '알 수 없는 옵션', files: { 'run.sh': plus('--privilegd') } },
  ],
};
