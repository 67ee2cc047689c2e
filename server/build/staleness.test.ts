import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportProblem, needsBuild } from './staleness';

let root: string;
const out = () => path.join(root, 'out');
const touch = (relative: string, secondsAgo: number) => {
  const full = path.join(root, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, 'x');
  const time = Date.now() / 1000 - secondsAgo;
  utimesSync(full, time, time);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'w7-stale-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('needsBuild', () => {
  it('builds when out/ is missing, or when the final build step did not run', () => {
    expect(needsBuild(root, out())).toBe('out/가 없습니다');
    touch('out/index.html', 100);
    expect(exportProblem(out())).toBe('빌드의 마지막 단계(CSP, 압축)가 실행되지 않았습니다');
    expect(needsBuild(root, out())).toBe(exportProblem(out()));
  });

  it('builds when the grader package was never built, even with a finished out/', () => {
    touch('out/index.html', 100);
    touch('out/_headers', 100);
    expect(needsBuild(root, out())).toBe('검사 라이브러리(@w7/grader)가 빌드되지 않았습니다');
    touch('packages/grader/dist/index.js', 150);
    expect(needsBuild(root, out())).toBeNull();
  });

  it('builds when any source (server/ and packages/ included) is newer than the finished build, else not', () => {
    touch('app/page.tsx', 200);
    touch('packages/grader/dist/index.js', 150);
    touch('out/index.html', 100);
    touch('out/_headers', 100);
    expect(needsBuild(root, out())).toBeNull();
    for (const source of ['server/app.ts', 'packages/grader/src/index.ts', 'content/chapters/intro.mdx', 'package-lock.json', 'tsconfig.json']) {
      touch(source, 10);
      expect(needsBuild(root, out()), source).toBe('마지막 빌드 이후 소스가 바뀌었습니다');
      touch(source, 300);
    }
    // Build output, dependencies and class data never count as sources.
    touch('server/node_modules/x.js', 10);
    touch('lib/.next/x.js', 10);
    touch('packages/grader/dist/index.js', 10);
    touch('labs/cli/dist/w7-grade.js', 10);
    expect(needsBuild(root, out())).toBeNull();
  });
});
