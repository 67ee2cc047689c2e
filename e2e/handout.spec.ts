/**
 * The printable handout: printed to PDF it has every chapter title in timetable order, the labs, the
 * quiz answers, link URLs, and none of the screen chrome; the page passes axe.
 */
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { timetable } from '../content/timetable';
import { axeViolations } from './support';

// A shared two-core machine: pages can take a while to hydrate and grade.
const expect = baseExpect.configure({ timeout: 30_000 });

test.describe.configure({ timeout: 180_000 });

/** Chromium places words as separate runs (pdf.js reads the gaps as spaces or U+0001): compare without them. */
const squash = (text: string) => text.replace(/[\s\u0000-\u001f]+/g, '');

/**
 * Waits until the toolbar has hydrated: it sets the site's address for printed links and the print-time
 * theme switch. A PDF taken before that prints course links as bare paths (CI caught that race).
 */
async function readyToPrint(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--w7-origin'))).toBe(JSON.stringify(new URL(page.url()).origin));
}

test('printed to PDF, the handout has every chapter title in class order, labs, answers and link URLs, and no chrome', async ({ page }) => {
  await page.goto('/handout');
  await expect(page.getByRole('heading', { level: 1, name: '7주차: Docker & Kubernetes 보안 실전' })).toBeVisible();
  await readyToPrint(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  const text = pages.join('\n');
  const titles = timetable.filter((slot) => slot.kind === 'block').map((slot) => squash(slot.title));
  let from = text.indexOf(squash('차례'));
  for (const title of titles) {
    // Each chapter starts on its own page, whose text begins with its time and title.
    const start = pages.findIndex((pageText, index) => index > 0 && pageText.includes(title) && /^\d{2}:\d{2}/.test(pageText));
    expect(start, `a page starting chapter "${title}"`).toBeGreaterThan(0);
    const at = text.indexOf(title, from + 1);
    expect(at, `"${title}" after the previous chapter`).toBeGreaterThan(from);
    from = at;
  }
  for (const expected of [
    '정답과해설',
    '실습',
    'networkpolicy.yaml(시작코드)',
    '보안체크리스트',
    '(https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted)',
  ]) {
    expect(text, expected).toContain(squash(expected));
  }
  // Links into the course print with the site's address.
  expect(text).toMatch(/\(http:\/\/localhost:\d+\/labs\/networkpolicy\)/);
  for (const chrome of ['인쇄하기', '내학습으로', '파일로내보내기', '링크로공유']) expect(text).not.toContain(chrome);
  expect(document.numPages).toBeGreaterThan(titles.length);
});

test('the handout passes axe', async ({ page }) => {
  await page.goto('/handout');
  expect(await axeViolations(page)).toEqual([]);
});

test('printed from a dark page, the handout prints light (diagrams and code) and the page is dark again afterwards', async ({ page }) => {
  await page.goto('/handout');
  await page.evaluate(() => localStorage.setItem('w7-theme', 'dark'));
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await readyToPrint(page);
  // What the page looks like while the printer renders it: recorded at the last moment before printing.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { __printSeen: seen });
    window.addEventListener('beforeprint', () => queueMicrotask(() => seen.push(`before:${document.documentElement.classList.contains('dark')}`)));
    window.addEventListener('afterprint', () => seen.push(`after:${document.documentElement.classList.contains('dark')}`));
  });
  await page.pdf({ format: 'A4' });
  expect(await page.evaluate(() => (window as unknown as { __printSeen: string[] }).__printSeen)).toEqual(['before:false', 'after:true']);

  // Even with the dark class still on (a browser that prints without beforeprint), print media draws the diagrams
  // in their light colours: the dark colours of the one inlined SVG apply only `not print` (lib/diagrams/merge.ts).
  const svg = page.locator('[data-diagram]').first().locator('svg').first();
  const fill = () => svg.evaluate((element) => getComputedStyle(element).fill);
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  const light = await fill();
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  const dark = await fill();
  expect(dark).not.toBe(light);
  await page.emulateMedia({ media: 'print' });
  await expect(svg).toBeVisible();
  expect(await fill()).toBe(light);
  const token = page.locator('.handout .shiki span[style*="--shiki-light:#953800"]').first();
  await expect(token).toHaveCSS('color', 'rgb(149, 56, 0)');
});
