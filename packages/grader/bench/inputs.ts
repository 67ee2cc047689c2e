/**
 * Deterministic inputs shared by the bench and the robustness tests: a realistic
 * multi-document manifest, a realistic Dockerfile, and hostile inputs.
 */
import type { SourceFile } from '../src/types';

/** Small seeded PRNG (mulberry32): same sequence for the same seed on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPLOYMENT = (i: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: shop
  labels:
    app: app-${i}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: web
          image: registry.example.com/shop/web:1.${i}.0
          ports:
            - containerPort: 8080
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db
                  key: password
`;

const SERVICE = (i: number) => `apiVersion: v1
kind: Service
metadata:
  name: app-${i}
  namespace: shop
spec:
  selector:
    app: app-${i}
  ports:
    - port: 80
      targetPort: 8080
`;

/** About 300 lines: a Namespace, then Deployments and Services. */
export function manifest300(): SourceFile {
  const docs = ['apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n'];
  let lines = 6;
  for (let i = 0; lines < 290; i++) {
    const d = DEPLOYMENT(i);
    const s = SERVICE(i);
    docs.push(d, s);
    lines += d.split('\n').length + s.split('\n').length;
  }
  return { name: 'manifests.yaml', text: docs.join('---\n') };
}

/** About 60 lines: a multi-stage Node.js build with the usual mistakes and fixes mixed. */
export function dockerfile60(): SourceFile {
  const lines = [
    '# syntax=docker/dockerfile:1',
    'ARG NODE_VERSION=20.19.0',
    'FROM node:${NODE_VERSION}-alpine AS deps',
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN npm ci --omit=dev && npm cache clean --force',
    '',
    'FROM node:${NODE_VERSION}-alpine AS build',
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN npm ci',
    'COPY tsconfig.json ./',
    'COPY src ./src',
    'RUN npm run build \\',
    '    && npm prune --omit=dev',
    '',
    'FROM alpine:3.22 AS tools',
    'RUN apk add --no-cache curl=8.14.1-r1 ca-certificates \\',
    '    && update-ca-certificates',
    'ADD https://example.com/tool.tar.gz /tmp/tool.tar.gz',
    'RUN tar -xzf /tmp/tool.tar.gz -C /usr/local/bin && rm /tmp/tool.tar.gz',
    '',
    'FROM node:${NODE_VERSION}-alpine',
    'LABEL org.opencontainers.image.source="https://example.com/shop"',
    'ENV NODE_ENV=production',
    'ENV PORT=8080',
    'ENV API_TOKEN=abc123',
    'WORKDIR /app',
    'RUN apk add --no-cache tini \\',
    '    && addgroup -S -g 10001 app \\',
    '    && adduser -S -u 10001 -G app app',
    'COPY --from=deps /app/node_modules ./node_modules',
    'COPY --from=build /app/dist ./dist',
    'COPY --from=tools /usr/local/bin/tool /usr/local/bin/tool',
    'COPY package.json ./',
    'RUN chmod 755 /app/dist',
    'RUN apt-get update && apt-get install -y curl',
    'RUN curl -fsSL https://example.com/install.sh | sh',
    'RUN mkdir -p /app/tmp && chown 10001:10001 /app/tmp',
    'VOLUME /app/tmp',
    'EXPOSE 8080',
    'HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health || exit 1',
    'USER 10001:10001',
    'ENTRYPOINT ["/sbin/tini", "--"]',
    'CMD ["node", "dist/server.js"]',
  ];
  while (lines.length < 60) lines.splice(lines.length - 3, 0, `LABEL build.step${lines.length}="value ${lines.length}"`);
  return { name: 'Dockerfile', text: `${lines.join('\n')}\n` };
}

export interface HostileInput {
  id: string;
  /** Korean description for the bench table. */
  label: string;
  files: SourceFile[];
}

const FIVE_MB = 5 * 1024 * 1024;

function randomBytes(seed: number, n: number): string {
  const rnd = prng(seed);
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = Math.floor(rnd() * 256);
  return new TextDecoder('utf-8').decode(bytes);
}

function bigConfigMap(): string {
  const head = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n';
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < FIVE_MB; i++) {
    const line = `  key-${i}: "value ${i} ${'x'.repeat(40)}"\n`;
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}

function bigDockerfile(): string {
  const parts = ['FROM alpine:3.22\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < FIVE_MB; i++) {
    const line = `LABEL key${i}="value ${i} ${'y'.repeat(40)}"\n`;
    parts.push(line);
    size += line.length;
  }
  parts.push('USER 10001\n');
  return parts.join('');
}

function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    const prev = String.fromCharCode(96 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

function deepIndent(levels: number): string {
  const parts: string[] = [];
  for (let i = 0; i < levels; i++) parts.push(`${' '.repeat(i)}k${i}:\n`);
  return parts.join('');
}

/** The hostile inputs of the robustness tests, in a fixed order. */
export function hostileInputs(): HostileInput[] {
  const n = 10_000;
  return [
    { id: 'invalid-yaml', label: '잘못된 YAML', files: [{ name: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [web\n' }] },
    { id: 'tab-indent', label: '탭 들여쓰기', files: [{ name: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n' }] },
    { id: 'alias-bomb', label: 'alias bomb (billion laughs)', files: [{ name: 'bomb.yaml', text: billionLaughs() }] },
    { id: 'big-yaml', label: '5 MB YAML (ConfigMap)', files: [{ name: 'big.yaml', text: bigConfigMap() }] },
    { id: 'big-dockerfile', label: '5 MB Dockerfile', files: [{ name: 'Dockerfile', text: bigDockerfile() }] },
    { id: 'big-line', label: '5 MB 한 줄 YAML', files: [{ name: 'line.yaml', text: `a: "${'x'.repeat(FIVE_MB)}"\n` }] },
    { id: 'deep-flow', label: '10k 단계 flow 중첩', files: [{ name: 'deep.yaml', text: `a: ${'['.repeat(n)}${']'.repeat(n)}\n` }] },
    { id: 'deep-seq', label: '10k 단계 block sequence', files: [{ name: 'deep.yaml', text: `${'- '.repeat(n)}x\n` }] },
    { id: 'deep-indent', label: '1k 단계 들여쓰기 중첩', files: [{ name: 'deep.yaml', text: deepIndent(1000) }] },
    {
      id: 'deep-shell',
      label: '10k 단계 셸 중첩 (RUN)',
      files: [{ name: 'Dockerfile', text: `FROM alpine:3.22\nRUN ${'('.repeat(n)}true${')'.repeat(n)}\n` }],
    },
    {
      id: 'binary',
      label: '바이너리 데이터',
      files: [
        { name: 'bin.yaml', text: `apiVersion: v1\n${randomBytes(7, 4096)}` },
        { name: 'Dockerfile', text: `FROM alpine:3.22\n${randomBytes(8, 4096)}` },
      ],
    },
    {
      id: 'bom-crlf',
      label: 'BOM + CRLF',
      files: [
        { name: 'cm.yaml', text: '\uFEFFapiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: a\r\n  name: b\r\n' },
        { name: 'Dockerfile', text: '\uFEFFFROM alpine:3.22\r\nUSER 10001\r\nFROMM x\r\n' },
      ],
    },
    { id: 'duplicate-keys', label: '중복 키', files: [{ name: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nkind: Service\nmetadata:\n  name: web\n' }] },
    { id: 'unknown-kind', label: '알 수 없는 kind', files: [{ name: 'x.yaml', text: 'apiVersion: v1\nkind: Pood\nmetadata:\n  name: web\n' }] },
    {
      id: 'empty',
      label: '빈 파일',
      files: [
        { name: 'empty.yaml', text: '' },
        { name: 'Dockerfile', text: '  \n\t\n' },
      ],
    },
  ];
}
