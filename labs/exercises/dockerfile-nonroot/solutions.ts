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
  ],
  bypasses: [
    { name: '파일을 비운다', files: { Dockerfile: '' } },
    {
      name: '원래 노트처럼 RUN 안에서 USER를 쓴다',
      files: { Dockerfile: 'FROM alpine:3.22\nCOPY server /app/server\nRUN adduser -D appuser && USER appuser\nCMD ["/app/server"]\n' },
    },
    { name: '이름으로만 적는다', files: { Dockerfile: 'FROM alpine:3.22\nRUN adduser -D appuser\nCOPY server /app/server\nUSER appuser\nCMD ["/app/server"]\n' } },
    { name: 'USER 0으로 바꾼다', files: { Dockerfile: 'FROM alpine:3.22\nCOPY server /app/server\nUSER 0\nCMD ["/app/server"]\n' } },
    { name: '앱 실행을 지운다', files: { Dockerfile: 'FROM alpine:3.22\nCOPY server /app/server\nUSER 10001:10001\n' } },
    { name: '베이스 이미지를 바꾼다', files: { Dockerfile: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY server /app/server\nUSER 65532\nCMD ["/app/server"]\n' } },
    {
      name: '비루트로 바꾼 뒤 다시 root로 돌아간다',
      files: { Dockerfile: 'FROM alpine:3.22\nUSER 10001\nCOPY server /app/server\nUSER root\nCMD ["/app/server"]\n' },
    },
  ],
};
