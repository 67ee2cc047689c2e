import {
  chainPackageInstalls,
  contextInImage,
  copySourceStage,
  packageInstalls,
  parseDockerignore,
  stageChain,
  type ContextInImage,
  type CopyInstruction,
  type Instruction,
  type IgnorePattern,
  type Range,
} from '@w7/grader';
import { fail, finalStage, isStage, noFindings, ok, runsProgram, unreadable } from '../checks';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';
import { CONTEXT } from './context';

const STARTER = `FROM node:18-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --only=production
COPY . .
USER 1000:1000
EXPOSE 8080
CMD ["node", "server.js"]
`;

/** Leaves out the host's node_modules and the log, not the secrets (nor .env.production, nor keys below the root). */
const IGNORE_STARTER = `# 이미지에 넣지 않을 파일
node_modules
npm-debug.log
.env
*.pem
`;

const SECTION = 'container-security#원본-dockerfile에서-고친-점';

const DF = 'Dockerfile';
const IGNORE = '.dockerignore';

const lineRange = (p: { line: number; text: string }): Range => ({ line: p.line, column: 1, endLine: p.line, endColumn: p.text.length + 1 });

/** `COPY --from=build /app /app` as written, for messages. */
const copyText = (c: CopyInstruction) =>
  [c.keyword, ...c.flags.map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`)), ...c.args.map((a) => a.raw)].join(' ');

const names = (paths: readonly string[], max = 4) => (paths.length > max ? `${paths.slice(0, max).join(', ')} 외 ${paths.length - max}개` : paths.join(', '));

/**
 * What reaches the final image from the lab's build context (context.ts), or why there is no image: an empty or
 * unreadable Dockerfile, a .dockerignore BuildKit refuses.
 */
function contextOutcome(ctx: LabContext): ContextInImage | ObjectiveResult {
  const bad = unreadable(ctx, DF);
  if (bad) return bad;
  const df = ctx.dockerfile(DF);
  if (!df?.finalStage) return fail('Dockerfile에 FROM이 없습니다.', DF);
  const ignore = parseDockerignore(ctx.text(IGNORE));
  const e = ignore.errors[0];
  if (e)
    return fail(
      `.dockerignore ${e.line}행 "${e.text.trim()}": ${e.reason}. BuildKit은 이런 .dockerignore로는 빌드 컨텍스트를 보내지 않아 빌드가 멈춥니다.`,
      IGNORE,
      lineRange(e),
    );
  return contextInImage(
    df,
    CONTEXT.map((f) => f.path),
    ignore,
  );
}

const isOutcome = (r: ContextInImage | ObjectiveResult): r is ContextInImage => 'files' in r;

/** The `!` line that brought a file back, when one did. */
const reincludedBy = (r: ContextInImage, path: string): IgnorePattern | null => {
  const by = r.decisions.get(path)?.by;
  return by?.exception ? by : null;
};

function appFiles(ctx: LabContext): ObjectiveResult {
  const r = contextOutcome(ctx);
  if (!isOutcome(r)) return r;
  const m = r.missing[0];
  if (m) {
    const by = r.decisions.get(m.source)?.by;
    const why = by?.exception === false ? ` (.dockerignore ${by.line}행의 ${by.text.trim()}이(가) 빌드 컨텍스트에서 뺍니다)` : '';
    return fail(`${m.copy.range.line}행 ${copyText(m.copy)}: ${m.source}이(가) 빌드 컨텍스트에 없어 빌드가 "not found"로 멈춥니다${why}.`, DF, m.copy.range);
  }
  const inImage = new Set(r.files.map((f) => f.source));
  const missing = CONTEXT.filter((f) => f.needed && !inImage.has(f.path)).map((f) => f.path);
  if (missing.length === 0) return ok('server.js, package.json, src/가 최종 이미지에 들어갑니다.');
  const by = r.decisions.get(missing[0]!)?.by;
  if (by && !by.exception)
    return fail(
      `앱에 필요한 ${names(missing)}이(가) 최종 이미지에 없습니다: .dockerignore ${by.line}행의 ${by.text.trim()}이(가) 빌드 컨텍스트에서 뺍니다. 필요한 파일은 !로 다시 넣으세요.`,
      IGNORE,
      lineRange(by),
    );
  return fail(`앱에 필요한 ${names(missing)}이(가) 최종 이미지에 없습니다. 어느 COPY도 가져오지 않습니다.`, DF, ctx.dockerfile(DF)!.finalStage!.from.range);
}

function cleanContext(ctx: LabContext): ObjectiveResult {
  const r = contextOutcome(ctx);
  if (!isOutcome(r)) return r;
  const leaks = r.files.filter((f) => CONTEXT.some((c) => c.path === f.source && c.leak));
  if (leaks.length === 0) return ok('.env, .npmrc, 키, .git, 개발 PC의 node_modules, 디버그 로그 중 어느 것도 최종 이미지에 들어가지 않습니다.');
  const first = leaks[0]!;
  const paths = [...new Set(leaks.map((f) => f.source))];
  const kinds = [...new Set(paths.map((p) => CONTEXT.find((c) => c.path === p)!.leak!))].join(', ');
  const head = `${names(paths)}(${kinds})이(가) ${first.copy.range.line}행의 ${copyText(first.copy)}로 최종 이미지에 들어갑니다`;
  const back = reincludedBy(r, first.source);
  if (back)
    return fail(
      `${head}. .dockerignore ${back.line}행의 ${back.text.trim()}이(가) 앞에서 뺀 ${first.source}를 다시 넣습니다(마지막에 일치한 줄이 이깁니다).`,
      IGNORE,
      lineRange(back),
    );
  const inline = parseDockerignore(ctx.text(IGNORE)).patterns.find((p) => /\s#/.test(p.pattern));
  if (inline)
    return fail(
      `${head}. .dockerignore ${inline.line}행 "${inline.text.trim()}": #는 줄 맨 앞에서만 주석입니다. 뒤에 붙인 # 이후도 패턴의 일부라 이 줄은 어떤 파일과도 맞지 않습니다.`,
      IGNORE,
      lineRange(inline),
    );
  return fail(
    `${head}. .dockerignore에 적어 빌드 컨텍스트에서 빼거나(패턴은 컨텍스트 루트 기준이라 하위 폴더까지 빼려면 **/), 필요한 파일만 COPY하세요. 나중에 RUN rm으로 지워도 앞 레이어에 남습니다.`,
    DF,
    first.copy.range,
  );
}

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
    '원본 노트의 Node.js Dockerfile은 지원이 끝난 node:18-alpine과 deprecated된 npm --only=production을 쓰고, COPY . .가 빌드 컨텍스트의 비밀 파일까지 이미지에 넣습니다. 지원 중인 버전 태그로 고정한 베이스, 의존성 설치와 실행을 나눈 멀티 스테이지 빌드, npm ci --omit=dev, 그리고 .dockerignore(또는 필요한 파일만 COPY)로 고치세요.',
  files: [
    { name: DF, language: 'dockerfile', starter: STARTER },
    { name: IGNORE, language: 'ignore', starter: IGNORE_STARTER, optional: true },
  ],
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
    {
      id: 'app-files',
      title: '이미지가 빌드되고, 앱에 필요한 파일(server.js, package.json, src/)이 들어간다',
      section: SECTION,
      check: appFiles,
    },
    {
      id: 'clean-context',
      title: '빌드 컨텍스트의 비밀·불필요 파일(.env*, .npmrc, 키, .git, 개발 PC의 node_modules, 디버그 로그)이 최종 이미지에 들어가지 않는다',
      section: SECTION,
      check: cleanContext,
    },
  ],
  hints: [
    'Node.js 18과 20은 지원이 끝났습니다. 2026년 말에는 Node 24가 Active LTS입니다. 태그에 OS 버전이 붙어 있으면(node:24-alpine3.21) 그 OS도 지원 중이어야 합니다.',
    'FROM ... AS deps 스테이지에서 npm ci를 실행하고, 두 번째 FROM에서 COPY --from=deps /app/node_modules ./node_modules로 가져옵니다.',
    '빌드 컨텍스트에는 .env.production, .npmrc, certs/ 아래의 키, .git도 있습니다. .dockerignore 패턴은 컨텍스트 루트 기준이라 *.pem은 certs/server.pem을 빼지 못하고, .env는 .env.production을 빼지 못합니다. 마지막에 일치한 줄이 이기므로 ! 줄은 조심해서 쓰세요.',
    '.dockerignore에 .git, node_modules, npm-debug.log*, .env*, !.env.example, .npmrc, **/*.pem, **/*.key를 적거나, COPY . . 대신 COPY package.json server.js ./와 COPY src ./src처럼 필요한 파일만 복사하세요.',
    '베이스를 node:24-alpine으로 바꾸고(lts-alpine 같은 움직이는 태그 말고 버전으로), 첫 스테이지는 RUN npm ci --omit=dev, 두 번째 스테이지는 node_modules를 COPY --from으로 받은 뒤 COPY . ., USER 1000:1000, CMD ["node", "server.js"]로 끝내세요.',
  ],
};
