import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solutions as capstone } from '../exercises/capstone/solutions';
import { getLab, labs } from '../exercises/index';
import { main } from '@w7/grader/cli';
import { courseCommands } from './commands';

const BIN = fileURLToPath(new URL('./dist/w7-grade.js', import.meta.url));
let dir = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function inProcess(args: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    args,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => stdin, cwd: dir, color: false },
    courseCommands,
  );
  return { code, stdout, stderr };
}

function spawned(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end('');
  });
}

function usage(r: Run, text: string) {
  expect(r).toEqual({ code: 2, stdout: '', stderr: `w7-grade: ${text}\n` });
}

const STARTER = getLab('dockerfile-nonroot')!.files[0]!.starter;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'w7-lab-'));
  const put = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  put('kim/answer.txt', STARTER);
  put('lee/Dockerfile', 'FROM alpine:3.22\nCOPY server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n');
  put('cap/Dockerfile', capstone.reference.Dockerfile!);
  put('cap/k8s/deployment.yaml', capstone.reference['deployment.yaml']!);
  put('cap/pod.yaml', 'a: 1\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('w7-grade lab', () => {
  it('prints each objective with pass/fail, reason and position (text), exit 1 when incomplete', async () => {
    const r = await inProcess(['lab', 'dockerfile-nonroot', 'kim/answer.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      '실습 dockerfile-nonroot: Dockerfile: root로 실행하지 않기',
      '',
      '✔ 통과  이미지는 여전히 alpine 위에서 /app/server를 실행한다  [runs-app]',
      '    최종 이미지는 여전히 server을(를) 실행합니다.',
      '✖ 실패  최종 이미지가 root가 아닌 사용자로 실행된다  [non-root]',
      expect.stringMatching(/^ {4}kim\/answer\.txt:3:6 {2}최종 이미지의 마지막 USER가 "root"/),
      '✖ 실패  실행 사용자를 숫자 UID로 적어 runAsNonRoot가 확인할 수 있다  [numeric-user]',
      '    kim/answer.txt:3:6  USER root: 이름 대신 숫자 UID(예: 10001:10001)를 쓰세요. kubelet은 이름만으로 비루트인지 알 수 없습니다.',
      '✔ 통과  이미지 안에 root로 돌아갈 길(setuid, setcap, sudo, doas)이 없다  [no-way-back]',
      '    비루트 사용자가 root로 돌아갈 setuid 파일, capability, sudo/doas가 없습니다.',
      '',
      '✖ 미완료: 목표 4개 중 2개 통과',
      '',
    ]);
  });

  it('prints the documented JSON shape, exit 0 when complete', async () => {
    const r = await inProcess(['lab', 'dockerfile-nonroot', '--format', 'json', 'lee/Dockerfile']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { lab: string; complete: boolean; objectives: Record<string, unknown>[] };
    expect(json.lab).toBe('dockerfile-nonroot');
    expect(json.complete).toBe(true);
    expect(json.objectives.map((o) => Object.keys(o))).toEqual(Array(4).fill(['id', 'title', 'pass', 'reason']));
    expect(json.objectives.map((o) => [o.id, o.pass])).toEqual([
      ['runs-app', true],
      ['non-root', true],
      ['numeric-user', true],
      ['no-way-back', true],
    ]);
  });

  it('matches several files by base name, in any order and directory', async () => {
    const r = await inProcess(['lab', 'capstone', '--format=json', 'cap/k8s/deployment.yaml', 'cap/Dockerfile']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { complete: boolean }).complete).toBe(true);
  });

  it('reads standard input for a one-file lab', async () => {
    const r = await inProcess(['lab', 'dockerfile-nonroot', '--format', 'json', '-'], STARTER);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { objectives: { pass: boolean }[] }).objectives.map((o) => o.pass)).toEqual([true, false, false, true]);
  });

  it('reports usage errors with exit 2', async () => {
    usage(await inProcess(['lab']), '실습 id를 지정하세요 (목록: w7-grade lab --help)');
    usage(await inProcess(['lab', 'nope', 'x']), `알 수 없는 실습입니다: nope (가능한 id: ${labs.map((l) => l.id).join(', ')})`);
    usage(await inProcess(['lab', 'capstone']), '채점할 파일을 지정하세요 (실습 capstone의 파일: Dockerfile, deployment.yaml)');
    usage(
      await inProcess(['lab', 'capstone', 'cap/Dockerfile']),
      '필요한 파일이 없습니다: deployment.yaml (실습 capstone의 파일: Dockerfile, deployment.yaml)',
    );
    usage(
      await inProcess(['lab', 'capstone', 'cap/Dockerfile', 'cap/pod.yaml']),
      'cap/pod.yaml: 실습 capstone에 없는 파일입니다 (필요한 파일: Dockerfile, deployment.yaml)',
    );
    usage(
      await inProcess(['lab', 'dockerfile-nonroot', 'kim/answer.txt', 'lee/Dockerfile']),
      '실습 dockerfile-nonroot은(는) 파일 하나(Dockerfile)만 받습니다. 파일 2개를 받았습니다.',
    );
    usage(await inProcess(['lab', 'dockerfile-nonroot', 'missing.txt']), '파일이나 디렉터리가 없습니다: missing.txt');
    usage(await inProcess(['lab', 'dockerfile-nonroot', '--format', 'sarif', 'x']), "--format 값이 잘못되었습니다: 'sarif' (가능한 값: text, json)");
    usage(await inProcess(['lab', 'dockerfile-nonroot', '--format']), '--format 옵션에 값이 필요합니다');
    usage(await inProcess(['lab', '--rules', 'x']), '알 수 없는 옵션입니다: --rules');
  });

  it('lists the labs in --help', async () => {
    const r = await inProcess(['lab', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('사용법: w7-grade lab <실습 id> [옵션] <파일>...');
    expect(r.stdout).toContain('  capstone               Dockerfile, deployment.yaml\n');
  });

  it('works as a spawned process (npm run grade -- lab ...)', async () => {
    const r = await spawned(['lab', 'dockerfile-nonroot', '--format', 'json', 'kim/answer.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { complete: boolean }).complete).toBe(false);
    const bad = await spawned(['lab', 'nope', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^w7-grade: 알 수 없는 실습입니다: nope /);
  });
});
