/**
 * Security headers on every response that goes through Fastify (pages, files, API, errors, 404s): the ones
 * a route already set win (a page's own CSP), the rest come from server/security/headers.ts.
 */
import fp from 'fastify-plugin';
import type { FastifyPluginAsync } from 'fastify';
import { API_POLICY, ASSET_POLICY, COMMON_HEADERS } from '../security/headers';

export const isApiPath = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

const securityHeaders: FastifyPluginAsync = async (app) => {
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) if (!reply.hasHeader(name)) reply.header(name, value);
    const api = isApiPath(request.url);
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', api ? API_POLICY : ASSET_POLICY);
    if (api && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
};

export default fp(securityHeaders, { name: 'w7-security-headers', fastify: '5.x' });
