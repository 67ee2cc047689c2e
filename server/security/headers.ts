/**
 * The security headers of the site, in one place: the server sends them on every response, and the build
 * writes the same values into `_headers` and an nginx snippet for static hosts. Pure data and string
 * building: no fs, no Fastify.
 */

/** Directives of the Content-Security-Policy other than script-src, in the order they are written. */
const BASE_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // React renders style attributes and Monaco inserts <style> elements at run time: neither can be hashed.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  // Same origin only: the class API and its WebSocket ('self' matches ws/wss of the same host).
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['media-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Only in a header: a <meta> policy ignores frame-ancestors (and the browser warns about it). */
const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, string])[] = [['frame-ancestors', "'none'"]];

/** Pagefind runs WebAssembly: 'wasm-unsafe-eval' allows compiling it and nothing else (it is not 'unsafe-eval'). */
const SCRIPT_SOURCES = "'self' 'wasm-unsafe-eval'";

function join(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** script-src allowing our own files, WebAssembly, and exactly the inline scripts whose hashes are given. */
export function scriptSource(hashes: readonly string[]): string {
  return [SCRIPT_SOURCES, ...hashes.map((hash) => `'${hash}'`)].join(' ');
}

/** The policy of an HTML page whose inline scripts have these hashes ("sha256-…"), as a response header. */
export function pageHeaderPolicy(hashes: readonly string[]): string {
  return join([BASE_DIRECTIVES[0]!, ['script-src', scriptSource(hashes)], ...BASE_DIRECTIVES.slice(1), ...HEADER_ONLY_DIRECTIVES]);
}

/** The same policy for the page's own <meta http-equiv> element (written into the HTML at build time). */
export function pageMetaPolicy(hashes: readonly string[]): string {
  return join([BASE_DIRECTIVES[0]!, ['script-src', scriptSource(hashes)], ...BASE_DIRECTIVES.slice(1)]);
}

/** Responses that are not pages (scripts, workers, data): no inline script is ever allowed. */
export const ASSET_POLICY = pageHeaderPolicy([]);

/** The class API answers JSON only: nothing may load from it. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * For static hosts, where one header serves every page: everything except script-src, which each page's
 * <meta> policy sets with its own hashes. A script must pass both policies, so pages are as locked down as
 * with the server's per-page header (default-src is left out because it would also govern scripts).
 */
export const STATIC_HOST_POLICY = join([...BASE_DIRECTIVES.slice(1), ...HEADER_ONLY_DIRECTIVES]);

/**
 * Features this site never uses are switched off; fullscreen stays for the presenter and audience views.
 * Only features Chromium knows: an unknown name is reported as an error in the console.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
  'fullscreen=(self)',
].join(', ');

/** Headers other than the CSP, identical on every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // For browsers without frame-ancestors.
  'X-Frame-Options': 'DENY',
};

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Pages, segment data and unhashed files: always revalidated (ETag), so a new build shows at once. */
export const REVALIDATE_CACHE = 'no-cache';

/** Hashed build output: the only files that may be cached for good. */
export function isHashedAsset(urlPath: string): boolean {
  return urlPath.startsWith('/_next/static/');
}
