import { testRule } from '../../../test/dockerfile-rule-tester';
import { devDependencies } from './dev-dependencies';

const FIX = '--omit=dev를 붙이거나(--include=dev가 있으면 그쪽이 이깁니다) 설치 뒤 npm prune --omit=dev를 실행하세요.';
const installed = (where: string, tool = 'npm') => `${where}에서 ${tool}이(가) devDependencies까지 설치해 최종 이미지에 남습니다. ${FIX}`;
const copied = (stage: string, line: number, tool = 'npm') =>
  `스테이지 ${stage}의 node_modules가 ${line}행의 COPY --from으로 최종 이미지에 들어가는데, 그 스테이지의 마지막 설치(${tool})가 devDependencies까지 설치합니다. ${FIX}`;

/** A deps stage running `install`, and a final stage that copies its node_modules (line 8) and runs `extra`. */
const twoStage = (install: string, extra = '') =>
  `FROM node:24-alpine AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN ${install}\n\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\n${extra}USER 1000:1000\nCMD ["node", "server.js"]\n`;

testRule(devDependencies, {
  valid: [
    twoStage('npm ci --omit=dev'),
    twoStage('npm ci --omit dev --ignore-scripts'),
    twoStage('npm ci --only=production'),
    twoStage('yarn install --frozen-lockfile --production'),
    twoStage('corepack pnpm install --prod --frozen-lockfile'),
    // NODE_ENV=production makes npm leave devDependencies out, exec form too
    'FROM node:24-alpine\nENV NODE_ENV=production\nWORKDIR /app\nCOPY . .\nRUN ["npm", "ci"]\nUSER 1000\nCMD ["node", "server.js"]\n',
    // a build stage with devDependencies whose build output alone is copied
    'FROM node:24-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM node:24-alpine AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n\nFROM node:24-alpine\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY --from=build /app/dist ./dist\nUSER 1000\n',
    // everything installed, then pruned before the copy
    'FROM node:24-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci \\\n && npm run build \\\n && npm prune --omit=dev\n\nFROM node:24-alpine\nCOPY --from=build /app /app\nUSER node\n',
    // a global tool is not the project's dependencies; a stage nobody copies from is not in the image
    'FROM node:24-alpine\nRUN npm install -g pm2\nUSER node\n',
    'FROM node:24-alpine AS test\nRUN npm ci && npm test\n\nFROM node:24-alpine\nCOPY . .\nUSER node\n',
    // no Node at all
    'FROM alpine:3.22\nRUN apk add --no-cache curl\nUSER 10001\n',
  ],
  invalid: [
    {
      code: 'FROM node:24-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nUSER 1000\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 11, message: installed('최종 스테이지') }],
    },
    { code: twoStage('npm ci'), errors: [{ line: 4, column: 5, endLine: 4, endColumn: 11, message: copied('deps', 8) }] },
    { code: twoStage('npm ci --omit=dev --include=dev'), errors: [{ line: 4, column: 5, endLine: 4, endColumn: 36, message: copied('deps', 8) }] },
    { code: twoStage('npm ci --omit=optional'), errors: [{ line: 4, column: 5, endLine: 4, endColumn: 27, message: copied('deps', 8) }] },
    { code: twoStage('yarn install --frozen-lockfile'), errors: [{ line: 4, column: 5, endLine: 4, endColumn: 35, message: copied('deps', 8, 'yarn') }] },
    // the last install decides: a devDependency added after the production install
    {
      code: twoStage('npm ci --omit=dev && npm install --save-dev typescript'),
      errors: [{ line: 4, column: 26, endLine: 4, endColumn: 59, message: copied('deps', 8) }],
    },
    // installing again in the final stage, through sh -c: placed at the sh command
    {
      code: twoStage('npm ci --omit=dev', 'RUN sh -c "npm install"\n'),
      errors: [{ line: 10, column: 5, endLine: 10, endColumn: 24, message: installed('최종 스테이지') }],
    },
    // a final stage built FROM the installing stage
    {
      code: 'FROM node:24-alpine AS deps\nWORKDIR /app\nRUN npm ci\nFROM deps\nUSER 1000\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 11, message: installed('최종 스테이지가 FROM으로 이어받은 스테이지 deps') }],
    },
    // a continued RUN with a comment line inside: the position is the install, across lines
    {
      code: 'FROM node:24-alpine\nRUN apk add --no-cache tini \\\n  # dependencies\n  && npm ci \\\n    --no-audit\nUSER node\n',
      errors: [{ line: 4, column: 6, endLine: 5, endColumn: 15, message: installed('최종 스테이지') }],
    },
    // the name spelled with quotes, or kept in build variables: the shell still runs npm
    {
      code: 'FROM node:24-alpine\nRUN n"p"m ci\nUSER node\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 13, message: installed('최종 스테이지') }],
    },
    {
      code: 'FROM node:24-alpine\nARG A=n B=pm\nRUN ${A}${B} ci\nUSER node\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 16, message: installed('최종 스테이지') }],
    },
    // a stage copied by index
    {
      code: 'FROM node:24-alpine\nRUN pnpm install\nFROM node:24-alpine\nCOPY --from=0 /app /app\nUSER node\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 17, message: copied('0', 4, 'pnpm') }],
    },
  ],
});
