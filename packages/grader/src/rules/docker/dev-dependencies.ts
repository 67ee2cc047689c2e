/**
 * docker/dev-dependencies: the node_modules of the final image hold devDependencies, installed in the final image
 * itself or in a stage it copies them from. Reads npm, yarn and pnpm as they read flags and the environment.
 */
import type { DockerfileRule } from '../../rule';
import type { Stage } from '../../dockerfile/model';
import { deliveries, devInstall, type PackageInstall } from '../_shared/node-installs';

const stageName = (s: Stage) => s.alias ?? String(s.index);

export const devDependencies: DockerfileRule = {
  meta: {
    id: 'docker/dev-dependencies',
    severity: 'warning',
    target: 'dockerfile',
    title: { ko: '최종 이미지에 devDependencies가 들어감', en: 'devDependencies end up in the final image' },
    why: {
      ko: 'npm ci나 npm install은 --omit=dev가 없으면 devDependencies(빌드 도구, 테스트 라이브러리)까지 설치합니다. 운영에 쓰지 않는 패키지가 이미지에 남으면 스캐너가 찾는 취약점과 공격 표면, 이미지 크기가 함께 늘어납니다. 설치를 앞 스테이지에서 했더라도 그 node_modules를 COPY --from으로 가져오면 마찬가지입니다. dist/나 build/처럼 빌드 결과만 가져오는 것은 괜찮습니다.',
      en: 'npm ci and npm install without --omit=dev also install devDependencies (build tools, test libraries). Packages production never uses then stay in the image, adding to the vulnerabilities scanners find, the attack surface and the size. Installing in an earlier stage does not help when its node_modules is copied in with COPY --from; copying only build output such as dist/ or build/ is fine.',
    },
    fix: {
      ko: '최종 이미지로 가는 설치에 --omit=dev를 붙이세요(yarn은 --production, pnpm은 --prod; ENV NODE_ENV=production도 같은 효과). 빌드에 devDependencies가 필요하면 빌드 스테이지에서 전부 설치해 빌드한 뒤 npm prune --omit=dev로 지우거나, 운영 의존성만 설치하는 스테이지를 따로 두고 그 node_modules를 가져오세요. --include=dev가 있으면 --omit=dev보다 우선합니다.',
      en: 'Add --omit=dev to the install that feeds the final image (yarn: --production, pnpm: --prod; ENV NODE_ENV=production does the same). When the build needs devDependencies, install everything in a build stage, build, then npm prune --omit=dev, or install production dependencies in a stage of their own and copy that node_modules. --include=dev wins over --omit=dev.',
    },
    refs: { url: 'https://docs.npmjs.com/cli/v11/commands/npm-ci#omit' },
    securitySeverity: 4.0,
    messages: {
      installed: {
        ko: '{{where}}에서 {{tool}}이(가) devDependencies까지 설치해 최종 이미지에 남습니다. --omit=dev를 붙이거나(--include=dev가 있으면 그쪽이 이깁니다) 설치 뒤 npm prune --omit=dev를 실행하세요.',
        en: 'In {{where}}, {{tool}} installs devDependencies too, and they stay in the final image. Add --omit=dev (--include=dev wins over it) or run npm prune --omit=dev after the install.',
      },
      copied: {
        ko: '스테이지 {{stage}}의 node_modules가 {{copyLine}}행의 COPY --from으로 최종 이미지에 들어가는데, 그 스테이지의 마지막 설치({{tool}})가 devDependencies까지 설치합니다. --omit=dev를 붙이거나(--include=dev가 있으면 그쪽이 이깁니다) 설치 뒤 npm prune --omit=dev를 실행하세요.',
        en: 'The node_modules of stage {{stage}} reach the final image through the COPY --from on line {{copyLine}}, and the last install of that stage ({{tool}}) brings devDependencies too. Add --omit=dev (--include=dev wins over it) or run npm prune --omit=dev after the install.',
      },
    },
    examples: {
      bad: [
        {
          file: 'Dockerfile',
          text: 'FROM node:24-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nUSER 1000:1000\nCMD ["node", "server.js"]\n',
          errors: [{ messageId: 'installed', line: 4, column: 5, endLine: 4, endColumn: 11 }],
        },
        {
          file: 'Dockerfile',
          text: 'FROM node:24-alpine AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev && npm install --save-dev typescript\n\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nUSER 1000:1000\nCMD ["node", "server.js"]\n',
          errors: [{ messageId: 'copied', line: 4, column: 26, endLine: 4, endColumn: 59 }],
        },
      ],
      good: [
        {
          file: 'Dockerfile',
          text: 'FROM node:24-alpine AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\n\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nUSER 1000:1000\nCMD ["node", "server.js"]\n',
        },
        {
          file: 'Dockerfile',
          text: 'FROM node:24-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build && npm prune --omit=dev\n\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=build /app /app\nUSER 1000:1000\nCMD ["node", "dist/server.js"]\n',
        },
      ],
    },
  },
  check(df, ctx) {
    const final = df.finalStage;
    if (!final) return;
    // Two stages built FROM one another can share an install: one finding for it.
    const reported = new Set<string>();
    const key = (i: PackageInstall) => `${i.range.line}:${i.range.column}`;
    const own = devInstall(df, final);
    if (own) {
      reported.add(key(own));
      const where =
        own.stage === final
          ? { ko: '최종 스테이지', en: 'the final stage' }
          : {
              ko: `최종 스테이지가 FROM으로 이어받은 스테이지 ${stageName(own.stage)}`,
              en: `stage ${stageName(own.stage)}, which the final stage is built FROM`,
            };
      ctx.report({ messageId: 'installed', data: { where, tool: own.tool }, range: own.range });
    }
    for (const d of deliveries(df, final)) {
      const last = devInstall(df, d.stage);
      if (!last || reported.has(key(last))) continue;
      reported.add(key(last));
      ctx.report({ messageId: 'copied', data: { stage: stageName(d.stage), copyLine: d.copy.range.line, tool: last.tool }, range: last.range });
    }
  },
};
