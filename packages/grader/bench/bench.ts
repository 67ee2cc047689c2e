/**
 * `npm run bench`: grader speed, measured in one run on generated (deterministic) inputs.
 *  (a) grading time / bare parse time for a ~300-line manifest and a ~60-line Dockerfile (target <= 1.5x)
 *  (b) Dockerfile grading throughput vs dockerfilelint on the same files, in steady state: a reference (>= 1x;
 *      the former >= 5x target is retired, issue #14), with rows for dockerfile-ast's parse and shell parsing alone
 *  (c) time of each hostile input of the robustness tests (target < 200 ms)
 *  (d) whole process, cold start: the built `w7-grade` grading one Dockerfile against dockerfilelint's CLI on the
 *      same file (target <= 1.0x), with node's own start-up and the root CLI as reference rows
 * Every figure is the median of N timed runs after warm-up runs.
 */
import { DockerfileParser } from 'dockerfile-ast';
import sh from 'mvdan-sh';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseDockerfile } from '../src/dockerfile/model';
import { parseScript } from '../src/dockerfile/sh/parser';
import { grade } from '../src/engine';
import type { SourceFile } from '../src/types';
import { dockerfile60, hostileInputs, manifest300 } from './inputs';

const require = createRequire(import.meta.url);
const dockerfilelint = require('dockerfilelint') as { run(configDir: string, content: string): unknown[] };

interface Row {
  what: string;
  figure: string;
  target: string;
  met: boolean | null;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median milliseconds of `runs` calls after `warmup` untimed calls. */
function time(fn: () => void, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/**
 * Medians of two functions timed alternately (A, B, A, B...), so that load changes on a shared
 * machine hit both sides of a ratio alike.
 */
function timePair(a: () => void, b: () => void, runs: number, warmup = 10): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    a();
    sa.push(performance.now() - t);
    t = performance.now();
    b();
    sb.push(performance.now() - t);
  }
  return [median(sa), median(sb)];
}

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;

function ratioRows(): Row[] {
  const manifest = manifest300();
  const dockerfile = dockerfile60();
  const rows: Row[] = [];
  const [yamlParse, yamlGrade] = timePair(
    () => parseAllDocuments(manifest.text),
    () => grade([manifest]),
    60,
    60,
  );
  const [yamlParseNoDup] = timePair(
    () => parseAllDocuments(manifest.text, { uniqueKeys: false }),
    () => undefined,
    60,
    60,
  );
  const yamlRatio = yamlGrade / yamlParse;
  rows.push({
    what: `(a) 매니페스트 ${manifest.text.split('\n').length}줄: 채점 ${ms(yamlGrade)} / parseAllDocuments ${ms(yamlParse)}`,
    figure: `${yamlRatio.toFixed(2)}x`,
    target: '<= 1.5x',
    met: yamlRatio <= 1.5,
  });
  rows.push({
    what: `    참고: 중복 키 검사 없는 parseAllDocuments(uniqueKeys: false) ${ms(yamlParseNoDup)} 대비`,
    figure: `${(yamlGrade / yamlParseNoDup).toFixed(2)}x`,
    target: '-',
    met: null,
  });
  const [dfParse, dfGrade] = timePair(
    () => DockerfileParser.parse(dockerfile.text),
    () => grade([dockerfile]),
    100,
    300,
  );
  const dfRatio = dfGrade / dfParse;
  rows.push({
    what: `(a) Dockerfile ${dockerfile.text.split('\n').length - 1}줄: 채점 ${ms(dfGrade)} / DockerfileParser.parse ${ms(dfParse)}`,
    figure: `${dfRatio.toFixed(2)}x`,
    target: '<= 1.5x',
    met: dfRatio <= 1.5,
  });
  return rows;
}

function dockerfileCorpus(): SourceFile[] {
  const base = dockerfile60();
  const lines = base.text.split('\n');
  const out: SourceFile[] = [base];
  // Variants of different lengths: the first k lines of the 60-line file, plus a USER line.
  for (let k = 10; k < lines.length; k += 10) out.push({ name: `v${k}.Dockerfile`, text: `${lines.slice(0, k).join('\n')}\nUSER 10001\n` });
  out.push({ name: 'small.Dockerfile', text: 'FROM alpine:3.22\nRUN apk add --no-cache curl\nUSER 10001\nCMD ["sh"]\n' });
  return out;
}

/**
 * The shell scripts of the corpus's shell-form RUN instructions, as written: from the first word after
 * the flags to the end of the instruction (backslash-newline is a line continuation in shell too).
 */
function runScripts(corpus: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of corpus) {
    const m = parseDockerfile(f.name, f.text);
    const starts = [0];
    for (let i = m.text.indexOf('\n'); i !== -1; i = m.text.indexOf('\n', i + 1)) starts.push(i + 1);
    const offset = (line: number, column: number) => starts[line - 1]! + column - 1;
    for (const r of m.runs) {
      if (r.form !== 'shell' || r.heredoc || !r.argsRange) continue;
      const lastFlag = r.flags[r.flags.length - 1];
      const from = lastFlag ? offset(lastFlag.range.endLine, lastFlag.range.endColumn) : offset(r.argsRange.line, r.argsRange.column);
      out.push(m.text.slice(from, offset(r.range.endLine, r.range.endColumn)).trim());
    }
  }
  return out;
}

/**
 * Steady-state throughput, as when a CI job lints many files: both sides get the same long warm-up
 * (the JIT has then compiled the hot code of each) and are timed alternately.
 */
function throughputRows(): Row[] {
  const corpus = dockerfileCorpus();
  // A directory without .dockerfilelintrc: dockerfilelint then uses its default rules.
  const configDir = join(tmpdir(), 'w7-bench-no-dockerfilelintrc');
  const ours = () => {
    for (const f of corpus) grade([f]);
  };
  const theirs = () => {
    for (const f of corpus) dockerfilelint.run(configDir, f.text);
  };
  const [oursMs, theirsMs] = timePair(ours, theirs, 60, 600);
  const [parseOnly] = timePair(
    () => {
      for (const f of corpus) DockerfileParser.parse(f.text);
    },
    () => undefined,
    60,
    300,
  );
  // Shell parsing alone of the same files' RUN scripts, each timed alternately with dockerfilelint's whole run.
  const scripts = runScripts(corpus);
  const [ownShell, theirsForOwn] = timePair(
    () => {
      for (const s of scripts) parseScript(s);
    },
    theirs,
    60,
    600,
  );
  const [mvdanShell, theirsForMvdan] = timePair(
    () => {
      for (const s of scripts) sh.syntax.NewParser().Parse(s, 'RUN');
    },
    theirs,
    10,
    20,
  );
  const perSec = (t: number) => (corpus.length * 1000) / t;
  const factor = perSec(oursMs) / perSec(theirsMs);
  const us = (t: number) => `${(t * 1000).toFixed(0)} µs`;
  return [
    {
      what: `(b) Dockerfile ${corpus.length}개 처리량(정상 상태): w7-grade ${perSec(oursMs).toFixed(0)}개/s, dockerfilelint ${perSec(theirsMs).toFixed(0)}개/s`,
      figure: `${factor.toFixed(2)}x`,
      target: '>= 1x (참고)',
      met: factor >= 1,
    },
    {
      what: `    참고: dockerfile-ast 파싱만 ${perSec(parseOnly).toFixed(0)}개/s (dockerfilelint 대비)`,
      figure: `${(perSec(parseOnly) / perSec(theirsMs)).toFixed(2)}x`,
      target: '-',
      met: null,
    },
    {
      what: `    참고: RUN 스크립트 ${scripts.length}개 셸 파싱만, w7 셸 파서 ${us(ownShell)}: 5x 목표가 남기는 시간(dockerfilelint의 1/5) 대비`,
      figure: `${((ownShell / (theirsForOwn / 5)) * 100).toFixed(0)}%`,
      target: '-',
      met: null,
    },
    {
      what: `    참고: 같은 스크립트를 mvdan-sh로 파싱만 ${us(mvdanShell)}: dockerfilelint 전체 검사 대비`,
      figure: `${(mvdanShell / theirsForMvdan).toFixed(1)}배`,
      target: '-',
      met: null,
    },
  ];
}

const PACKAGE_DIR = join(import.meta.dirname, '..');
const REPO_DIR = join(PACKAGE_DIR, '../..');
const GRADER_BIN = join(PACKAGE_DIR, 'dist/bin.js');
const ROOT_BIN = join(REPO_DIR, 'labs/cli/dist/w7-grade.js');
const DOCKERFILELINT_BIN = join(dirname(require.resolve('dockerfilelint/package.json')), 'bin/dockerfilelint');

/** Wall time of one process, in ms (spawn to exit, output discarded). */
function processMs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore', env });
  if (r.error) throw r.error;
  return performance.now() - t;
}

/** Medians of several process commands, run in turn (A, B, C, A, B, C...) after `warmup` rounds. */
function processMedians(commands: readonly (() => number)[], runs: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) for (const c of commands) c();
  const samples = commands.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => samples[k]!.push(c()));
  return samples.map(median);
}

/**
 * Whole-process cost, as in a pre-commit hook or a CI step that lints one file: a new node process each run.
 * The built CLIs enable V8's compile cache, so after the first run they load compiled code; the row without it
 * (NODE_DISABLE_COMPILE_CACHE=1) shows a first run.
 */
function processRows(runs = 15): Row[] {
  for (const bin of [GRADER_BIN, ROOT_BIN]) {
    if (!existsSync(bin)) throw new Error(`${bin}이(가) 없습니다. 먼저 npm run build 또는 npm install 로 빌드하세요.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'w7-bench-'));
  try {
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, dockerfile60().text);
    const noCache = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
    const [nodeOnly, ours, theirs, oursCold, root] = processMedians(
      [
        () => processMs(['-e', '0']),
        () => processMs([GRADER_BIN, '--no-color', file]),
        () => processMs([DOCKERFILELINT_BIN, file]),
        () => processMs([GRADER_BIN, '--no-color', file], noCache),
        () => processMs([ROOT_BIN, '--no-color', file]),
      ],
      runs,
    );
    const ratio = ours! / theirs!;
    return [
      {
        what: `(d) 프로세스 전체(콜드 스타트, ${runs}회 중앙값): w7-grade ${ms(ours!)} / dockerfilelint CLI ${ms(theirs!)}, Dockerfile 1개`,
        figure: `${ratio.toFixed(2)}x`,
        target: '<= 1.0x',
        met: ratio <= 1,
      },
      { what: `    참고: 컴파일 캐시 없이(첫 실행) w7-grade ${ms(oursCold!)}`, figure: `${(oursCold! / theirs!).toFixed(2)}x`, target: '-', met: null },
      { what: `    참고: 루트 w7-grade(lab 명령 포함 번들) ${ms(root!)}`, figure: `${(root! / theirs!).toFixed(2)}x`, target: '-', met: null },
      {
        what: `    참고: node -e 0 (Node 시작만) ${ms(nodeOnly!)}: w7-grade에서 Node 시작을 뺀 시간 ${ms(ours! - nodeOnly!)}, dockerfilelint ${ms(theirs! - nodeOnly!)}`,
        figure: '-',
        target: '-',
        met: null,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function hostileRows(): Row[] {
  return hostileInputs().map((h) => {
    const big = h.files.some((f) => f.text.length > 1_000_000);
    const t = time(() => grade(h.files), big ? 3 : 15, big ? 1 : 3);
    // For the big YAML inputs, the bare parse shows how much of the time is the YAML parser itself.
    const yamlFiles = h.files.filter((f) => /\.ya?ml$/.test(f.name));
    const bare =
      big && yamlFiles.length > 0
        ? ` (parseAllDocuments(uniqueKeys: false)만 ${ms(time(() => yamlFiles.forEach((f) => parseAllDocuments(f.text, { uniqueKeys: false })), 3, 1))})`
        : '';
    return { what: `(c) ${h.label} [${h.id}]${bare}`, figure: ms(t), target: '< 200 ms', met: t < 200 };
  });
}

/** Display width, counting Hangul and other wide characters as two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

function printTable(rows: Row[]): void {
  const head: [string, string, string, string] = ['측정', '결과', '목표', '달성'];
  const cells = rows.map((r) => [r.what, r.figure, r.target, r.met === null ? '-' : r.met ? '예' : '아니오'] as const);
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]!))));
  const line = (c: readonly string[]) => c.map((x, i) => pad(x, widths[i]!)).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

const started = performance.now();
console.log(`w7-grade bench (Node ${process.version}, 중앙값; 입력은 packages/grader/bench/inputs.ts 가 생성)\n`);
const rows = [...processRows(), ...ratioRows(), ...throughputRows(), ...hostileRows()];
printTable(rows);
const judged = rows.filter((r) => r.met !== null);
const missed = judged.filter((r) => r.met === false).length;
console.log(`\n목표 ${judged.length}개 중 ${judged.length - missed}개 달성 (측정 시간 ${((performance.now() - started) / 1000).toFixed(1)} s)`);
