/**
 * Which release an image reference names, and whether that release still gets security fixes.
 *
 * The dates come from `eol-data.json` (endoflife.date's API, dated; refreshed by
 * `scripts/refresh-eol-data.mjs` when run with internet). An image can name more than one release:
 * `node:24-alpine3.21` is Node.js 24 on Alpine 3.21, and it is out of support when either is.
 */
import data from './eol-data.json';

export interface Cycle {
  cycle: string;
  codename: string | null;
  releaseDate: string;
  /** YYYY-MM-DD from which there are no more security fixes, or false while supported. */
  eol: string | false;
  lts: boolean;
}

export interface Product {
  label: string;
  link: string;
  asOf: string;
  recommended: string;
  cycles: Cycle[];
}

export type ProductId = 'nodejs' | 'python' | 'go' | 'nginx' | 'alpine' | 'debian' | 'ubuntu' | 'distroless-debian';

export const EOL_DATA = data as unknown as { source: string; generated: string; products: Record<ProductId, Product> };

export interface ImageRef {
  /** Lower-cased name with docker.io/ and library/ removed: `node`, `gcr.io/distroless/static-debian12`. */
  name: string;
  tag: string | null;
  digest: string | null;
}

/** Splits `registry:5000/org/name:tag@sha256:...` into name, tag and digest. */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const name = rest
    .toLowerCase()
    .replace(/^(?:index\.)?docker\.io\//, '')
    .replace(/^registry-1\.docker\.io\//, '')
    .replace(/^library\//, '');
  return { name, tag, digest };
}

/** One release an image names: `{ product: 'alpine', cycle: '3.21' }`. */
export interface NamedRelease {
  product: ProductId;
  /** The cycle as the data spells it, or the version the tag names when the data has no such cycle. */
  cycle: string;
  /** The cycle in the data, when there is one. */
  known: Cycle | null;
  /** Where in the reference it was read: 'tag' or 'name'. */
  from: 'tag' | 'name';
}

const RUNTIME_IMAGES: Array<{ name: RegExp; product: ProductId }> = [
  { name: /^(?:node|cimg\/node|bitnami\/node|circleci\/node)$/, product: 'nodejs' },
  { name: /^(?:python|cimg\/python|bitnami\/python|circleci\/python)$/, product: 'python' },
  { name: /^(?:golang|cimg\/go|bitnami\/golang|circleci\/golang)$/, product: 'go' },
  { name: /^(?:nginx|nginxinc\/nginx-unprivileged|bitnami\/nginx)$/, product: 'nginx' },
  { name: /^alpine$/, product: 'alpine' },
  { name: /^debian$/, product: 'debian' },
  { name: /^ubuntu$/, product: 'ubuntu' },
];

const DISTROLESS = /^gcr\.io\/distroless\/([a-z]+?)(\d+(?:\.\d+)?)?(?:-debian(\d+))?$/;

function product(id: ProductId): Product {
  return EOL_DATA.products[id];
}

function versionParts(v: string): number[] {
  return v.split('.').map((p) => Number(p));
}

/** Compares two dotted versions numerically: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function cycleByCodename(p: ProductId, word: string): Cycle | null {
  return product(p).cycles.find((c) => c.codename === word) ?? null;
}

/** The number of dotted parts that make a cycle for each product: `24` for Node.js, `3.13` for Python. */
const CYCLE_PARTS: Record<ProductId, number> = {
  nodejs: 1,
  python: 2,
  go: 2,
  nginx: 2,
  alpine: 2,
  debian: 1,
  ubuntu: 2,
  'distroless-debian': 1,
};

/**
 * The release a version string names, for one product: `3.13.2` → 3.13 for Python, `24.11.1` → 24 for
 * Node.js. Null when the version is broader than a cycle (`3` for Python, `1` for nginx): such a tag
 * follows the newest release and names no one cycle.
 */
function releaseOfVersion(p: ProductId, version: string, from: 'tag' | 'name'): NamedRelease | null {
  const parts = version.split('.');
  const want = CYCLE_PARTS[p];
  if (parts.length < want) return null;
  const cycle = parts
    .slice(0, want)
    .map((x) => String(Number(x)))
    .join('.');
  const spelled = p === 'ubuntu' ? parts.slice(0, 2).join('.') : cycle;
  const known = product(p).cycles.find((c) => c.cycle === spelled || compareVersions(c.cycle, cycle) === 0) ?? null;
  return { product: p, cycle: known?.cycle ?? spelled, known, from };
}

/** Codenames of a product's cycles, listed once: the data is static. */
const codenames = new Map<ProductId, readonly string[]>();
function codenamesOf(p: ProductId): readonly string[] {
  let list = codenames.get(p);
  if (!list) {
    list = product(p)
      .cycles.filter((c) => c.codename)
      .map((c) => c.codename as string);
    codenames.set(p, list);
  }
  return list;
}
const DEBIAN_CODENAMES = () => codenamesOf('debian');
const UBUNTU_CODENAMES = () => codenamesOf('ubuntu');

/** The OS releases named in a tag's variant part: `alpine3.21`, `bookworm`, `slim-bullseye`, `jammy`. */
function osReleasesIn(words: string[]): NamedRelease[] {
  const out: NamedRelease[] = [];
  for (const w of words) {
    const alpine = /^alpine(\d+\.\d+)(?:\.\d+)?$/.exec(w);
    if (alpine) {
      const r = releaseOfVersion('alpine', alpine[1], 'tag');
      if (r) out.push(r);
      continue;
    }
    if (DEBIAN_CODENAMES().includes(w)) {
      const c = cycleByCodename('debian', w)!;
      out.push({ product: 'debian', cycle: c.cycle, known: c, from: 'tag' });
      continue;
    }
    if (UBUNTU_CODENAMES().includes(w)) {
      const c = cycleByCodename('ubuntu', w)!;
      out.push({ product: 'ubuntu', cycle: c.cycle, known: c, from: 'tag' });
    }
  }
  return out;
}

export interface ImageReleases {
  ref: ImageRef;
  /** The product the image name is, when the data knows it. */
  product: ProductId | null;
  /** Every release the reference names (the runtime, then the OS it is built on). */
  releases: NamedRelease[];
  /**
   * True when the reference names no release of its own product: no tag, `latest`, or a moving tag
   * (`stable`, `mainline`, `lts-alpine`, `alpine`, `current`, `bookworm` for node). A digest pins any
   * tag.
   */
  floating: boolean;
  /** The moving part, for messages: 'latest', 'stable-alpine', '(no tag)'. */
  floatingTag: string | null;
}

/** Words a tag uses for a moving release. */
const MOVING_WORDS = new Set([
  'latest',
  'stable',
  'mainline',
  'lts',
  'current',
  'edge',
  'rolling',
  'devel',
  'testing',
  'unstable',
  'sid',
  'oldstable',
  'nightly',
  'tip',
  'rc',
  'beta',
]);

/** Reads the releases an image reference names. */
export function imageReleases(reference: string): ImageReleases {
  const ref = parseImageRef(reference);
  const tag = ref.tag;
  const releases: NamedRelease[] = [];
  let prod: ProductId | null = null;
  let named = false;

  const distroless = DISTROLESS.exec(ref.name);
  if (distroless) {
    prod = 'distroless-debian';
    const [, runtime, runtimeVersion, debian] = distroless;
    const runtimeProduct: ProductId | null = runtime === 'nodejs' ? 'nodejs' : runtime === 'python' ? 'python' : null;
    if (runtimeProduct && runtimeVersion) {
      const r = releaseOfVersion(runtimeProduct, runtimeVersion, 'name');
      if (r) releases.push(r);
    }
    if (debian) {
      const r = releaseOfVersion('distroless-debian', debian, 'name');
      if (r) releases.push(r);
      named = true;
    }
    const floating = ref.digest === null && !named;
    return { ref, product: prod, releases, floating, floatingTag: floating ? (tag ?? '(no tag)') : null };
  }

  prod = RUNTIME_IMAGES.find((r) => r.name.test(ref.name))?.product ?? null;
  const words = (tag ?? '')
    .toLowerCase()
    .split('-')
    .filter((w) => w !== '');

  if (prod && tag) {
    let first = words[0] ?? '';
    let rest = words.slice(1);
    if (first === 'lts' && rest.length > 0 && cycleByCodename(prod, rest[0])) {
      first = rest[0];
      rest = rest.slice(1);
    }
    const version = /^v?(\d+(?:\.\d+)*)$/.exec(first);
    if (version) {
      const r = releaseOfVersion(prod, version[1], 'tag');
      if (r) releases.push(r);
      named = r !== null;
      // `python:3-slim`, `nginx:1-alpine`: a version, just broader than one release
      if (!r) named = true;
    } else {
      const c = cycleByCodename(prod, first);
      if (c) {
        releases.push({ product: prod, cycle: c.cycle, known: c, from: 'tag' });
        named = true;
      }
    }
    const osWords = named ? rest : words;
    for (const os of osReleasesIn(osWords)) {
      if (os.product === prod) continue;
      releases.push(os);
    }
  } else if (tag) {
    // an image the data does not know: a tag with a number in it is taken as a version
    named = /\d/.test(tag) && !words.some((w) => MOVING_WORDS.has(w));
    releases.push(...osReleasesIn(words));
  }

  const floating = ref.digest !== null ? false : !named;
  return { ref, product: prod, releases, floating, floatingTag: floating ? (tag ?? '(no tag)') : null };
}

export interface EolFinding {
  product: ProductId;
  /** "Node.js 18", "Alpine Linux 3.21", "Debian 11 (bullseye)". */
  label: string;
  eol: string;
  /** A supported reference to move to: "node:24-alpine". */
  replacement: string;
  source: string;
}

function releaseLabel(r: NamedRelease): string {
  const p = product(r.product);
  const code = r.known?.codename ? ` (${r.known.codename})` : '';
  return `${p.label} ${r.cycle}${code}`;
}

/**
 * When a release is out of support on `today`: the data's date, or — for a release older than every
 * release the data knows — the oldest known date (it ended before that one did).
 */
function eolOf(r: NamedRelease): string | null {
  if (r.known) return r.known.eol === false ? null : r.known.eol;
  const cycles = product(r.product).cycles;
  if (/^\d+(?:\.\d+)*$/.test(r.cycle) && cycles.every((c) => compareVersions(r.cycle, c.cycle) < 0)) {
    const dates = cycles
      .map((c) => c.eol)
      .filter((d): d is string => typeof d === 'string')
      .sort();
    return dates[0] ?? null;
  }
  return null;
}

function replacementFor(ref: ImageRef, r: NamedRelease): string {
  const rec = product(r.product).recommended;
  const dl = DISTROLESS.exec(ref.name);
  if (dl) {
    const [, runtime, version = ''] = dl;
    const newVersion = runtime === 'nodejs' && version ? product('nodejs').recommended : version;
    return `gcr.io/distroless/${runtime}${newVersion}-debian${product('distroless-debian').recommended}${ref.tag ? `:${ref.tag}` : ''}`;
  }
  if (r.product === 'alpine' && ref.name !== 'alpine') return `${ref.name}:${(ref.tag ?? '').replace(/alpine\d+\.\d+(?:\.\d+)?/, `alpine${rec}`)}`;
  if ((r.product === 'debian' || r.product === 'ubuntu') && ref.name !== r.product) {
    const code = product(r.product).cycles.find((c) => c.cycle === rec)?.codename ?? rec;
    return `${ref.name}:${(ref.tag ?? '').replace(new RegExp(`\\b${r.known?.codename ?? r.cycle}\\b`), code)}`;
  }
  const variant = (ref.tag ?? '').replace(/^(?:lts-)?[^-]+/, '');
  return `${ref.name}:${rec}${variant}`;
}

/** The releases in `reference` that are out of support on `today` (YYYY-MM-DD). */
export function eolFindings(reference: string, today: string): EolFinding[] {
  const info = imageReleases(reference);
  const out: EolFinding[] = [];
  for (const r of info.releases) {
    const eol = eolOf(r);
    if (eol === null || eol > today) continue;
    out.push({
      product: r.product,
      label: releaseLabel(r),
      eol,
      replacement: replacementFor(info.ref, r),
      source: product(r.product).link,
    });
  }
  return out;
}

/** YYYY-MM-DD for an option value, or today's UTC date. */
export function todayOf(option: unknown): string {
  if (typeof option === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(option)) return option;
  return new Date().toISOString().slice(0, 10);
}
