// @ts-check
/**
 * `serwist build` (the last step of `npm run build`): bundles lib/offline/sw.ts with esbuild into out/sw.js
 * and injects the precache manifest of out/ (pages, scripts, styles, fonts, the Pagefind index).
 * @type {import('@serwist/cli').BuildOptions}
 */
export default {
  swSrc: 'lib/offline/sw.ts',
  swDest: 'out/sw.js',
  globDirectory: 'out',
  globPatterns: ['**/*.{html,js,css,woff2,svg,ico,png,json,wasm,pagefind,pf_meta,pf_index,pf_fragment}'],
  globIgnores: [
    'sw.js',
    // React Server Component payloads: cached at run time instead (see lib/offline/sw.ts).
    '**/*.txt',
    // Pagefind's ready-made UIs: the site has its own search dialog.
    'pagefind/pagefind-ui.*',
    'pagefind/pagefind-modular-ui.*',
    'pagefind/pagefind-component-ui.*',
    'pagefind/pagefind-highlight.js',
    // Precompressed copies a server may add; the browser asks for the plain URL.
    '**/*.{gz,br,zst,map}',
  ],
  // The Monaco editor chunk is about 2.4 MB; nothing here is larger than 6 MB.
  maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
  // Hashed build output never changes under the same URL, so it needs no revision.
  dontCacheBustURLsMatching: /^_next\/static\//,
};
