/**
 * Part of `npm run perf`: in a real browser, opens a lab's editor with "편집하기" (recording any layout shift on
 * the way) and types into it; the workbench marks each grading from the end of the debounce to the committed
 * result (objectives and markers updated) as the `w7-lab-grade` performance measure. Reports p50/p95/max of those
 * measures, without and with a 4x CPU slowdown. Measures only; never fails on a figure.
 */
import type { Browser, Page } from 'playwright-core';
import { GRADE_DELAY_MS, GRADE_MEASURE as MEASURE } from '../components/lab/useLabGrading';

const LAB = 'pod-security-context';
const KEYSTROKES = 40;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const measureCount = (page: Page) => page.evaluate((name) => performance.getEntriesByName(name, 'measure').length, MEASURE);

/** Types one key and waits for the grading it causes (debounce plus worker round trip). */
async function keystroke(page: Page, key: string): Promise<void> {
  const before = await measureCount(page);
  await page.keyboard.press(key);
  await page.waitForFunction(
    ([name, count]) => performance.getEntriesByName(name as string, 'measure').length > (count as number),
    [MEASURE, before] as const,
    {
      timeout: 15_000,
    },
  );
}

interface Run {
  label: string;
  durations: number[];
  layoutShift: number;
}

async function run(browser: Browser, base: string, cpuSlowdown: number): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { __w7Shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${base}/labs/${LAB}`);
  const workbench = page.locator(`[data-lab-workbench="${LAB}"][data-hydrated="true"]`);
  await workbench.waitFor({ timeout: 60_000 });
  const shiftsBefore = await page.evaluate(() => (window as unknown as { __w7Shifts: number[] }).__w7Shifts.reduce((a, b) => a + b, 0));
  await workbench.locator('[data-action="edit"]').click();
  await workbench.locator('[data-lab-editor] .monaco-editor').waitFor({ timeout: 60_000 });
  await page.waitForFunction((id) => Boolean(document.activeElement?.closest(`[data-lab-editor="${id}"]`)), LAB);
  // The first grading also starts the worker: wait for it, then measure steady typing only.
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, MEASURE, { timeout: 60_000 });
  const layoutShift = (await page.evaluate(() => (window as unknown as { __w7Shifts: number[] }).__w7Shifts.reduce((a, b) => a + b, 0))) - shiftsBefore;
  await page.keyboard.press('ControlOrMeta+End');
  await page.evaluate((name) => performance.clearMeasures(name), MEASURE);
  // A realistic edit: a comment typed and taken back, character by character.
  for (let i = 0; i < KEYSTROKES; i++) await keystroke(page, i % 2 === 0 ? 'x' : 'Backspace');
  const durations = await page.evaluate((name) => performance.getEntriesByName(name, 'measure').map((entry) => entry.duration), MEASURE);
  await context.close();
  return { label: cpuSlowdown === 1 ? 'no CPU slowdown' : `${cpuSlowdown}x CPU slowdown`, durations, layoutShift };
}

/** The keystroke table, in Markdown. */
export async function measureKeystrokes(browser: Browser, base: string): Promise<string> {
  const runs = [await run(browser, base, 1), await run(browser, base, 4)];
  const lines = [
    `Keystroke to updated markers and objectives on /labs/${LAB} (after the ${GRADE_DELAY_MS} ms debounce; ${KEYSTROKES} keystrokes), and layout shift when 편집하기 opens the editor`,
    '',
    '| CPU | p50 | p95 | max | layout shift on 편집하기 |',
    '|---|---|---|---|---|',
  ];
  for (const { label, durations, layoutShift } of runs) {
    const sorted = [...durations].sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    lines.push(`| ${label} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(sorted.at(-1) ?? NaN)} | ${layoutShift.toFixed(4)} |`);
  }
  return lines.join('\n');
}
