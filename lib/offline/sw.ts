/**
 * The service worker (bundled to out/sw.js by `serwist build` after `next build` and Pagefind): precaches
 * every page, lab, script (the editor and grading workers included), stylesheet, font and the search index,
 * so after one visit the course works offline. A new deployment waits until the learner accepts the
 * "새 버전" prompt (components/offline/ServiceWorkerUpdate.tsx); it never takes over a page on its own.
 */
import { ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

/**
 * Turbopack starts each web worker (the grader's, Monaco's) as `turbopack-worker-<hash>.js#params=<config>`
 * (`?params=` for shared workers) and the worker reads that config from its own URL. A worker's URL is its
 * response's URL, and a cached response carries the cache key's URL, without query or fragment; so workers and
 * requests with a query get a copy of the cached response that has no URL of its own, and keep the URL they were
 * started with.
 */
const keepRequestUrl: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ event, cachedResponse }) => {
    // The plugin's `request` is the cache key; the page's own request is the fetch event's.
    if (!cachedResponse || !(event instanceof FetchEvent)) return cachedResponse;
    const { destination, url } = event.request;
    if (destination !== 'worker' && destination !== 'sharedworker' && new URL(url).search === '') return cachedResponse;
    return new Response(cachedResponse.body, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers: cachedResponse.headers });
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // /chapters/intro is out/chapters/intro.html in the static export.
    cleanURLs: true,
    directoryIndex: 'index.html',
    // Query strings never select different content on this site (?at= is read by the page).
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    concurrency: 6,
    plugins: [keepRequestUrl],
  },
  // The waiting worker takes over only when the page sends SKIP_WAITING (the learner's click).
  skipWaiting: false,
  // On the very first install no page is controlled yet: claim it, so its later editor and worker
  // chunks load from the cache when the network is gone.
  clientsClaim: true,
  disableDevLogs: true,
  runtimeCaching: [
    {
      // Client navigation fetches React Server Component payloads (.txt). They are not precached (they
      // double the size); the ones seen are kept, and a miss offline makes Next load the precached page.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('.txt'),
      handler: new NetworkFirst({
        cacheName: 'w7-rsc',
        networkTimeoutSeconds: 4,
        plugins: [new ExpirationPlugin({ maxEntries: 300 })],
      }),
    },
  ],
});

serwist.addEventListeners();
