#!/usr/bin/env node
/**
 * `npm start`: builds the static export when out/ is missing or older than the sources, then serves out/
 * on http://localhost:$PORT (default 3000). Only node:* modules.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'out');
const SOURCE_DIRS = ['app', 'components', 'content', 'lib', 'labs', 'packages', 'public'];
const SOURCE_FILES = ['next.config.mjs', 'postcss.config.mjs', 'package.json'];
const SKIP_DIRS = new Set(['node_modules', '.next', 'out', 'test-results']);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
};

/** Newest modification time (ms) of the files under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.isFile()) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  const index = path.join(OUT, 'index.html');
  if (!existsSync(index)) return 'out/ is missing';
  const built = statSync(index).mtimeMs;
  const sources = Math.max(
    ...SOURCE_DIRS.map((dir) => newestMtime(path.join(ROOT, dir))),
    ...SOURCE_FILES.map((file) => (existsSync(path.join(ROOT, file)) ? statSync(path.join(ROOT, file)).mtimeMs : 0)),
  );
  return sources > built ? 'sources changed since the last build' : null;
}

function build(reason) {
  console.log(`Building the site (${reason}) ...`);
  // `npm run build` is next build plus the search index (Pagefind) and the service worker (Serwist).
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', 'build']] : ['npm', ['run', 'build']];
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    console.error(`npm run build failed (exit ${result.status ?? result.signal}); not serving a stale site.`);
    process.exit(1);
  }
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file in out/, or null. */
export function resolveFile(urlPath, outDir = OUT) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = path.normalize(decoded).replace(/^([/\\])+/, '');
  const full = path.join(outDir, relative);
  if (full !== outDir && !full.startsWith(outDir + path.sep)) return null;
  const candidates = decoded.endsWith('/') ? [path.join(full, 'index.html')] : [full, `${full}.html`, path.join(full, 'index.html')];
  if (relative === '' || relative === '.') candidates.unshift(path.join(outDir, 'index.html'));
  return candidates.find(isFile) ?? null;
}

function send(res, status, file, method) {
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type, 'Content-Length': statSync(file).size, 'X-Content-Type-Options': 'nosniff' };
  headers['Cache-Control'] = file.includes(`${path.sep}_next${path.sep}static${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(status, headers);
  if (method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

export function createStaticServer(outDir = OUT) {
  return createServer((req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed\n');
      return;
    }
    const urlPath = (req.url ?? '/').split('?')[0].split('#')[0];
    const file = resolveFile(urlPath, outDir);
    if (file) {
      send(res, 200, file, method);
      return;
    }
    const notFound = path.join(outDir, '404.html');
    if (isFile(notFound)) send(res, 404, notFound, method);
    else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not Found\n');
    }
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // --no-build (the e2e tests): serve out/ as it is; it must exist.
  if (process.argv.includes('--no-build')) {
    if (!existsSync(path.join(OUT, 'index.html'))) {
      console.error('out/index.html is missing: run `npm run build` first.');
      process.exit(1);
    }
  } else {
    const reason = needsBuild();
    if (reason) build(reason);
  }
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, got "${process.env.PORT}"`);
    process.exit(1);
  }
  const server = createStaticServer();
  server.on('error', (error) => {
    console.error(`Cannot serve on port ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, () => {
    const address = server.address();
    console.log(`Serving out/ at http://localhost:${typeof address === 'object' && address ? address.port : port}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
