/**
 * End-of-life base images, dated. `name` is matched against the image name normalized by
 * `normalizeImageName` (Docker Hub `library/` and registry prefixes removed), `tag` against the tag
 * (any tag when absent). An image is reported from its `eol` date on.
 */
export interface EolEntry {
  /** Human-readable label shown in messages: "Node.js 18". */
  label: string;
  name: RegExp;
  tag?: RegExp;
  /** YYYY-MM-DD: the first day without upstream security fixes. */
  eol: string;
  replacement: string;
  source: string;
}

const NODE_IMAGES = /^(?:node|cimg\/node|bitnami\/node)$/;
const NODE_SRC = 'https://github.com/nodejs/Release#release-schedule';
const PY_SRC = 'https://devguide.python.org/versions/';
const ALPINE_SRC = 'https://alpinelinux.org/releases/';
const DEBIAN_SRC = 'https://wiki.debian.org/LTS';
const UBUNTU_SRC = 'https://ubuntu.com/about/release-cycle';
const DISTROLESS_SRC = 'https://github.com/GoogleContainerTools/distroless/blob/main/SUPPORT_POLICY.md';

export const EOL_IMAGES: EolEntry[] = [
  { label: 'Node.js 14', name: NODE_IMAGES, tag: /^(?:14|fermium)(?:[.-]|$)/, eol: '2023-04-30', replacement: 'node:24-alpine', source: NODE_SRC },
  { label: 'Node.js 16', name: NODE_IMAGES, tag: /^(?:16|gallium)(?:[.-]|$)/, eol: '2023-09-11', replacement: 'node:24-alpine', source: NODE_SRC },
  { label: 'Node.js 18', name: NODE_IMAGES, tag: /^(?:18|hydrogen)(?:[.-]|$)/, eol: '2025-04-30', replacement: 'node:24-alpine', source: NODE_SRC },
  { label: 'Node.js 20', name: NODE_IMAGES, tag: /^(?:20|iron)(?:[.-]|$)/, eol: '2026-04-30', replacement: 'node:24-alpine', source: NODE_SRC },
  { label: 'Python 3.8', name: /^python$/, tag: /^3\.8(?:[.-]|$)/, eol: '2024-10-07', replacement: 'python:3.13-slim', source: PY_SRC },
  { label: 'Python 3.9', name: /^python$/, tag: /^3\.9(?:[.-]|$)/, eol: '2025-10-31', replacement: 'python:3.13-slim', source: PY_SRC },
  { label: 'Alpine 3.18', name: /^alpine$/, tag: /^3\.18(?:[.-]|$)/, eol: '2025-05-09', replacement: 'alpine:3.22', source: ALPINE_SRC },
  { label: 'Alpine 3.19', name: /^alpine$/, tag: /^3\.19(?:[.-]|$)/, eol: '2025-11-01', replacement: 'alpine:3.22', source: ALPINE_SRC },
  { label: 'Debian 10 (buster)', name: /^debian$/, tag: /^(?:buster|10)(?:[.-]|$)/, eol: '2024-06-30', replacement: 'debian:trixie-slim', source: DEBIAN_SRC },
  { label: 'Debian 11 (bullseye)', name: /^debian$/, tag: /^(?:bullseye|11)(?:[.-]|$)/, eol: '2026-08-31', replacement: 'debian:trixie-slim', source: DEBIAN_SRC },
  { label: 'Ubuntu 18.04', name: /^ubuntu$/, tag: /^(?:18\.04|bionic)(?:[.-]|$)/, eol: '2023-05-31', replacement: 'ubuntu:24.04', source: UBUNTU_SRC },
  { label: 'Ubuntu 20.04', name: /^ubuntu$/, tag: /^(?:20\.04|focal)(?:[.-]|$)/, eol: '2025-05-31', replacement: 'ubuntu:24.04', source: UBUNTU_SRC },
  {
    label: 'nginx 1.25 (mainline branch, superseded by 1.26/1.27)',
    name: /^(?:nginx|nginxinc\/nginx-unprivileged)$/,
    tag: /^1\.25(?:[.-]|$)/,
    eol: '2024-04-23',
    replacement: 'nginxinc/nginx-unprivileged:stable-alpine',
    source: 'https://nginx.org/2024.html',
  },
  {
    label: 'distroless Node.js 18',
    name: /^gcr\.io\/distroless\/nodejs18(?:-debian\d+)?$/,
    eol: '2025-04-30',
    replacement: 'gcr.io/distroless/nodejs24-debian13:nonroot',
    source: 'https://github.com/GoogleContainerTools/distroless/pull/1788',
  },
  { label: 'distroless Node.js 20', name: /^gcr\.io\/distroless\/nodejs20(?:-debian\d+)?$/, eol: '2026-04-30', replacement: 'gcr.io/distroless/nodejs24-debian13:nonroot', source: NODE_SRC },
  {
    label: 'distroless Debian 11',
    name: /^gcr\.io\/distroless\/[a-z0-9.]+-debian11$/,
    eol: '2024-09-03',
    replacement: 'the matching gcr.io/distroless/*-debian13 image',
    source: 'https://github.com/GoogleContainerTools/distroless/pull/1656',
  },
  {
    label: 'distroless Debian 12',
    name: /^gcr\.io\/distroless\/[a-z0-9.]+-debian12$/,
    eol: '2026-09-01',
    replacement: 'the matching gcr.io/distroless/*-debian13 image',
    source: DISTROLESS_SRC,
  },
];
