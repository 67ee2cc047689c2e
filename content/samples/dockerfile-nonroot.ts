/** ERRATA §2.10: the fix of the "root user" case (chapter hands-on, lab dockerfile-nonroot). */
import type { CourseSample } from './types';

export const dockerfileNonroot: CourseSample = {
  id: 'dockerfile-nonroot',
  lang: 'dockerfile',
  file: 'Dockerfile',
  text: `FROM alpine:3.22
RUN adduser -D -u 10001 appuser
# 실행 파일은 root 소유로 둡니다: 앱 사용자는 실행만 하고 고칠 수는 없습니다
COPY server /app/server
USER 10001:10001
CMD ["/app/server"]
`,
};
