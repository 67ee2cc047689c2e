/**
 * Deterministic page budgets (issue #13), on a phone-sized viewport, for every chapter before any interaction:
 * at most 3,000 elements; no editor and no grading-worker code; and the compressed bytes of code and route data
 * (scripts, stylesheets, prefetched route data, as the server sends them) at most 1.15x those of the 404 page.
 * Left out of the bytes: the page's own HTML and content assets (fonts, images), which are the page's content,
 * not what it runs. Speed itself is measured by `npm run perf`, not here.
 */
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { timetable } from '../content/timetable';

const CHAPTERS = timetable.flatMap((slot) => (slot.kind === 'block' && slot.chapter ? [slot.chapter] : []));
const MAX_ELEMENTS = 3000;
const MAX_BYTES_RATIO = 1.15;
const QUIET_MS = 1500;

test.use({ viewport: { width: 390, height: 844 } });

interface Loaded {
  /** Compressed body bytes by resource type, as sent (the server's brotli/gzip). */
  bytes: Record<string, number>;
  bodies: string[];
  elements: number;
}

/** Opens `path` and waits until the page has hydrated and the network has been quiet for a while. */
/**
 * The pages are measured as on a day before the class starts. During class hours (10:00-12:00 in Seoul) the
 * header shows now/next links, whose routes the browser prefetches, and the figures would depend on the hour the
 * suite runs (a run at 10:00 KST failed on that alone).
 */
const OUTSIDE_CLASS = new Date('2026-12-05T08:00:00+09:00');

async function load(page: Page, path: string): Promise<Loaded> {
  await page.clock.setFixedTime(OUTSIDE_CLASS);
  const finished: Request[] = [];
  const bodies: Promise<string>[] = [];
  let last = Date.now();
  page.on('request', () => {
    last = Date.now();
  });
  page.on('requestfinished', (request) => {
    last = Date.now();
    finished.push(request);
  });
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' || /\.m?js($|\?)/.test(new URL(response.url()).pathname)) bodies.push(response.text().catch(() => ''));
  });
  await page.goto(path);
  // The theme toggle names its theme only once React has hydrated the header (every site page has it).
  await page.locator('[data-theme-toggle][data-theme]').waitFor();
  await expect.poll(() => Date.now() - last, { timeout: 20_000, intervals: [250] }).toBeGreaterThan(QUIET_MS);
  const bytes: Record<string, number> = {};
  for (const request of finished) {
    const type = request.resourceType();
    bytes[type] = (bytes[type] ?? 0) + (await request.sizes()).responseBodySize;
  }
  return { bytes, bodies: await Promise.all(bodies), elements: await page.evaluate(() => document.getElementsByTagName('*').length) };
}

const CODE_AND_DATA = ['script', 'stylesheet', 'fetch'];
const codeAndData = (bytes: Record<string, number>) => CODE_AND_DATA.reduce((sum, type) => sum + (bytes[type] ?? 0), 0);

const isEditorCode = (body: string) => body.includes('editor.action.marker.next') || body.includes('monaco-editor-background');
const isGradingWorker = (body: string) => body.includes('채점 중 오류가 났습니다');

test.describe('chapter budgets', () => {
  let baseline = 0;

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const notFound = await load(page, '/no-such-page');
    baseline = codeAndData(notFound.bytes);
    await page.close();
    expect(baseline, 'the 404 page loads code').toBeGreaterThan(50_000);
  });

  for (const chapter of CHAPTERS) {
    test(`${chapter}: elements, no editor code, bytes against the 404 page`, async ({ page }) => {
      const loaded = await load(page, `/chapters/${chapter}`);
      expect(loaded.elements, 'elements in the document').toBeLessThanOrEqual(MAX_ELEMENTS);
      expect(loaded.bodies.filter(isEditorCode), 'editor chunks before any interaction').toEqual([]);
      expect(loaded.bodies.filter(isGradingWorker), 'grading worker before any interaction').toEqual([]);
      const ratio = codeAndData(loaded.bytes) / baseline;
      expect(ratio, `code and data bytes ${JSON.stringify(loaded.bytes)} against the 404 page's ${baseline}`).toBeLessThanOrEqual(MAX_BYTES_RATIO);
    });
  }
});
