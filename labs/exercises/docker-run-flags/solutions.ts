import type { LabSolutions } from '../types';

const IMAGE = 'nginxinc/nginx-unprivileged:1.29-alpine';
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
const run = (flags: string, image = IMAGE) => `docker run -d --name web ${flags} ${image}\n`;

export const solutions: LabSolutions = {
  reference: { 'run.sh': REFERENCE },
  alternatives: [
    { 'run.sh': 'docker container run --rm -it --user=101 --read-only=true --mount type=tmpfs,destination=/tmp --cap-drop=all --security-opt=no-new-privileges:true -p [::1]:8080:8080/tcp nginxinc/nginx-unprivileged@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { 'run.sh': `set -eu\nNAME=web\ndocker rm -f "$NAME" 2>/dev/null || true\ndocker run -d --name "$NAME" -u 10101:10101 --read-only --tmpfs /tmp:rw,noexec,nosuid,size=64m --cap-drop ALL --cap-add NET_BIND_SERVICE --security-opt no-new-privileges=true -p 127.0.0.1:9090:8080 ${IMAGE}\n` },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { 'run.sh': '' } },
    { name: '--privileged를 더한다', files: { 'run.sh': run(`${FLAGS} --privileged -p 127.0.0.1:8080:8080`) } },
    { name: 'SYS_ADMIN을 다시 추가한다', files: { 'run.sh': run(`${FLAGS} --cap-add SYS_ADMIN -p 127.0.0.1:8080:8080`) } },
    { name: '이미지를 바꾼다', files: { 'run.sh': run(`${FLAGS} -p 127.0.0.1:8080:8080`, 'nginx:1.29-alpine') } },
    { name: '--user 0', files: { 'run.sh': run(`${FLAGS.replace('101:101', '0')} -p 127.0.0.1:8080:8080`) } },
    { name: '모든 인터페이스에 연다', files: { 'run.sh': run(`${FLAGS} -p 8080:8080`) } },
    { name: 'host network', files: { 'run.sh': run(`${FLAGS} --network host`) } },
    { name: 'seccomp를 끈다', files: { 'run.sh': run(`${FLAGS} --security-opt seccomp=unconfined -p 127.0.0.1:8080:8080`) } },
    { name: '옵션을 이미지 뒤에 쓴다', files: { 'run.sh': `docker run -d ${IMAGE} ${FLAGS} -p 127.0.0.1:8080:8080\n` } },
    { name: '/tmp 없이 읽기 전용', files: { 'run.sh': run(`${FLAGS.replace(' --tmpfs /tmp', '')} -p 127.0.0.1:8080:8080`) } },
  ],
};
