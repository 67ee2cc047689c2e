import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFenceMeta, scanCodeBlocks } from '../../../lib/mdx/fence';
import { main } from './main';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const CHAPTER = fileURLToPath(new URL('../../../content/chapters/04-kubernetes-security.mdx', import.meta.url));
let dir = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function netpol(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(['netpol', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => '',
    cwd: dir,
    color: false,
  });
  return { code, stdout, stderr };
}

const PODS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: myapp
  namespace: production
spec:
  selector: {matchLabels: {app: myapp}}
  template:
    metadata:
      labels: {app: myapp}
    spec:
      containers:
        - name: app
          image: nginxinc/nginx-unprivileged:1.27
          ports: [{containerPort: 8080, name: http}]
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: frontend, labels: {app: frontend}}
spec: {containers: [{name: c, image: web:1.0, ports: [{containerPort: 8080}]}]}
`;

/** The chapter's seed policy (check="bad") and its corrected version. */
function fences(): { bad: string; good: string } {
  // Sample includes (```yaml sample="...") are resolved to the corrected sample's text.
  const blocks = scanCodeBlocks(readFileSync(CHAPTER, 'utf8')).filter((b) => b.lang === 'yaml' && b.code.includes('app-network-policy'));
  const check = (c: string) => blocks.find((b) => parseFenceMeta(b.meta).check === c)!.code;
  return { bad: check('bad'), good: check('good') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'w7-netpol-'));
  const { bad, good } = fences();
  writeFileSync(join(dir, 'pods.yaml'), PODS);
  writeFileSync(join(dir, 'seed.yaml'), bad);
  writeFileSync(join(dir, 'fixed.yaml'), good);
  writeFileSync(join(dir, 'broken.yaml'), 'kind: Pod\nmetadata: [\n');
  writeFileSync(join(dir, 'only-policy.yaml'), good);
  const many = Array.from({ length: 150 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec: {containers: [{name: c, image: i}]}\n`);
  writeFileSync(join(dir, 'many.yaml'), many.join('---\n'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Conn = { from: string; to: string; protocol: string; port: number; allowed: boolean };
const find = (cs: Conn[], from: string, to: string, protocol: string, port: number) =>
  cs.find((c) => c.from === from && c.to === to && c.protocol === protocol && c.port === port)?.allowed;

describe('w7-grade netpol', () => {
  it('prints the JSON truth table: the seed policy blocks frontend and DNS, the corrected one allows them', async () => {
    const seed = await netpol('--format', 'json', 'pods.yaml', 'seed.yaml');
    expect(seed.code).toBe(0);
    expect(seed.stderr).toBe('');
    const cs = (JSON.parse(seed.stdout) as { connections: Conn[] }).connections;
    expect(Object.keys(JSON.parse(seed.stdout))).toEqual(['connections']);
    expect(cs).toHaveLength((4 * 4 - 1) * 4); // frontend/web, kube-system/kube-dns, production/myapp, 8.8.8.8 x TCP/53, TCP/5432, TCP/8080, UDP/53
    expect(cs[0]).toEqual({ from: 'frontend/web', to: 'frontend/web', protocol: 'TCP', port: 53, allowed: true });
    expect(find(cs, 'frontend/web', 'production/myapp', 'TCP', 8080)).toBe(false);
    expect(find(cs, 'production/myapp', 'kube-system/kube-dns', 'UDP', 53)).toBe(false);
    expect(find(cs, 'production/myapp', 'frontend/web', 'TCP', 8080)).toBe(false);

    const fixed = await netpol('--format=json', 'pods.yaml', 'fixed.yaml');
    const fs = (JSON.parse(fixed.stdout) as { connections: Conn[] }).connections;
    expect(find(fs, 'frontend/web', 'production/myapp', 'TCP', 8080)).toBe(true);
    expect(find(fs, 'frontend/web', 'production/myapp', 'TCP', 5432)).toBe(false);
    expect(find(fs, 'production/myapp', 'kube-system/kube-dns', 'UDP', 53)).toBe(true);
    expect(find(fs, 'production/myapp', 'kube-system/kube-dns', 'TCP', 53)).toBe(true);
    expect(find(fs, 'production/myapp', '8.8.8.8', 'TCP', 8080)).toBe(false);
  });

  it('prints matrices and the netpol findings as text', async () => {
    const r = await netpol('pods.yaml', 'seed.yaml');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Pod 3개, NetworkPolicy 1개, 연결 60개',
      'kube-system/kube-dns: 입력에 DNS Pod가 없어 암묵적으로 추가한 kube-dns (UDP/TCP 53)',
      '클러스터 밖 주소: 8.8.8.8',
      '',
    ]);
    const at = lines.indexOf('TCP/8080  (행: 출발 from, 열: 도착 to, . 허용, X 차단)');
    expect(lines.slice(at + 1, at + 6)).toEqual([
      '                     frontend/web         kube-system/kube-dns production/myapp     8.8.8.8',
      'frontend/web         .                    .                    X                    .',
      'kube-system/kube-dns .                    .                    X                    .',
      'production/myapp     X                    X                    .                    X',
      '8.8.8.8              .                    .                    X                    -',
    ]);
    expect(r.stdout).toContain('seed.yaml:24:3  경고  NetworkPolicy "app-network-policy"가 Egress를 제한하지만');
    expect(r.stdout).toContain('[netpol/namespace-name-label]');
    expect(r.stdout).not.toContain('pods.yaml:');
  });

  it('refuses bad input with exit code 2 and one line', async () => {
    const cases: Array<[string[], string]> = [
      [[], 'w7-grade: NetworkPolicy와 Pod가 있는 파일이나 디렉터리를 지정하세요 (도움말: netpol --help)\n'],
      [['--format', 'sarif', 'pods.yaml'], "w7-grade: --format 값이 잘못되었습니다: 'sarif' (가능한 값: text, json)\n"],
      [['--format'], 'w7-grade: --format 옵션에 값이 필요합니다\n'],
      [['--rules', 'x', 'pods.yaml'], 'w7-grade: 알 수 없는 옵션입니다: --rules (도움말: netpol --help)\n'],
      [['missing.yaml'], 'w7-grade: 파일이나 디렉터리가 없습니다: missing.yaml\n'],
      [['broken.yaml'], 'w7-grade: broken.yaml:3:1: YAML 문법 오류: '],
      [['only-policy.yaml'], 'w7-grade: Pod나 워크로드(Deployment, StatefulSet 등)가 없어 연결을 계산할 수 없습니다: only-policy.yaml\n'],
      [['many.yaml'], 'w7-grade: 진리표가 너무 큽니다: 연결 46206개 (끝점 152개, 포트 2개, 한도 20000개). 파일을 나누어 실행하세요\n'],
    ];
    for (const [args, err] of cases) {
      const r = await netpol(...args);
      expect([r.code, r.stdout], args.join(' ')).toEqual([2, '']);
      expect(r.stderr.startsWith(err), `${args.join(' ')}: ${r.stderr}`).toBe(true);
    }
  });

  it('prints help, and the spawned binary gives the same JSON', async () => {
    const help = await netpol('--help');
    expect([help.code, help.stdout.split('\n')[0]]).toEqual([0, '사용법: w7-grade netpol [옵션] <파일|디렉터리|->...']);
    const inProcess = await netpol('--format', 'json', 'pods.yaml', 'fixed.yaml');
    const spawned = await new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'netpol', '--format', 'json', 'pods.yaml', 'fixed.yaml'], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(spawned).toEqual({ code: 0, stdout: inProcess.stdout, stderr: '' });
  }, 30000);
});
