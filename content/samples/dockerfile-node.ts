/** ERRATA §2.1: the Node.js multi-stage Dockerfile (chapter container-security, lab dockerfile-base-image). */
import type { CourseSample } from './types';

export const dockerfileNode: CourseSample = {
  id: 'dockerfile-node',
  lang: 'dockerfile',
  file: 'Dockerfile',
  text: `# syntax=docker/dockerfile:1
# 1단계: 운영용 의존성만 설치합니다
FROM node:24-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# 2단계: 실행 이미지
FROM node:24-alpine
ENV NODE_ENV=production
WORKDIR /app
# 파일은 root 소유로 둡니다. 앱 사용자는 읽기만 할 수 있어 코드를 바꿀 수 없습니다
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# 공식 node 이미지에 이미 있는 node 사용자(UID/GID 1000)를 숫자로 지정합니다
USER 1000:1000
EXPOSE 8080
CMD ["node", "server.js"]
`,
};
