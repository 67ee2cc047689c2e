import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFlag, evaluateIf } from './expr';
import { parseWorkflows } from './model';
import { githubContext, stepRun, triggerGap, type RunEvent } from './runs';

const PUSH: RunEvent = { event: 'push', branch: 'main', changed: 'server.js', label: 'push' };
const PR: RunEvent = { event: 'pull_request', action: 'synchronize', branch: 'main', changed: 'server.js', label: 'PR' };
const wf = (text: string) => parseWorkflows('ci.yml', text).workflows[0]!;

describe('workflow expressions', () => {
  const push = githubContext(PUSH);
  const pr = githubContext(PR);
  it.each([
    [true, true],
    [false, false],
    ['${{ false }}', false],
    ['always()', true],
    ['failure()', false],
    ['!cancelled()', true],
    ["github.event_name == 'PUSH'", true],
    ["github.event_name != 'push'", false],
    ["startsWith(github.ref, 'refs/heads/')", true],
    ['contains(fromJSON(\'["push"]\'), github.event_name)', 'unknown'],
    ["vars.ON == 'yes'", 'unknown'],
    ["vars.ON == 'yes' && github.event_name == 'pull_request'", false],
    ["vars.ON == 'yes' || github.event_name == 'push'", true],
    ['github.event.pull_request.draft == false', 'unknown'],
    ["github.actor != 'dependabot[bot]'", 'unknown'],
    ["github.repository == 'EXAMPLE/myapp'", true],
    ['${{ true }} && false', 'unknown'],
    ["github.event_name == 'push' &&", 'unknown'],
    ['1 < 2', true],
  ])('if %j on push is %j', (value, want) => {
    expect(evaluateIf(value, push)).toBe(want);
  });
  it('reads the same condition differently per event', () => {
    expect(evaluateIf("github.ref == 'refs/heads/main'", push)).toBe(true);
    expect(evaluateIf("github.ref == 'refs/heads/main'", pr)).toBe(false);
    expect(evaluateIf("github.base_ref == 'main'", pr)).toBe(true);
  });
  it('reads continue-on-error as a boolean or a whole ${{ }} expression', () => {
    expect(evaluateFlag(undefined, push)).toBe(false);
    expect(evaluateFlag(true, push)).toBe(true);
    expect(evaluateFlag('${{ true }}', push)).toBe(true);
    expect(evaluateFlag("${{ github.event_name == 'pull_request' }}", pr)).toBe(true);
    expect(evaluateFlag('${{ matrix.experimental }}', push)).toBe('unknown');
    expect(evaluateFlag('maybe', push)).toBe('unknown');
  });
});

describe('when a workflow starts', () => {
  it.each([
    ['on: [push, pull_request]', PUSH, null],
    ['on: pull_request', PUSH, 'on에 push 트리거가 없습니다'],
    ['on:\n  push:\n    branches: [main]', PUSH, null],
    ["on:\n  push:\n    branches: ['release/**']", PUSH, 'branches 필터에 main 브랜치가 없습니다'],
    ["on:\n  push:\n    branches: ['**', '!main']", PUSH, 'branches 필터에 main 브랜치가 없습니다'],
    ['on:\n  push:\n    branches-ignore: [ma*]', PUSH, 'branches-ignore가 main 브랜치를 뺍니다'],
    ['on:\n  push:\n    tags: [v*]', PUSH, 'push에 tags 필터만 있어 브랜치 push에서는 실행되지 않습니다'],
    ['on:\n  push:\n    tags: [v*]\n    branches: [main]', PUSH, null],
    ["on:\n  push:\n    paths: ['*.js']", PUSH, null],
    ["on:\n  push:\n    paths: ['src/**']", PUSH, 'paths 필터에 없는 server.js 하나만 바꾸면 실행되지 않습니다'],
    ["on:\n  push:\n    paths-ignore: ['docs/**', '**.md']", PUSH, null],
    ["on:\n  push:\n    paths-ignore: ['**', '!server.js']", PUSH, null],
    ['on:\n  pull_request:\n    types: [opened, reopened]', PR, 'types에 synchronize 유형이 없어 PR에 새 커밋을 올려도 실행되지 않습니다'],
    ['on:\n  pull_request:\n    branches: [main]', PR, null],
  ])('%j for %j', (on, run, want) => {
    expect(triggerGap(wf(`${on}\njobs: {}\n`), run)).toBe(want);
  });
});

describe('which steps run', () => {
  const text = `on: [push, pull_request]
jobs:
  pre:
    if: github.event_name == 'push'
    steps: [{run: 'true'}]
  scan:
    needs: pre
    continue-on-error: \${{ github.event_name == 'pull_request' }}
    steps:
      - run: make
  late:
    needs: [pre]
    if: always()
    steps:
      - run: make
        continue-on-error: true
`;
  const w = wf(text);
  const job = (id: string) => w.jobs.find((j) => j.id === id)!;
  it('follows needs chains, job if and continue-on-error', () => {
    expect(stepRun(w, job('scan'), job('scan').steps[0]!, PUSH)).toEqual({ runs: true, failsWorkflow: true, why: null });
    expect(stepRun(w, job('scan'), job('scan').steps[0]!, PR)).toEqual({
      runs: false,
      failsWorkflow: false,
      why: 'pre job(needs)의 if가 PR에서 거짓이라 건너뜁니다',
    });
    expect(stepRun(w, job('late'), job('late').steps[0]!, PR)).toEqual({
      runs: true,
      failsWorkflow: false,
      why: 'step의 continue-on-error가 PR에서 참이라 실패해도 workflow가 성공합니다',
    });
  });
});

describe('never throws', () => {
  const piece = fc.constantFrom(
    'github.event_name',
    "'push'",
    '==',
    '!=',
    '&&',
    '||',
    '!',
    '(',
    ')',
    '[',
    ']',
    '.',
    ',',
    'always()',
    'contains(',
    'vars.x',
    '${{',
    '}}',
    '1',
    'null',
    '*',
    "'a''b'",
    ' ',
  );
  it('on any expression text or filter pattern', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece).map((p) => p.join('')),
        ),
        fc.string(),
        (expr, pattern) => {
          expect([true, false, 'unknown']).toContain(evaluateIf(expr, githubContext(PUSH)));
          expect([true, false, 'unknown']).toContain(evaluateFlag(`\${{ ${expr} }}`, githubContext(PR)));
          const w = wf(`on:\n  push:\n    branches: [${JSON.stringify(pattern)}]\n    paths-ignore: [${JSON.stringify(pattern)}]\njobs: {}\n`);
          const gap = triggerGap(w, PUSH);
          expect(gap === null || typeof gap === 'string').toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    expect(evaluateIf(`${'!'.repeat(3000)}true`, githubContext(PUSH))).toBe(true);
    expect(evaluateIf('('.repeat(50000), githubContext(PUSH))).toBe('unknown');
  });
});
