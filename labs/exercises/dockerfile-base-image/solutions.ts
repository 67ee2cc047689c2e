import type { LabSolutions } from '../types';
import { dockerfileDistroless, dockerfileNode } from '../../../content/samples';

export const solutions: LabSolutions = {
  reference: { Dockerfile: dockerfileNode.text },
  alternatives: [
    { Dockerfile: dockerfileDistroless.text },
    {
      Dockerfile: `FROM node:22.21-alpine3.22@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit dev --ignore-scripts

FROM node:22.21-alpine3.22@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
WORKDIR /app
COPY --from=0 /app/node_modules ./node_modules
COPY . .
USER 1000
ENTRYPOINT ["node"]
CMD ["server.js"]
`,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { Dockerfile: '' } },
    { name: '태그만 latest로 바꾼다', files: { Dockerfile: 'FROM node:latest AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:latest\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nUSER 1000\nCMD ["node", "server.js"]\n' } },
    {
      name: '최종 stage에서 다시 설치한다',
      files: { Dockerfile: 'FROM node:24-alpine AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nRUN npm install\nUSER 1000\nCMD ["node", "server.js"]\n' },
    },
    {
      name: '빌드 stage에 EOL 이미지를 남긴다',
      files: { Dockerfile: 'FROM node:18-alpine AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nUSER 1000\nCMD ["node", "server.js"]\n' },
    },
    {
      name: 'root로 실행한다',
      files: { Dockerfile: 'FROM node:24-alpine AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nCMD ["node", "server.js"]\n' },
    },
  ],
};
