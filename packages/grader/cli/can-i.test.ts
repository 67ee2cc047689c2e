import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';
import { sample } from '../../../content/samples';

/** Chapter 4's developer Role and RoleBinding, as the course teaches them. */
const SEED_RBAC = sample('rbac-developer').text;

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
let dir = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function canI(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(['can-i', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => '',
    cwd: dir,
    color: false,
  });
  return { code, stdout, stderr };
}

function spawned(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end('');
  });
}

/** The chapter 4 Developer Role and binding, a ServiceAccount binding to a ClusterRole, and a node reader. */
const RBAC = `${SEED_RBAC}---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: secret-reader
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["db"]
    verbs: ["get"]
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: app-secrets
  namespace: production
subjects:
  - kind: ServiceAccount
    name: app
roleRef:
  kind: ClusterRole
  name: secret-reader
  apiGroup: rbac.authorization.k8s.io
`;
const NODES = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: node-reader
rules:
  - apiGroups: [""]
    resources: ["nodes"]
    verbs: ["get", "list"]
  - nonResourceURLs: ["/healthz", "/metrics/*"]
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ops-nodes
subjects:
  - kind: Group
    name: ops-team
    apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: ClusterRole
  name: node-reader
  apiGroup: rbac.authorization.k8s.io
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'w7-can-i-'));
  mkdirSync(join(dir, 'rbac'));
  writeFileSync(join(dir, 'rbac', 'app.yaml'), RBAC);
  writeFileSync(join(dir, 'rbac', 'nodes.yaml'), NODES);
  writeFileSync(join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n');
  writeFileSync(join(dir, 'broken.yaml'), 'kind: Role\nrules: [\n');
  writeFileSync(join(dir, 'dangling.yaml'), NODES.split('---\n')[1]!.replace('node-reader', 'missing'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const yes = { code: 0, stdout: 'yes\n', stderr: '' };
const no = { code: 1, stdout: 'no\n', stderr: '' };

describe.concurrent('w7-grade can-i', () => {
  it('answers like kubectl auth can-i for users, groups and service accounts', async () => {
    expect(await canI('create', 'deployments', '--as', 'developer-user', '-n', 'production', '-f', 'rbac')).toEqual(yes);
    expect(await canI('create', 'deploy.apps', '--as=developer-user', '--namespace=production', '-f', 'rbac/app.yaml')).toEqual(yes);
    expect(await canI('delete', 'deployments', '--as', 'developer-user', '-n', 'production', '-f', 'rbac')).toEqual(no);
    expect(await canI('create', 'deployments', '--as', 'developer-user', '-n', 'staging', '-f', 'rbac')).toEqual(no);
    expect(await canI('create', 'deployments', '--as', 'developer-user', '-f', 'rbac')).toEqual(no);
    expect(await canI('get', 'secrets/db', '--as', 'system:serviceaccount:production:app', '-n', 'production', '-f', 'rbac')).toEqual(yes);
    expect(await canI('get', 'secrets/other', '--as', 'system:serviceaccount:production:app', '-n', 'production', '-f', 'rbac')).toEqual(no);
    expect(await canI('list', 'secrets', '--as', 'system:serviceaccount:production:app', '-n', 'production', '-f', 'rbac')).toEqual(no);
    expect(await canI('create', 'pods', '--subresource', 'exec', '--as', 'system:serviceaccount:production:app', '-n', 'production', '-f', 'rbac')).toEqual(
      yes,
    );
    expect(await canI('create', 'pods', '--as', 'system:serviceaccount:production:app', '-n', 'production', '-f', 'rbac')).toEqual(no);
    expect(await canI('list', 'nodes', '--as', 'bob', '--as-group', 'ops-team', '-n', 'production', '-f', 'rbac')).toEqual(yes);
    expect(await canI('list', 'nodes', '--as', 'bob', '-f', 'rbac')).toEqual(no);
    expect(await canI('get', '/metrics/cadvisor', '--as', 'bob', '--as-group', 'ops-team', '-f', 'rbac')).toEqual(yes);
    expect(await canI('get', '/version', '--as', 'bob', '--as-group', 'ops-team', '-f', 'rbac')).toEqual(no);
  });

  it('warns about unknown types and dangling bindings on stderr', async () => {
    expect(await canI('get', 'widgets', '--as', 'bob', '-f', 'rbac')).toEqual({
      code: 1,
      stdout: 'no\n',
      stderr: "경고: 알 수 없는 리소스 타입 'widgets'입니다. core group(\"\")의 'widgets'로 확인합니다. CRD라면 <타입>.<그룹>으로 쓰세요.\n",
    });
    expect(await canI('get', 'pods', '--as', 'bob', '-f', 'dangling.yaml')).toEqual({
      code: 1,
      stdout: 'no\n',
      stderr: '경고: dangling.yaml:11:9: ClusterRole "missing"가 입력에 없어 이 바인딩이 주는 권한을 알 수 없습니다.\n',
    });
  });

  it('lists what a subject can do', async () => {
    expect(await canI('--list', '--as', 'developer-user', '--as-group', 'ops-team', '-n', 'production', '-f', 'rbac')).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Resources          Non-Resource URLs       Resource Names   Verbs',
        'deployments.apps   []                      []               [get list create update patch]',
        'nodes              []                      []               [get list]',
        'pods               []                      []               [get list]',
        '                   [/healthz /metrics/*]   []               [get]',
        '',
      ].join('\n'),
    });
    expect((await canI('--list', '--as', 'system:serviceaccount:production:app', '-n', 'production', '-f', 'rbac/app.yaml')).stdout).toBe(
      [
        'Resources   Non-Resource URLs   Resource Names   Verbs',
        'pods/exec   []                  []               [create]',
        'secrets     []                  [db]             [get]',
        '',
      ].join('\n'),
    );
    expect((await canI('--list', '--as', 'nobody', '-f', 'rbac')).stdout).toBe('Resources   Non-Resource URLs   Resource Names   Verbs\n');
  });

  it('gives Korean usage errors with exit code 2', async () => {
    const usage = (stderr: string) => ({ code: 2, stdout: '', stderr: `w7-grade: ${stderr}\n` });
    expect(await canI('get', 'pods', '-f', 'rbac')).toEqual(usage('--as로 확인할 사용자를 지정하세요 (ServiceAccount는 system:serviceaccount:<ns>:<이름>)'));
    expect(await canI('get', 'pods', '--as-group', 'g', '-f', 'rbac')).toEqual(usage('--as-group은 --as와 함께 써야 합니다 (kubectl과 같습니다)'));
    expect(await canI('get', 'pods', '--as', 'a')).toEqual(usage('-f로 RBAC 객체가 있는 파일이나 디렉터리를 지정하세요'));
    expect(await canI('get', '--as', 'a', '-f', 'rbac')).toEqual(
      usage('동사와 리소스를 지정하세요. 예: can-i get pods --as alice -f rbac.yaml (도움말: can-i --help)'),
    );
    expect(await canI('get', 'pods', 'extra', '--as', 'a', '-f', 'rbac')).toEqual(usage('인자가 너무 많습니다: extra'));
    expect(await canI('get', 'pods', '--as', 'a', '-f', 'rbac', '--bogus')).toEqual(usage('알 수 없는 옵션입니다: --bogus (도움말: can-i --help)'));
    expect(await canI('get', 'pods', '--as')).toEqual(usage('--as 옵션에 값이 필요합니다'));
    expect(await canI('get', 'pods', '--as', 'a', '-n', 'x', '-A', '-f', 'rbac')).toEqual(usage('-n과 -A는 함께 쓸 수 없습니다'));
    expect(await canI('get', '/healthz', '--subresource', 'x', '--as', 'a', '-f', 'rbac')).toEqual(usage('비리소스 URL에는 --subresource를 쓸 수 없습니다'));
    expect(await canI('get', '.apps', '--as', 'a', '-f', 'rbac')).toEqual(usage("리소스 타입을 읽을 수 없습니다: '.apps' (예: deployments.apps)"));
    expect(await canI('--list', 'get', '--as', 'a', '-f', 'rbac')).toEqual(usage('--list에는 동사와 리소스를 함께 쓸 수 없습니다: get'));
    expect(await canI('get', 'pods', '--as', 'a', '-f', 'nope.yaml')).toEqual(usage('파일이나 디렉터리가 없습니다: nope.yaml'));
    expect(await canI('get', 'pods', '--as', 'a', '-f', 'pod.yaml')).toEqual(
      usage('RBAC 객체(Role, ClusterRole, RoleBinding, ClusterRoleBinding)가 없습니다: pod.yaml'),
    );
    const broken = await canI('get', 'pods', '--as', 'a', '-f', 'broken.yaml');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^w7-grade: broken\.yaml:\d+:\d+: YAML 문법 오류: /);
  });

  it('prints help and is listed in the main help', async () => {
    const help = await canI('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('사용법: w7-grade can-i <동사> <타입>[.<그룹>][/<이름>] --as <사용자> -f <파일>... [옵션]');
    const r = await main(['--help'], {
      stdout: (t) => expect(t).toContain('  can-i      RBAC 권한 확인'),
      stderr: () => {},
      readStdin: async () => '',
      cwd: dir,
      color: false,
    });
    expect(r).toBe(0);
  });

  it('exits 0 and 1 as a process', async () => {
    expect(await spawned(['can-i', 'get', 'pods', '--as', 'developer-user', '-n', 'production', '-f', 'rbac'])).toEqual(yes);
    expect(await spawned(['can-i', 'get', 'secrets', '--as', 'developer-user', '-n', 'production', '-f', 'rbac'])).toEqual(no);
  });
});
