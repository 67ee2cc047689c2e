/**
 * The exported site from out/: `/route` serves `route.html`, other files as they are (segment .txt data,
 * hashed /_next/static files), a missing path the 404 page with status 404. Compressed variants written at
 * build time are chosen by Accept-Encoding (@fastify/static), with ETag revalidation, HEAD and Range.
 * Each page gets the CSP of its own <meta> policy (its inline script hashes) as a header.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { metaScriptHashes, pageScriptHashes } from '../export/page-csp';
import { IMMUTABLE_CACHE, isHashedAsset, pageHeaderPolicy, REVALIDATE_CACHE } from '../security/headers';
import { HEADERS_FILE, NGINX_FILE } from '../security/static-host';
import { isApiPath } from './security-headers';

export interface StaticSiteOptions {
  /** Absolute path of the export (out/). */
  outDir: string;
}

/** Build files for static hosts, and direct requests for a compressed variant: never content. */
const HIDDEN = new RegExp(`^/(?:${HEADERS_FILE}|${NGINX_FILE.replace('.', '\\.')})$|\\.(?:br|gz)$`);

/** URL path -> page file (relative to out/): `/` -> `index.html`, `/chapters/intro` -> `chapters/intro.html`. */
export function pageRoutes(outDir: string): Map<string, string> {
  const routes = new Map<string, string>();
  for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const relative = path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const route = `/${relative.slice(0, -'.html'.length)}`;
    if (route === '/index') routes.set('/', relative);
    else if (route.endsWith('/index')) routes.set(route.slice(0, -'index'.length), relative);
    else routes.set(route, relative);
  }
  return routes;
}

/** A page's header policy, from its own <meta> policy (read once per file version). */
function pagePolicies() {
  const cache = new Map<string, { mtimeMs: number; policy: string }>();
  return (file: string): string => {
    const { mtimeMs } = statSync(file);
    const hit = cache.get(file);
    if (hit?.mtimeMs === mtimeMs) return hit.policy;
    const html = readFileSync(file, 'utf8');
    const policy = pageHeaderPolicy(metaScriptHashes(html) ?? pageScriptHashes(html));
    cache.set(file, { mtimeMs, policy });
    return policy;
  };
}

const staticSite: FastifyPluginAsync<StaticSiteOptions> = async (app, { outDir }) => {
  const policyOf = pagePolicies();
  const routes = pageRoutes(outDir);

  const setHeaders = (reply: FastifyReply, filePath: string) => {
    const logical = filePath.replace(/\.(?:br|gz)$/, '');
    const urlPath = `/${path.relative(outDir, logical).split(path.sep).join('/')}`;
    reply.header('cache-control', isHashedAsset(urlPath) ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
    if (logical.endsWith('.html')) reply.header('content-security-policy', policyOf(logical));
  };

  await app.register(fastifyStatic, {
    root: outDir,
    preCompressed: true,
    // Ours (setHeaders): immutable for hashed files only.
    cacheControl: false,
    etag: true,
    lastModified: true,
    acceptRanges: true,
    dotfiles: 'ignore',
    index: false,
    redirect: false,
    allowedPath: (pathName) => !HIDDEN.test(pathName),
    setHeaders,
  });

  for (const [route, file] of routes) {
    app.get(route, (_request, reply) => reply.sendFile(file));
  }

  app.setNotFoundHandler((request, reply) => {
    if (isApiPath(request.url)) return reply.code(404).send({ error: 'not-found', message: '없는 API 경로입니다.' });
    // No ETag or Range: a 304 or 206 must never stand in for a 404.
    return reply.code(404).sendFile('404.html', { etag: false, lastModified: false, acceptRanges: false });
  });
};

export default fp(staticSite, { name: 'w7-static-site', fastify: '5.x' });
