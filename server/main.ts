/**
 * `npm start`: builds out/ when it is stale (`npm run build`, so every build step runs), then serves the
 * site and the class API on PORT (default 3000). `--no-build` (e2e tests) serves out/ as it is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportProblem, GRADER_BUILD, needsBuild } from './build/staleness';
import { ConfigError, readConfig, type ServerConfig } from './config';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function stop(line: string): never {
  console.error(line);
  process.exit(1);
}

function build(reason: string): void {
  console.log(`사이트를 빌드합니다 (${reason}) ...`);
  // Through npm, so that every step of the build script runs; npm_execpath is set when started by npm.
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
    : spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) stop(`빌드 실패 (exit ${result.status ?? result.signal}): 오래된 사이트를 내보내지 않습니다.`);
}

async function listen(config: ServerConfig) {
  // Loaded only now: the lab catalogue imports the grader package, which a stale checkout builds first.
  const [{ buildApp }, { openDatabase }, { courseLabs }, { ClassStore }] = await Promise.all([
    import('./app'),
    import('./class/db/open'),
    import('./class/labs-catalog'),
    import('./class/store'),
  ]);
  const { db, kind } = await openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: config.classDb });
  const app = await buildApp({
    outDir: config.outDir,
    trustProxy: config.trustProxy,
    classes: {
      store: new ClassStore(db, kind),
      catalog: courseLabs,
      redisUrl: config.redisUrl,
      corsOrigins: config.corsOrigins,
      retentionDays: config.retentionDays,
    },
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // A machine without IPv6 cannot bind '::': fall back to every IPv4 address.
    if (config.host === '::' && (error as NodeJS.ErrnoException).code === 'EAFNOSUPPORT') await app.listen({ port: config.port, host: '0.0.0.0' });
    else throw error;
  }
  return app;
}

async function main() {
  let config: ServerConfig;
  try {
    config = readConfig(process.env, ROOT);
  } catch (error) {
    if (error instanceof ConfigError) stop(error.message);
    throw error;
  }
  if (process.argv.includes('--no-build')) {
    const problem = exportProblem(config.outDir) ?? (existsSync(path.join(ROOT, GRADER_BUILD)) ? null : '검사 라이브러리(@w7/grader)가 빌드되지 않았습니다');
    if (problem) stop(`${problem}: 먼저 \`npm run build\`를 실행하세요.`);
  } else {
    const reason = needsBuild(ROOT, config.outDir);
    if (reason) build(reason);
  }
  let app: Awaited<ReturnType<typeof listen>>;
  try {
    app = await listen(config);
  } catch (error) {
    stop(`포트 ${config.port}에서 시작할 수 없습니다: ${(error as Error).message}`);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const store = config.databaseUrl ? 'PostgreSQL' : config.classDb;
  console.log(`http://localhost:${port} 에서 서비스 중 (out/, 수업 저장소: ${store}${config.redisUrl ? ', Redis 팬아웃' : ''})`);
  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
}

void main();
