import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
let dir = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** The same entry point in-process (for the many small cases; the spawned runs cover the process edges). */
async function inProcess(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => '',
    cwd: dir,
    color: false,
  });
  return { code, stdout, stderr };
}

/** A usage error: exit 2, nothing on stdout, one line on stderr without a stack trace. */
function expectUsageError(r: Run, text: string) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`w7-grade: ${text}\n`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'w7-cli-'));
  const put = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  put('tree/ok.yaml', 'a: 1\n');
  put('tree/sub/bad.yml', 'a: [\n');
  put('tree/node_modules/dep.yaml', 'a: [\n');
  put('tree/.git/x.yaml', 'a: [\n');
  put('tree/notes.txt', 'a: [\n');
  put('empty.yaml', '');
  put('dup.yaml', 'a: 1\na: 2\n');
  put('ignored.yaml', '# w7-ignore-file parse/yaml-duplicate-key -- 테스트용\na: 1\na: 2\n');
  put('nothing/README.md', '# none\n');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('w7-grade CLI', () => {
  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('사용법: w7-grade [옵션] <파일|디렉터리|->...');
    expect(help.stdout).toContain('  grade      ');
    expect(help.stderr).toBe('');
    expect(await cli(['grade', '-V'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('exits 2 with a one-line reason on usage and input errors', async () => {
    expectUsageError(await cli([]), '검사할 파일이나 디렉터리를 지정하세요 (도움말: --help)');
    expectUsageError(await cli(['--frobnicate', 'x.yaml']), '알 수 없는 옵션입니다: --frobnicate');
    expectUsageError(await cli(['missing.yaml']), '파일이나 디렉터리가 없습니다: missing.yaml');
  });

  it('rejects bad option values and inputs (in-process)', async () => {
    expect(await inProcess(['--version'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
    expectUsageError(await inProcess(['--format', 'xml', 'x.yaml']), "--format 값이 잘못되었습니다: 'xml' (가능한 값: text, json, sarif)");
    expectUsageError(await inProcess(['--fail-on=fatal', 'x.yaml']), "--fail-on 값이 잘못되었습니다: 'fatal' (가능한 값: error, warning, info)");
    expectUsageError(
      await inProcess(['--pss-level', 'privileged', 'x.yaml']),
      "--pss-level 값이 잘못되었습니다: 'privileged' (가능한 값: baseline, restricted)",
    );
    expectUsageError(await inProcess(['--pss-version', '1.30', 'x.yaml']), "--pss-version 값이 잘못되었습니다: '1.30' (예: v1.35, latest)");
    expectUsageError(await inProcess(['--rules', 'nope/*', 'x.yaml']), "--rules 패턴 'nope/*'에 맞는 규칙이 없습니다 (규칙 id 예: docker/user-root, 'pss/*')");
    expectUsageError(await inProcess(['--ignore', 'pss/$x', 'x.yaml']), "--ignore 패턴에 쓸 수 없는 문자가 있습니다: 'pss/$x'");
    expectUsageError(await inProcess(['--rules', ',', 'x.yaml']), '--rules 옵션에 규칙 패턴이 필요합니다');
    expectUsageError(await inProcess(['x.yaml', '--format']), '--format 옵션에 값이 필요합니다');
    expectUsageError(await inProcess(['nothing']), '디렉터리에 검사할 파일(Dockerfile, *.yaml, *.yml)이 없습니다: nothing');
    expectUsageError(await inProcess(['-', '-']), "표준 입력('-')은 한 번만 지정할 수 있습니다");
    const ok = await inProcess(['--rules', 'pss/*,k8s/image-tag', '--pss-level', 'baseline', '--pss-version', 'v1.30', '--', 'tree/ok.yaml']);
    expect(ok).toEqual({ code: 0, stdout: '✔ 문제 없음 (파일 1개 검사)\n', stderr: '' });
  });

  it('walks directories, skipping node_modules and dot-directories, and exits 1 on errors', async () => {
    const r = await cli(['--format', 'json', 'tree']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json.results.map((x: { file: string }) => x.file)).toEqual(['tree/ok.yaml', 'tree/sub/bad.yml']);
    expect(json.results[1].findings[0]).toMatchObject({ ruleId: 'parse/yaml-syntax', severity: 'error', line: 2, column: 1 });
  });

  it('reads stdin for "-" and sniffs its type', async () => {
    const r = await cli(['--format=json', '-'], 'a: 1\na: 2\n');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      version: 1,
      results: [
        {
          file: '-',
          findings: [
            {
              ruleId: 'parse/yaml-duplicate-key',
              severity: 'error',
              message: '같은 키가 두 번 나옵니다. Kubernetes는 뒤의 값만 쓰므로 앞의 설정이 조용히 사라집니다.',
              line: 2,
              column: 1,
              endLine: 2,
              endColumn: 2,
              messageEn: 'Duplicate key: only the last value would be used.',
            },
          ],
        },
      ],
    });
  });

  it('honours --fail-on', async () => {
    const info = await cli(['empty.yaml']);
    expect(info.code).toBe(0);
    expect(info.stdout).toBe(
      'empty.yaml\n  empty.yaml:1:1  정보  빈 파일입니다. 검사할 내용이 없습니다.  [parse/empty]\n\n⚠ 문제 1개: 오류 0, 경고 0, 정보 1 (파일 1개 검사)\n',
    );
    expect((await inProcess(['--fail-on', 'info', 'empty.yaml'])).code).toBe(1);
    expect((await inProcess(['--fail-on', 'warning', 'empty.yaml'])).code).toBe(0);
  });

  it('keeps ignored findings visible without failing', async () => {
    const opt = await inProcess(['--ignore', 'parse/yaml-*', '--format', 'json', 'dup.yaml']);
    expect(opt.code).toBe(0);
    expect(JSON.parse(opt.stdout).results[0].findings.map((f: { ruleId: string; suppressed?: boolean }) => [f.ruleId, f.suppressed])).toEqual([
      ['parse/yaml-duplicate-key', true],
    ]);
    const inline = await inProcess(['ignored.yaml']);
    expect(inline.code).toBe(0);
    expect(inline.stdout).toContain('ignored.yaml:3:1  오류  같은 키가 두 번 나옵니다.');
    expect(inline.stdout).toContain('[parse/yaml-duplicate-key] (무시됨: 1번째 줄 주석)');
    expect(inline.stdout).toContain('✔ 문제 없음, 무시됨 1 (파일 1개 검사)');
  });

  it('writes SARIF with relative URIs and suppressions', async () => {
    const r = await cli(['--format', 'sarif', join(dir, 'dup.yaml'), 'ignored.yaml']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.version).toBe('0.1.0');
    const results = log.runs[0].results;
    expect(results.map((x: any) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine])).toEqual(
      [
        ['parse/yaml-duplicate-key', 'dup.yaml', 2],
        ['parse/yaml-duplicate-key', 'ignored.yaml', 3],
      ],
    );
    expect(results[1].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: '테스트용' }]);
    expect(log.runs[0].tool.driver.rules).toHaveLength(1);
  });
});
