/**
 * Fuzzing `grade` with thousands of mutated Dockerfiles and manifests (seeded, so every run
 * tests the same inputs): nothing throws, no rule fails internally, every range is valid and
 * every rule id has metadata. A failure prints the seed and the input that broke.
 */
import { describe, expect, it } from 'vitest';
import { dockerfile60, prng } from '../bench/inputs';
import { grade } from './engine';
import { ruleMeta } from './registry';
import type { SourceFile } from './types';

const DOCKERFILES: SourceFile[] = [
  dockerfile60(),
  {
    name: 'Dockerfile',
    text: 'FROM ubuntu:latest\nENV DB_PASSWORD=hunter2\nADD http://example.com/a.tgz /tmp/\nRUN apt-get update && apt-get install -y curl sudo\nRUN curl -s https://x.sh | bash\nRUN chmod 777 /tmp\nUSER root\nCMD node app.js\n',
  },
  {
    name: 'api.Dockerfile',
    text: '# syntax=docker/dockerfile:1\nARG BASE=python:3.13-slim\nFROM ${BASE} AS base\nRUN <<EOF\npip install --no-cache-dir flask==3.1.0\nEOF\nCOPY --chown=10001:10001 app.py /app/\nUSER app\nENTRYPOINT ["python", "/app/app.py"]\n',
  },
];

const MANIFESTS: SourceFile[] = [
  {
    name: 'pod.yaml',
    text: `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  hostNetwork: true
  containers:
    - name: app
      image: nginx
      securityContext:
        privileged: true
        runAsUser: 0
        capabilities:
          add: ["SYS_ADMIN", "NET_RAW"]
      env:
        - name: API_KEY
          value: "s3cr3t"
      volumeMounts:
        - name: host
          mountPath: /host
  volumes:
    - name: host
      hostPath:
        path: /
`,
  },
  {
    name: 'deploy.yaml',
    text: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/enforce: restricted
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: api
          image: registry.example.com/api:1.4.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {drop: ["ALL"]}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 256Mi}
`,
  },
  {
    name: 'rbac.yaml',
    text: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: too-much
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
  - apiGroups: [""]
    resources: ["secrets", "pods/exec"]
    verbs: ["get", "list", "create"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: admin
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: ServiceAccount
    name: default
    namespace: default
---
apiVersion: v1
kind: Secret
metadata:
  name: db
stringData:
  password: hunter2
`,
  },
  {
    name: '.github/workflows/ci.yml',
    text: 'name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n',
  },
];

const INSERTS = [
  '\t',
  '"',
  "'",
  '&a ',
  '*a',
  '<<: *a',
  '---',
  '#',
  '\\',
  '{',
  '[',
  ']',
  '}',
  ':',
  '- ',
  '|',
  '>',
  '$',
  '${',
  '\r',
  '\u0000',
  '\uFEFF',
  '한',
  '\uD83D\uDE00',
  '\uD800',
  ' ',
  '\n',
];

/** Applies 1-4 random mutations. */
function mutate(text: string, rnd: () => number): string {
  const int = (n: number) => Math.floor(rnd() * n);
  let out = text;
  const count = 1 + int(4);
  for (let k = 0; k < count; k++) {
    const lines = out.split('\n');
    const li = int(lines.length);
    switch (int(8)) {
      case 0: {
        // Byte flip: replace one character.
        const at = int(out.length + 1);
        out = out.slice(0, at) + String.fromCharCode(int(0x80)) + out.slice(at + 1);
        break;
      }
      case 1:
        lines.splice(li, 1);
        out = lines.join('\n');
        break;
      case 2:
        lines.splice(li, 0, lines[li] ?? '');
        out = lines.join('\n');
        break;
      case 3: {
        // Indentation change.
        const line = lines[li] ?? '';
        lines[li] = rnd() < 0.5 ? ' '.repeat(1 + int(4)) + line : line.replace(/^ {1,4}/, '');
        out = lines.join('\n');
        break;
      }
      case 4:
        out = out.slice(0, int(out.length + 1));
        break;
      default: {
        const at = int(out.length + 1);
        out = out.slice(0, at) + INSERTS[int(INSERTS.length)]! + out.slice(at);
      }
    }
  }
  return out;
}

function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
}

/** Problems with one graded input, as readable strings (empty when fine). */
function problems(files: SourceFile[]): string[] {
  let result;
  try {
    result = grade(files);
  } catch (e) {
    return [`threw: ${String(e)}`];
  }
  const out: string[] = [];
  result.results.forEach((r, i) => {
    const max = lineCount(files[i]!.text) + 1;
    for (const f of r.findings) {
      const where = `${r.file} ${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
      if (!(f.line >= 1 && f.line <= f.endLine && f.endLine <= max)) out.push(`${where}: line out of range (max ${max})`);
      if (!(f.column >= 1 && f.endColumn >= 1) || (f.line === f.endLine && f.endColumn < f.column)) out.push(`${where}: bad columns`);
      if (!ruleMeta(f.ruleId)) out.push(`${where}: no metadata`);
      if (f.ruleId === 'internal/rule-error') out.push(`${where}: ${f.message}`);
    }
  });
  return out;
}

function fuzz(corpus: SourceFile[], seed: number, cases: number): string[] {
  const rnd = prng(seed);
  const failures: string[] = [];
  for (let c = 0; c < cases && failures.length < 5; c++) {
    const base = corpus[c % corpus.length]!;
    const file = { name: base.name, text: mutate(base.text, rnd) };
    // Every fourth case also goes through under a name that forces content sniffing.
    const files = c % 4 === 3 ? [file, { name: '-', text: file.text }] : [file];
    const p = problems(files);
    if (p.length > 0) failures.push(`seed ${seed} case ${c} (${base.name}): ${p.slice(0, 3).join('; ')}\n${JSON.stringify(file.text.slice(0, 2000))}`);
  }
  return failures;
}

describe('fuzz', () => {
  it('survives 1200 mutated Dockerfiles', () => {
    expect(fuzz(DOCKERFILES, 0xd0c4e7, 1200)).toEqual([]);
  });

  it('survives 2500 mutated manifests', () => {
    expect(fuzz(MANIFESTS, 0x6a3117, 2500)).toEqual([]);
  });

  it('mutates deterministically', () => {
    const a = mutate(MANIFESTS[0]!.text, prng(42));
    const b = mutate(MANIFESTS[0]!.text, prng(42));
    expect(a).toBe(b);
    expect(a).not.toBe(MANIFESTS[0]!.text);
  });
});
