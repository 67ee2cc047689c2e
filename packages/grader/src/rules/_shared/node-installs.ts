/**
 * Which package installs a Dockerfile runs (npm, yarn, pnpm) and whether they leave devDependencies out, read as
 * those tools read their command lines and environment; and which stages hand node_modules to the final image.
 * Shared by docker/dev-dependencies and the dockerfile-base-image lab. Pure; never throws.
 */
import type { CopyInstruction, DockerfileModel, RunInstruction, Stage } from '../../dockerfile/model';
import { stageChain, varsAt } from '../../dockerfile/vars';
import type { Range } from '../../types';
import { runCalls, runText, type RunCall } from './run-calls';

export interface PackageInstall {
  stage: Stage;
  run: RunInstruction;
  tool: 'npm' | 'yarn' | 'pnpm';
  /** devDependencies are left out (flags, NODE_ENV=production, npm_config_omit). */
  omitDev: boolean;
  /** `npm prune --omit=dev` and the like: removes devDependencies that an earlier install brought. */
  prune: boolean;
  /** The install command in the Dockerfile. */
  range: Range;
}

const NPM_INSTALL = new Set([
  'ci',
  'clean-install',
  'ic',
  'install-clean',
  'isntall-clean',
  'install-ci-test',
  'cit',
  'install',
  'i',
  'in',
  'ins',
  'inst',
  'insta',
  'instal',
  'isnt',
  'isnta',
  'isntal',
  'isntall',
  'add',
  'install-test',
  'it',
]);
/** npm options that take the next word as their value (`npm --prefix /app ci`). */
const NPM_VALUED = new Set([
  '--prefix',
  '-C',
  '--cache',
  '--registry',
  '--userconfig',
  '--loglevel',
  '--workspace',
  '-w',
  '--omit',
  '--include',
  '--only',
  '--also',
]);

function subcommand(args: readonly string[]): { name: string; rest: string[] } | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      if (NPM_VALUED.has(a)) i++;
      continue;
    }
    return { name: a, rest: [...args.slice(0, i), ...args.slice(i + 1)] };
  }
  return null;
}

function envOmitsDev(vars: ReadonlyMap<string, string | null>): boolean {
  const nodeEnv = vars.get('NODE_ENV');
  const omit = vars.get('npm_config_omit') ?? vars.get('NPM_CONFIG_OMIT');
  const prod = vars.get('npm_config_production') ?? vars.get('NPM_CONFIG_PRODUCTION');
  return nodeEnv === 'production' || (omit ?? '').split(/[\s,]+/).includes('dev') || prod === 'true';
}

/** Reads the dev-dependency flags of an npm, yarn or pnpm command line; `include` wins over `omit` as in npm. */
function devFlags(args: readonly string[]): { omit: boolean; include: boolean; global: boolean } {
  let omit = false;
  let include = false;
  let global = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, null];
    const value = inline ?? (NPM_VALUED.has(flag) ? (args[i + 1] ?? '') : null);
    switch (flag) {
      case '--omit':
        if (value === 'dev') omit = true;
        break;
      case '--include':
      case '--also':
        if (value === 'dev' || value === 'development') include = true;
        break;
      case '--only':
        if (value === 'prod' || value === 'production') omit = true;
        if (value === 'dev' || value === 'development') include = true;
        break;
      case '--production':
      case '--prod':
      case '-P':
        if (value === null || value === 'true') omit = true;
        else if (value === 'false') include = true;
        break;
      case '--dev':
      case '-D':
      case '--save-dev':
        include = true;
        break;
      case '--global':
      case '-g':
        if (value === null || value === 'true') global = true;
        break;
    }
  }
  return { omit, include, global };
}

type Reading = Pick<PackageInstall, 'tool' | 'omitDev' | 'prune'>;

function installOf(call: RunCall, env: boolean): Reading | null {
  const tool = call.name.replace(/^.*\//, '');
  if (tool !== 'npm' && tool !== 'yarn' && tool !== 'pnpm') return null;
  const sub = subcommand(call.args);
  if (tool === 'yarn') {
    const name = sub?.name ?? 'install';
    const f = devFlags(sub ? sub.rest : call.args);
    if (name === 'workspaces' && sub!.rest.includes('focus')) return { tool, omitDev: f.omit && !f.include, prune: false };
    if (name !== 'install' && name !== 'add') return null;
    return { tool, omitDev: (f.omit || env) && !f.include, prune: false };
  }
  if (!sub) return null;
  const f = devFlags(sub.rest);
  if (sub.name === 'prune') return (f.omit || env) && !f.include ? { tool, omitDev: true, prune: true } : null;
  const installs = tool === 'npm' ? NPM_INSTALL.has(sub.name) : ['install', 'i', 'add'].includes(sub.name);
  // A global install (`npm install -g pm2`) installs a tool, not the project's dependencies.
  if (!installs || f.global) return null;
  return { tool, omitDev: (f.omit || env) && !f.include, prune: false };
}

/**
 * Whether a RUN can run npm, yarn or pnpm at all: one of their names in its text once quotes and backslashes are
 * taken out (the shell joins `n"p"m` into npm; `corepack` and `npx` name the tool too), or a variable, which could
 * spell one. Any other RUN's script need not be read, which is most of this rule's time on a large Dockerfile.
 */
function mayRunTool(df: DockerfileModel, ins: RunInstruction): boolean {
  const text = runText(df, ins).replace(/['"\\]/g, '');
  return text.includes('$') || /npm|yarn/i.test(text);
}

/** The installs (and prunes) each RUN of a stage runs, in order. */
export function packageInstalls(df: DockerfileModel, stage: Stage): PackageInstall[] {
  const out: PackageInstall[] = [];
  for (const ins of stage.instructions) {
    if (ins.kind !== 'run' || !mayRunTool(df, ins)) continue;
    const env = envOmitsDev(varsAt(df, stage, ins));
    for (const call of runCalls(df, stage, ins) ?? []) {
      // `corepack pnpm install`, `npx npm ci`: the tool is the first argument
      const c = (call.name === 'corepack' || call.name === 'npx') && call.args.length > 0 ? { ...call, name: call.args[0]!, args: call.args.slice(1) } : call;
      const i = installOf(c, env);
      if (i) out.push({ stage, run: ins, range: call.range, ...i });
    }
  }
  return out;
}

/** The installs of a stage and of every stage it is built FROM, in build order. */
export function chainPackageInstalls(df: DockerfileModel, stage: Stage): PackageInstall[] {
  return stageChain(df, stage).flatMap((s) => packageInstalls(df, s));
}

/** The stage a `COPY --from=` names (alias or index), when it is a stage of this file. */
export function copySourceStage(df: DockerfileModel, copy: CopyInstruction): Stage | null {
  const from = copy.flags.find((f) => f.name === 'from')?.value;
  if (!from) return null;
  const lower = from.toLowerCase();
  return df.stages.find((s) => s.alias === lower) ?? (/^\d+$/.test(from) ? (df.stages[Number(from)] ?? null) : null);
}

/** Paths that are build output, not dependencies. */
const BUILD_OUTPUT = /(?:^|\/)(?:dist|build|out|\.next|lib|public|static)(?:\/|$)/;

export interface Delivery {
  /** The stage files are copied from. */
  stage: Stage;
  /** The first `COPY --from` that brings them. */
  copy: CopyInstruction;
}

/**
 * The stages whose files land in the final image through `COPY --from` in the final stage or a stage it is built
 * FROM, other than plain build output (dist/, build/ ...): node_modules, the app directory, or everything.
 */
export function deliveries(df: DockerfileModel, final: Stage): Delivery[] {
  const chain = new Set(stageChain(df, final).map((s) => s.index));
  const out = new Map<number, Delivery>();
  for (const s of stageChain(df, final)) {
    for (const ins of s.instructions) {
      if (ins.kind !== 'copy') continue;
      const src = copySourceStage(df, ins);
      if (!src || chain.has(src.index) || out.has(src.index)) continue;
      const paths = ins.sources.map((w) => w.value);
      if (paths.length > 0 && paths.every((p) => BUILD_OUTPUT.test(p) && !/node_modules/.test(p))) continue;
      out.set(src.index, { stage: src, copy: ins });
    }
  }
  return [...out.values()];
}

/** The last install or prune of the stage (with its FROM chain) when it leaves devDependencies in, else null. */
export function devInstall(df: DockerfileModel, stage: Stage): PackageInstall | null {
  const all = chainPackageInstalls(df, stage);
  const last = all[all.length - 1];
  return last && !last.omitDev ? last : null;
}
