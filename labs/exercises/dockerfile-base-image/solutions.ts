import type { LabSolutions } from '../types';
import { dockerfileDistroless, dockerfileNode } from '../../../content/samples';

/** The reference .dockerignore: version control and host output, every secret, what the image does not need. */
const IGNORE = `# 버전 관리와 개발 PC의 산출물
.git
node_modules
npm-debug.log*
# 비밀: 환경 변수 파일(예시 파일만 남깁니다), npm 토큰, 키와 인증서
.env*
!.env.example
.npmrc
**/*.pem
**/*.key
# 이미지에 필요 없는 파일
test
README.md
Dockerfile
.dockerignore
`;

/** The lab's starter .dockerignore: enough for a build that copies only the files it needs. */
const WEAK_IGNORE = '# 이미지에 넣지 않을 파일\nnode_modules\nnpm-debug.log\n.env\n*.pem\n';

/** A valid Dockerfile that copies the whole context; the .dockerignore alone decides. */
const COPY_ALL =
  'FROM node:24-alpine AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nUSER 1000:1000\nCMD ["node", "server.js"]\n';
/** The reference .dockerignore with one line replaced. */
const ignoreWith = (line: string, replacement: string) => {
  if (!IGNORE.includes(`${line}\n`)) throw new Error(`no line ${line}`);
  return IGNORE.replace(`${line}\n`, replacement === '' ? '' : `${replacement}\n`);
};
const I = (ignore: string, Dockerfile = COPY_ALL) => ({ Dockerfile, '.dockerignore': ignore });

/** A two-stage build; `deps` and `final` replace the two FROM lines, `install` the npm command, `extra` goes before USER. */
const build = (
  o: { deps?: string; final?: string; install?: string; extra?: string; head?: string; user?: string } = {},
) => `${o.head ?? ''}FROM ${o.deps ?? 'node:24-alpine'} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN ${o.install ?? 'npm ci --omit=dev'}

FROM ${o.final ?? 'node:24-alpine'}
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
${o.extra ?? ''}USER ${o.user ?? '1000:1000'}
CMD ["node", "server.js"]
`;
const B = (o: Parameters<typeof build>[0]) => ({ Dockerfile: build(o), '.dockerignore': IGNORE });

export const solutions: LabSolutions = {
  reference: { Dockerfile: dockerfileNode.text, '.dockerignore': IGNORE },
  alternatives: [
    {
      Dockerfile: dockerfileDistroless.text,
      // the same exclusions spelled differently: anchored, any depth, whole directories
      '.dockerignore': '/.git/\n/node_modules/\n**/.env\n**/.env.*\n!.env.example\n/.npmrc\ncerts/\n*.log\n',
    },
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
      // an allowlist: leave everything out, then bring back only what the build needs
      '.dockerignore': '*\n!server.js\n!package.json\n!package-lock.json\n!src/\n',
    },
    {
      // A build stage that needs devDependencies (the front-end bundle), a separate production install, and the final
      // stage takes only public/ from the build and names its own files: no .dockerignore needed for the image
      Dockerfile: `FROM node:24-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:24-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/public ./public
COPY package.json server.js ./
COPY src ./src
USER 1000:1000
CMD ["node", "server.js"]
`,
    },
    {
      // Build with everything, then prune the devDependencies before the copy; the version from an ARG default
      Dockerfile: `ARG NODE_VERSION=24
FROM node:\${NODE_VERSION}-alpine AS build
WORKDIR /app
COPY . .
RUN npm ci \
 && npm run build \
 && npm prune --omit=dev

FROM node:\${NODE_VERSION}-alpine
WORKDIR /app
COPY --from=build /app /app
USER node
CMD ["node", "server.js"]
`,
      '.dockerignore': IGNORE,
    },
    {
      // NODE_ENV=production makes npm leave devDependencies out; exec-form RUN; the LTS codename with its Alpine release
      Dockerfile: `FROM node:krypton-alpine3.22 AS deps
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN ["npm", "ci"]

FROM node:krypton-alpine3.22
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER 1000:1000
CMD ["node", "server.js"]
`,
      // every file named: exact names at the root, whole directories
      '.dockerignore': '.git\nnode_modules\nnpm-debug.log\n.env\n.env.production\n.npmrc\ncerts\n',
    },
    {
      // the starter's weak .dockerignore, but the final stage copies only the files it needs
      Dockerfile: COPY_ALL.replace('COPY . .', 'COPY package.json server.js ./\nCOPY src/ ./src/'),
      '.dockerignore': WEAK_IGNORE,
    },
  ],
  bypasses: [
    { name: '파일을 비운다', files: { Dockerfile: '' } },
    {
      name: '태그만 latest로 바꾼다',
      files: {
        Dockerfile:
          'FROM node:latest AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:latest\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nUSER 1000\nCMD ["node", "server.js"]\n',
        '.dockerignore': IGNORE,
      },
    },
    {
      name: '최종 스테이지에서 다시 설치한다',
      files: {
        Dockerfile:
          'FROM node:24-alpine AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nRUN npm install\nUSER 1000\nCMD ["node", "server.js"]\n',
        '.dockerignore': IGNORE,
      },
    },
    {
      name: '빌드 stage에 EOL 이미지를 남긴다',
      files: {
        Dockerfile:
          'FROM node:18-alpine AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nUSER 1000\nCMD ["node", "server.js"]\n',
        '.dockerignore': IGNORE,
      },
    },
    {
      name: 'root로 실행한다',
      files: {
        Dockerfile:
          'FROM node:24-alpine AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nCMD ["node", "server.js"]\n',
        '.dockerignore': IGNORE,
      },
    },
    // out of support, however it is spelled
    { name: '지원이 끝난 Alpine 3.21 위의 Node 24', files: B({ deps: 'node:24-alpine3.21', final: 'node:24-alpine3.21' }) },
    { name: 'ARG 기본값으로 Node 20', files: B({ head: 'ARG NODE=20\n', deps: 'node:${NODE}-alpine', final: 'node:${NODE}-alpine' }) },
    { name: 'LTS 코드명 iron(Node 20)', files: B({ deps: 'node:iron-alpine', final: 'node:iron-alpine' }) },
    { name: '지원이 끝난 Debian 11 위의 Node 24', files: B({ deps: 'node:24-bullseye-slim', final: 'node:24-bullseye-slim' }) },
    { name: '${NODE:-18} 기본값', files: B({ head: 'ARG NODE\n', deps: 'node:${NODE:-18}-alpine', final: 'node:24-alpine' }) },
    {
      name: '실행 스테이지를 지원이 끝난 distroless로',
      files: {
        Dockerfile: build({ final: 'gcr.io/distroless/nodejs20-debian12:nonroot', user: '65532' }).replace('CMD ["node", "server.js"]', 'CMD ["server.js"]'),
        '.dockerignore': IGNORE,
      },
    },
    // moving tags
    { name: 'lts-alpine 태그', files: B({ deps: 'node:lts-alpine', final: 'node:lts-alpine' }) },
    { name: 'alpine 태그', files: B({ deps: 'node:alpine', final: 'node:alpine' }) },
    { name: '태그 없이', files: B({ final: 'node' }) },
    { name: '기본값 없는 ARG로 태그를 빌드 명령에 맡긴다', files: B({ head: 'ARG TAG\n', deps: 'node:${TAG}', final: 'node:${TAG}' }) },
    // the final image still carries the install
    { name: '실행 스테이지를 설치 스테이지에서 이어받는다', files: { Dockerfile: build({ final: 'deps' }), '.dockerignore': IGNORE } },
    { name: '실행 스테이지에서 sh -c로 설치한다', files: B({ extra: 'RUN sh -c "npm install"\n' }) },
    { name: '실행 스테이지에서 cd 후 npm i', files: B({ extra: 'RUN cd /app && npm i --no-audit\n' }) },
    {
      name: '한 stage에 이미지를 COPY --from으로 가져온다',
      files: {
        Dockerfile:
          'FROM node:24-alpine\nWORKDIR /app\nCOPY --from=node:24-alpine /usr/local/bin/node /usr/local/bin/node\nCOPY . .\nRUN npm ci --omit=dev\nUSER 1000\nCMD ["node", "server.js"]\n',
        '.dockerignore': IGNORE,
      },
    },
    // devDependencies in the final image
    { name: '--omit=dev 뒤에 --include=dev', files: B({ install: 'npm ci --omit=dev --include=dev' }) },
    { name: '설치 스테이지에서 --omit=dev를 뺀다', files: B({ install: 'npm ci' }) },
    { name: '운영 설치 뒤에 devDependency를 더 설치한다', files: B({ install: 'npm ci --omit=dev && npm install --save-dev typescript' }) },
    { name: '--omit=optional만 쓴다', files: B({ install: 'npm ci --omit=optional' }) },
    // who runs it
    { name: 'ARG 기본값으로 USER root', files: B({ extra: 'ARG RUN_AS=root\n', user: '${RUN_AS}' }) },
    // the build context in the image
    { name: '.dockerignore를 비운다', files: I('') },
    { name: '처음 .dockerignore 그대로 COPY . .', files: I(WEAK_IGNORE) },
    { name: '!.env로 다시 넣는다', files: I(`${IGNORE}!.env\n`) },
    { name: '.env 뒤에 주석을 붙인다', files: I(ignoreWith('.env*', '.env.production\n.env # 로컬 비밀')) },
    { name: '*.env로 적는다', files: I(ignoreWith('.env*', '*.env')) },
    { name: '키는 *.pem, *.key로만 뺀다', files: I(ignoreWith('**/*.pem', '*.pem').replace('**/*.key', '*.key')) },
    { name: 'node_modules를 빼먹는다', files: I(ignoreWith('node_modules', '')) },
    { name: '.git/HEAD만 뺀다', files: I(ignoreWith('.git', '.git/HEAD')) },
    {
      name: '.env는 빼고 .env.production을 COPY로 가져온다',
      files: I(
        '.git\nnode_modules\nnpm-debug.log\n.env\n.npmrc\ncerts\n',
        COPY_ALL.replace('COPY . .', 'COPY package.json server.js .env.production ./\nCOPY src ./src'),
      ),
    },
    { name: 'ARG 기본값으로 COPY 소스를 정한다', files: I(WEAK_IGNORE, COPY_ALL.replace('COPY . .', 'ARG SRC=.\nCOPY ${SRC} .')) },
    { name: 'COPY . . 뒤에 RUN rm으로 지운다', files: I('', COPY_ALL.replace('COPY . .', 'COPY . .\nRUN rm -rf .env* .npmrc certs .git npm-debug.log')) },
    {
      name: '빌드 스테이지를 통째로 COPY --from으로 가져온다',
      files: I(
        WEAK_IGNORE,
        'FROM node:24-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=build /app /app\nUSER 1000\nCMD ["node", "server.js"]\n',
      ),
    },
    { name: '모든 파일을 뺀다', files: I('*\n') },
    { name: '!만 적은 줄', files: I(`${IGNORE}!\n`) },
    { name: '닫히지 않은 [ 패턴', files: I(`${IGNORE}[certs\n`) },
    { name: '필요한 src/까지 뺀다', files: I(`${IGNORE}src\n`) },
  ],
};
