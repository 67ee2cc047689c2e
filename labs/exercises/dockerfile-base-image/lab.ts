import { chainPackageInstalls, copySourceStage, packageInstalls, stageChain, type Instruction } from '@w7/grader';
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

const DF = 'Dockerfile';

/** A FROM whose image a build argument without a default decides: the file pins nothing. */
function unresolvedBase(ctx: LabContext): ObjectiveResult | null {
  const df = ctx.dockerfile(DF);
  const s = df?.stages.find((x) => x.baseStage === null && x.resolvedImage === null);
  return s
    ? fail(
        `FROM ${s.image}: 기본값 없는 ARG가 베이스 이미지를 정합니다. 어떤 이미지가 쓰일지는 빌드 명령에 달려 있으니 ARG에 지원 중인 버전의 기본값을 주거나 이미지를 직접 적으세요.`,
        DF,
        s.imageRange,
      )
    : null;
}

function multiStage(ctx: LabContext): ObjectiveResult {
  const stage = finalStage(ctx, DF);
  if (!isStage(stage)) return stage;
  const df = ctx.dockerfile(DF)!;
  if (df.stages.length < 2) return fail('스테이지가 하나뿐입니다. 의존성을 설치하는 스테이지와 실행 스테이지를 나누세요.', DF, stage.from.range);
  const installHere = chainPackageInstalls(df, stage).find((i) => !i.prune);
  if (installHere) {
    const where =
      installHere.stage.index === stage.index
        ? '최종 스테이지에서'
        : `최종 스테이지가 FROM으로 이어받은 stage ${installHere.stage.alias ?? installHere.stage.index}에서`;
    return fail(
      `${where} ${installHere.tool}로 패키지를 설치합니다. 그 스테이지의 모든 것(설치 도구, 캐시, 빌드 의존성)이 최종 이미지에 남습니다. 설치는 따로 둔 스테이지에서 하고 결과만 COPY --from으로 가져오세요.`,
      DF,
      installHere.run.range,
    );
  }
  const chain = new Set(stageChain(df, stage).map((s) => s.index));
  const fromOtherStage = (i: Instruction) => {
    const src = i.kind === 'copy' ? copySourceStage(df, i) : null;
    return src !== null && !chain.has(src.index);
  };
  const copies = stageChain(df, stage).some((s) => s.instructions.some(fromOtherStage));
  if (!copies) return fail('최종 스테이지가 앞 스테이지의 결과를 COPY --from으로 가져오지 않습니다.', DF, stage.from.range);
  return ok(`${df.stages.length}단계 빌드: 최종 스테이지는 앞 스테이지의 결과만 복사합니다.`);
}

/** The install itself is the lab's to ask for; whether devDependencies reach the image is docker/dev-dependencies. */
function omitDev(ctx: LabContext): ObjectiveResult {
  const r = noFindings(ctx, DF, ['docker/npm-only-production'], '');
  if (!r.pass) return r;
  const df = ctx.dockerfile(DF);
  const stage = finalStage(ctx, DF);
  if (!df || !isStage(stage)) return fail('Dockerfile이 비어 있습니다.', DF);
  if (df.stages.every((s) => packageInstalls(df, s).length === 0)) return fail('npm ci(또는 npm install)로 의존성을 설치하는 RUN이 없습니다.', DF);
  return noFindings(ctx, DF, ['docker/dev-dependencies'], '최종 이미지에 들어가는 node_modules는 운영 의존성만 설치한 것입니다.');
}

export const lab: LabMeta = {
  id: 'dockerfile-base-image',
  title: 'Dockerfile: 지원 중인 베이스 이미지와 멀티 스테이지 빌드',
  summary:
    '원본 노트의 Node.js Dockerfile은 지원이 끝난 node:18-alpine과 deprecated된 npm --only=production을 씁니다. 지원 중인 버전 태그로 고정한 베이스, 의존성 설치와 실행을 나눈 멀티 스테이지 빌드, npm ci --omit=dev로 고치세요.',
  files: [{ name: 'Dockerfile', language: 'dockerfile', starter: STARTER }],
  objectives: [
    {
      id: 'runs-app',
      title: '이미지는 여전히 비루트로 server.js를 실행한다',
      rules: ['docker/user-root'],
      section: SECTION,
      check(ctx) {
        const r = runsProgram(ctx, DF, 'server.js', null);
        return r.pass ? noFindings(ctx, DF, ['docker/user-root'], r.reason) : r;
      },
    },
    {
      id: 'supported-base',
      title: '모든 스테이지가 지원 중(EOL 전)인 베이스 이미지를 쓴다',
      rules: ['docker/eol-base-image'],
      section: SECTION,
      check: (ctx) =>
        unresolvedBase(ctx) ?? noFindings(ctx, DF, ['docker/eol-base-image'], '모든 베이스 이미지(런타임과 태그의 OS 버전)가 지원 기간 안에 있습니다.'),
    },
    {
      id: 'pinned-base',
      title: '베이스 이미지를 버전 태그나 digest로 고정한다 (latest, lts-alpine 같은 움직이는 태그 말고)',
      rules: ['docker/image-tag'],
      section: 'basics#태그와-digest',
      check: (ctx) => unresolvedBase(ctx) ?? noFindings(ctx, DF, ['docker/image-tag'], '모든 베이스 이미지가 버전 태그나 digest로 고정되어 있습니다.'),
    },
    {
      id: 'multi-stage',
      title: '의존성 설치 스테이지와 실행 스테이지를 나눈다',
      section: 'container-security#보안-강화-dockerfile',
      check: multiStage,
    },
    {
      id: 'omit-dev',
      title: '최종 이미지에는 운영 의존성만 들어간다 (npm ci --omit=dev)',
      rules: ['docker/dev-dependencies', 'docker/npm-only-production'],
      section: SECTION,
      check: omitDev,
    },
  ],
  hints: [
    'Node.js 18과 20은 지원이 끝났습니다. 2026년 말에는 Node 24가 Active LTS입니다. 태그에 OS 버전이 붙어 있으면(node:24-alpine3.21) 그 OS도 지원 중이어야 합니다.',
    'FROM ... AS deps 스테이지에서 npm ci를 실행하고, 두 번째 FROM에서 COPY --from=deps /app/node_modules ./node_modules로 가져옵니다.',
    '베이스를 node:24-alpine으로 바꾸고(lts-alpine 같은 움직이는 태그 말고 버전으로), 첫 스테이지는 RUN npm ci --omit=dev, 두 번째 스테이지는 node_modules를 COPY --from으로 받은 뒤 COPY . ., USER 1000:1000, CMD ["node", "server.js"]로 끝내세요.',
  ],
};
