import type { RunInstruction, Stage } from '@w7/grader';
import { fail, finalStage, isStage, noFindings, ok, runsProgram } from '../checks';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';

const STARTER = `FROM node:18-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --only=production
COPY . .
USER 1000:1000
EXPOSE 8080
CMD ["node", "server.js"]
`;

const SECTION = 'container-security#원본-dockerfile에서-고친-점';

/** npm ci/install commands of a stage, with whether they leave out dev dependencies (--omit=dev / --omit dev). */
function npmInstalls(stage: Stage): { run: RunInstruction; omitDev: boolean }[] {
  const out: { run: RunInstruction; omitDev: boolean }[] = [];
  for (const ins of stage.instructions) {
    if (ins.kind !== 'run') continue;
    for (const cmd of ins.commands) {
      const args = cmd.args.map((a) => a.value ?? a.text);
      if (cmd.name !== 'npm' || !['ci', 'install', 'i'].includes(args[0] ?? '')) continue;
      const omitDev = args.some((a, i) => a === '--omit=dev' || (a === '--omit' && args[i + 1] === 'dev'));
      out.push({ run: ins, omitDev });
    }
  }
  return out;
}

function multiStage(ctx: LabContext): ObjectiveResult {
  const stage = finalStage(ctx, 'Dockerfile');
  if (!isStage(stage)) return stage;
  const df = ctx.dockerfile('Dockerfile')!;
  if (df.stages.length < 2) return fail('stage가 하나뿐입니다. 의존성을 설치하는 stage와 실행 stage를 나누세요.', 'Dockerfile', stage.from.range);
  const installHere = npmInstalls(stage)[0];
  if (installHere) return fail('최종 stage에서 npm을 실행합니다. 설치는 앞 stage에서 하고 결과만 COPY --from으로 가져오세요.', 'Dockerfile', installHere.run.range);
  const copies = stage.instructions.some((i) => i.kind === 'copy' && i.flags.some((f) => f.name === 'from' && f.value !== null && df.stages.some((s) => s.index < stage.index && (s.alias === f.value!.toLowerCase() || String(s.index) === f.value))));
  if (!copies) return fail('최종 stage가 앞 stage의 결과를 COPY --from으로 가져오지 않습니다.', 'Dockerfile', stage.from.range);
  return ok(`${df.stages.length}단계 빌드: 최종 stage는 앞 stage의 결과만 복사합니다.`);
}

export const lab: LabMeta = {
  id: 'dockerfile-base-image',
  title: 'Dockerfile: 지원 중인 베이스 이미지와 multi-stage 빌드',
  summary:
    '원래 노트의 Node.js Dockerfile은 지원이 끝난 node:18-alpine과 deprecated된 npm --only=production을 씁니다. 지원 중인 버전 태그로 고정한 베이스, 의존성 설치와 실행을 나눈 multi-stage 빌드, npm ci --omit=dev로 고치세요.',
  files: [{ name: 'Dockerfile', language: 'dockerfile', starter: STARTER }],
  objectives: [
    {
      id: 'runs-app',
      title: '이미지는 여전히 비루트로 server.js를 실행한다',
      rules: ['docker/user-root'],
      section: SECTION,
      check(ctx) {
        const r = runsProgram(ctx, 'Dockerfile', 'server.js', null);
        return r.pass ? noFindings(ctx, 'Dockerfile', ['docker/user-root'], r.reason) : r;
      },
    },
    {
      id: 'supported-base',
      title: '모든 stage가 지원 중(EOL 전)인 베이스 이미지를 쓴다',
      rules: ['docker/eol-base-image'],
      section: SECTION,
      check: (ctx) => noFindings(ctx, 'Dockerfile', ['docker/eol-base-image'], '모든 베이스 이미지가 지원 기간 안에 있습니다.'),
    },
    {
      id: 'pinned-base',
      title: '베이스 이미지를 버전 태그나 digest로 고정한다',
      rules: ['docker/image-tag'],
      section: 'basics#태그와-digest',
      check: (ctx) => noFindings(ctx, 'Dockerfile', ['docker/image-tag'], '모든 베이스 이미지가 버전 태그나 digest로 고정되어 있습니다.'),
    },
    {
      id: 'multi-stage',
      title: '의존성 설치 stage와 실행 stage를 나눈다',
      section: 'container-security#보안-강화-dockerfile',
      check: multiStage,
    },
    {
      id: 'omit-dev',
      title: 'npm ci --omit=dev로 운영 의존성만 설치한다',
      rules: ['docker/npm-only-production'],
      section: SECTION,
      check(ctx) {
        const r = noFindings(ctx, 'Dockerfile', ['docker/npm-only-production'], '');
        if (!r.pass) return r;
        const installs = (ctx.dockerfile('Dockerfile')?.stages ?? []).flatMap(npmInstalls);
        if (installs.length === 0) return fail('npm ci(또는 npm install)로 의존성을 설치하는 RUN이 없습니다.', 'Dockerfile');
        const dev = installs.find((i) => !i.omitDev);
        return dev ? fail('이 npm 설치는 devDependencies까지 설치합니다. --omit=dev를 붙이세요.', 'Dockerfile', dev.run.range) : ok('npm 설치가 모두 --omit=dev로 운영 의존성만 설치합니다.');
      },
    },
  ],
  hints: [
    'Node.js 18과 20은 지원이 끝났습니다. 2026년 말에는 Node 24가 Active LTS입니다.',
    'FROM ... AS deps stage에서 npm ci를 실행하고, 두 번째 FROM에서 COPY --from=deps /app/node_modules ./node_modules로 가져옵니다.',
    '베이스를 node:24-alpine으로 바꾸고, 첫 stage는 RUN npm ci --omit=dev, 두 번째 stage는 node_modules를 COPY --from으로 받은 뒤 COPY . ., USER 1000:1000, CMD ["node", "server.js"]로 끝내세요.',
  ],
};
