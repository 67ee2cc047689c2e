import type { LabSolutions } from '../types';
import { dockerfileNonroot } from '../../../content/samples';

export const solutions: LabSolutions = {
  reference: {
    Dockerfile: dockerfileNonroot.text,
  },
  alternatives: [
    {
      Dockerfile: `FROM alpine:3.22
COPY server /app/server
# nobody already exists in alpine
USER 65534:65534
CMD ["/app/server"]
`,
    },
    {
      Dockerfile: `FROM alpine:3.22
RUN addgroup -S -g 2000 app && adduser -S -D -u 2000 -G app app
COPY server /app/server
USER 2000
ENTRYPOINT ["/app/server"]
`,
    },
    {
      // The user set once in a shared base stage; the final stage is built FROM it and inherits USER and CMD
      Dockerfile: `FROM alpine:3.22 AS base
RUN adduser -D -u 10001 app
USER 10001:10001
CMD ["/app/server"]

FROM base
COPY server /app/server
`,
    },
    {
      // The UID as a build argument with a non-root default (BuildKit expands it in USER)
      Dockerfile: `ARG APP_UID=10001
FROM alpine:3.22
ARG APP_UID
RUN adduser -D -u "\${APP_UID}" app
COPY server /app/server
USER \${APP_UID}:\${APP_UID}
CMD ["/app/server"]
`,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { Dockerfile: '' } },
    {
      name: '원본 노트처럼 RUN 안에서 USER를 쓴다',
      files: { Dockerfile: 'FROM alpine:3.22\nCOPY server /app/server\nRUN adduser -D appuser && USER appuser\nCMD ["/app/server"]\n' },
    },
    {
      name: '이름으로만 적는다',
      files: { Dockerfile: 'FROM alpine:3.22\nRUN adduser -D appuser\nCOPY server /app/server\nUSER appuser\nCMD ["/app/server"]\n' },
    },
    { name: 'USER 0으로 바꾼다', files: { Dockerfile: 'FROM alpine:3.22\nCOPY server /app/server\nUSER 0\nCMD ["/app/server"]\n' } },
    { name: '앱 실행을 지운다', files: { Dockerfile: 'FROM alpine:3.22\nCOPY server /app/server\nUSER 10001:10001\n' } },
    {
      name: '베이스 이미지를 바꾼다',
      files: { Dockerfile: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY server /app/server\nUSER 65532\nCMD ["/app/server"]\n' },
    },
    {
      name: '비루트로 바꾼 뒤 다시 root로 돌아간다',
      files: { Dockerfile: 'FROM alpine:3.22\nUSER 10001\nCOPY server /app/server\nUSER root\nCMD ["/app/server"]\n' },
    },
    // Who the process runs as, read the way BuildKit reads USER
    { name: 'ARG 기본값 0을 USER에 쓴다', files: { Dockerfile: 'FROM alpine:3.22\nARG UID=0\nCOPY server /app/server\nUSER ${UID}\nCMD ["/app/server"]\n' } },
    { name: '기본값 없는 ARG를 USER에 쓴다', files: { Dockerfile: 'FROM alpine:3.22\nARG UID\nCOPY server /app/server\nUSER $UID\nCMD ["/app/server"]\n' } },
    { name: 'ENV로 root를 넣는다', files: { Dockerfile: 'FROM alpine:3.22\nENV RUN_AS=root\nCOPY server /app/server\nUSER $RUN_AS\nCMD ["/app/server"]\n' } },
    { name: '${VAR:-0} 기본값이 root', files: { Dockerfile: 'FROM alpine:3.22\nCOPY server /app/server\nUSER ${APP_UID:-0}:0\nCMD ["/app/server"]\n' } },
    {
      name: '공유 base stage 뒤에서 root로 돌아간다',
      files: { Dockerfile: 'FROM alpine:3.22 AS base\nUSER 10001\nFROM base\nUSER 0\nCOPY server /app/server\nCMD ["/app/server"]\n' },
    },
    {
      name: 'base 스테이지의 root를 이어받는다',
      files: { Dockerfile: 'FROM alpine:3.22 AS base\nUSER 10001\nUSER 0:0\nFROM base\nCOPY server /app/server\nCMD ["/app/server"]\n' },
    },
    {
      name: '비루트 USER는 빌드 stage에만 있다',
      files: { Dockerfile: 'FROM alpine:3.22 AS build\nUSER 10001\nRUN echo build\nFROM alpine:3.22\nCOPY server /app/server\nCMD ["/app/server"]\n' },
    },
    // A way back to root from the non-root user
    {
      name: 'chmod u+s로 setuid를 건다',
      files: { Dockerfile: 'FROM alpine:3.22\nCOPY server /app/server\nRUN chmod u+s /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n' },
    },
    { name: 'COPY --chmod=4755', files: { Dockerfile: 'FROM alpine:3.22\nCOPY --chmod=4755 server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n' } },
    {
      name: '비밀번호 없는 sudo',
      files: {
        Dockerfile:
          'FROM alpine:3.22\nRUN apk add --no-cache sudo && adduser -D -u 10001 app && echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\nCOPY server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n',
      },
    },
    {
      name: 'doas permit nopass',
      files: {
        Dockerfile:
          'FROM alpine:3.22\nRUN apk add --no-cache doas && echo "permit nopass 10001 as root" > /etc/doas.d/app.conf\nCOPY server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n',
      },
    },
    {
      name: 'root 비밀번호를 지운다',
      files: { Dockerfile: 'FROM alpine:3.22\nRUN passwd -d root\nCOPY server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n' },
    },
    {
      name: 'setcap으로 capability를 붙인다',
      files: {
        Dockerfile:
          'FROM alpine:3.22\nRUN apk add --no-cache libcap && setcap cap_setuid+ep /bin/busybox\nCOPY server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n',
      },
    },
    {
      name: 'setuid 파일을 다른 스테이지에서 COPY --from',
      files: {
        Dockerfile:
          'FROM alpine:3.22 AS tools\nRUN cp /bin/busybox /su && chmod 4755 /su\nFROM alpine:3.22\nCOPY --from=tools /su /usr/local/bin/su\nCOPY server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n',
      },
    },
  ],
};
