/**
 * `npm run perf`: a benchmark, not a test. Starts the real `npm start` server, runs Lighthouse (mobile defaults:
 * slow 4G, 4x CPU slowdown) on the four pages of issue #13 and the other chapters with this machine's Chromium, then once more with the CPU
 * slowdown calibrated to this machine's measured speed (Lighthouse's docs/throttling.md), measures in the browser how
 * long a keystroke takes to reach a lab's markers and objectives, and prints Markdown tables. It never fails on a
 * figure; it fails only when it cannot measure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { measureKeystrokes } from './perf-keystrokes';

const LIGHTHOUSE_VERSION = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
const PORT = Number(process.env.PERF_PORT ?? 4325);
const RUNS = Number(process.env.PERF_RUNS ?? 3);
const BASE = `http://localhost:${PORT}`;
/** The four pages of issue #13 first, then the other chapters (the longest page type, each with its own labs). */
const PAGES = [
  '/',
  '/chapters/kubernetes-security',
  '/labs/pod-security-context',
  '/present/kubernetes-security',
  ...['intro', 'basics', 'container-security', 'hands-on'].map((id) => `/chapters/${id}`),
];
/** Lighthouse's default mobile CPU slowdown, meant for a host with a benchmarkIndex of about 1,750. */
const DEFAULT_SLOWDOWN = 4;
const REFERENCE_BENCHMARK = 1750;

interface Row {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
  bytes: number;
  /** Lighthouse's measure of this machine's CPU speed during the run. */
  benchmarkIndex: number;
}

function startServer(): Promise<ChildProcess> {
  // `npm start` in its own process group, so that stopping it also stops whatever npm started.
  const server = spawn('npm', ['start'], { env: { ...process.env, PORT: String(PORT) }, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 600_000;
    const poll = async () => {
      if (server.exitCode !== null) return reject(new Error(`npm start exited with ${server.exitCode}`));
      try {
        if ((await fetch(`${BASE}/`)).ok) return resolve(server);
      } catch {
        // not listening yet (it may be building first)
      }
      if (Date.now() > deadline) return reject(new Error(`npm start did not answer on ${BASE} within 10 minutes`));
      setTimeout(poll, 500);
    };
    void poll();
  });
}

function stopServer(server: ChildProcess): void {
  if (server.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Lighthouse's own advice for a broken trace (NO_NAVSTART, NO_FCP...) under load is to run again. */
const ATTEMPTS = 3;

async function audit(chrome: LaunchedChrome, path: string, cpuSlowdownMultiplier: number): Promise<Row> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(chrome, path, cpuSlowdownMultiplier);
    } catch (error) {
      if (attempt === ATTEMPTS) throw error;
      console.log(`  ${path}: attempt ${attempt} failed (${error instanceof Error ? error.message : String(error)}), again`);
    }
  }
}

/** Where each run's full Lighthouse report goes (git-ignored; Playwright empties test-results/ on every run). */
const REPORTS = '.next/cache/w7-perf';

async function auditOnce(chrome: LaunchedChrome, path: string, cpuSlowdownMultiplier: number): Promise<Row> {
  const result = await lighthouse(`${BASE}${path}`, {
    port: chrome.port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    throttling: { cpuSlowdownMultiplier },
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { categories, audits, runtimeError, environment } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse on ${path}: ${runtimeError.code} ${runtimeError.message}`);
  const name = `${path.replace(/\//g, '_') || '_'}-${cpuSlowdownMultiplier}x-${Date.now()}.json`;
  await mkdir(REPORTS, { recursive: true });
  await writeFile(join(REPORTS, name), result.report as string);
  // Where the main thread's time goes, so a blocking time says what to fix.
  const boot = (audits['bootup-time'].details as { items?: { url: string; scripting: number }[] } | undefined)?.items ?? [];
  const top = boot.slice(0, 3).map((item) => `${item.url.replace(BASE, '')} ${Math.round(item.scripting)} ms`);
  console.log(`  ${path}: script time: ${top.join(', ') || '-'} (report ${REPORTS}/${name})`);
  // Name what costs accessibility points, so a score below 100 says what to fix.
  for (const category of [categories.accessibility, categories['best-practices']]) {
    for (const ref of category.auditRefs) {
      const failed = audits[ref.id];
      if (failed && failed.score === 0) console.log(`  ${path}: ${category.id}: ${failed.id} (${failed.title})`);
    }
  }
  return {
    performance: Math.round((categories.performance.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
    bestPractices: Math.round((categories['best-practices'].score ?? 0) * 100),
    tbtMs: audits['total-blocking-time'].numericValue ?? NaN,
    lcpMs: audits['largest-contentful-paint'].numericValue ?? NaN,
    cls: audits['cumulative-layout-shift'].numericValue ?? NaN,
    bytes: audits['total-byte-weight'].numericValue ?? NaN,
    benchmarkIndex: Math.round(environment.benchmarkIndex),
  };
}

/** The run with the median performance score (its other figures come with it, so a row is one real run). */
function medianRun(rows: Row[]): Row {
  const sorted = [...rows].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The slowdown that brings this machine to the speed the default 4x assumes of its host (1x at least). */
function calibratedSlowdown(benchmarkIndex: number): number {
  return Math.round(Math.min(DEFAULT_SLOWDOWN, Math.max(1, (DEFAULT_SLOWDOWN * benchmarkIndex) / REFERENCE_BENCHMARK)) * 10) / 10;
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function table(chrome: LaunchedChrome, slowdown: (path: string) => number, runs: number): Promise<{ lines: string[]; rows: Map<string, Row> }> {
  const lines = [
    '| page | performance | accessibility | best practices | total blocking time | LCP | CLS | bytes sent | CPU slowdown | benchmarkIndex |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const rows = new Map<string, Row>();
  for (const path of PAGES) {
    const multiplier = slowdown(path);
    const results: Row[] = [];
    for (let run = 0; run < runs; run++) {
      results.push(await audit(chrome, path, multiplier));
      console.log(`  ${path} at ${multiplier}x, run ${run + 1}: ${JSON.stringify(results.at(-1))}`);
    }
    const row = medianRun(results);
    rows.set(path, row);
    lines.push(
      `| \`${path}\` | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${seconds(row.tbtMs)} | ${seconds(row.lcpMs)} | ${row.cls.toFixed(3)} | ${kb(row.bytes)} | ${multiplier}x | ${row.benchmarkIndex} |`,
    );
  }
  return { lines, rows };
}

async function main(): Promise<void> {
  const browser = findChromium();
  if (browser.path === null) throw new Error(browser.reason);
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  console.log(`Starting \`npm start\` on port ${PORT} ...`);
  const server = await startServer();
  let chrome: LaunchedChrome | undefined;
  try {
    chrome = await launch({ chromePath: browser.path, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
    const defaults = await table(chrome, () => DEFAULT_SLOWDOWN, RUNS);
    const calibrated = await table(chrome, (path) => calibratedSlowdown(defaults.rows.get(path)?.benchmarkIndex ?? REFERENCE_BENCHMARK), 1);
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const keystrokes = await measureKeystrokes(cdp, BASE);
    await cdp.close();
    const date = new Date().toISOString().slice(0, 10);
    console.log(
      [
        '',
        `Lighthouse ${LIGHTHOUSE_VERSION}, mobile defaults (slow 4G, ${DEFAULT_SLOWDOWN}x CPU slowdown), median of ${RUNS} run(s) by performance score, ${date}, load average ${load} at the start:`,
        '',
        ...defaults.lines,
        '',
        `The same with the CPU slowdown calibrated to the measured benchmarkIndex (${DEFAULT_SLOWDOWN}x * benchmarkIndex / ${REFERENCE_BENCHMARK}, between 1x and ${DEFAULT_SLOWDOWN}x; one run each):`,
        '',
        ...calibrated.lines,
        '',
        keystrokes,
      ].join('\n'),
    );
  } finally {
    chrome?.kill();
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
