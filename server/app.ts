/**
 * The one server process of `npm start`: the exported site and (when given a class store) the class API
 * with its realtime channel, on one origin. Built as a function so that tests start it on an ephemeral port.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import classApi from './class/plugin';
import type { LabCatalog } from './class/labs-catalog';
import type { ClassStore } from './class/store';
import securityHeaders from './plugins/security-headers';
import staticSite from './plugins/static-site';

export interface ClassOptions {
  store: ClassStore;
  catalog: LabCatalog;
  redisUrl: string | null;
  corsOrigins: string[];
  retentionDays: number;
  now?: () => number;
}

export interface AppOptions {
  outDir: string;
  /** The class API; without it the server serves the site only. */
  classes?: ClassOptions;
  /** Trust X-Forwarded-For (behind a reverse proxy). */
  trustProxy?: boolean;
  logger?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    // The class API takes small JSON bodies only.
    bodyLimit: 16 * 1024,
  });
  await app.register(securityHeaders);
  if (options.classes) {
    const { store } = options.classes;
    await app.register(classApi, options.classes);
    app.addHook('onClose', async () => store.db.destroy());
  }
  await app.register(staticSite, { outDir: options.outDir });
  return app;
}
