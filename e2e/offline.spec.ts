/**
 * Offline: after one visit the service worker has precached the course; with the browser offline a
 * chapter, a lab (editor and grading worker) and search still work. A new deployment shows the 새 버전
 * prompt and reloads only when asked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { solutions } from '../labs/exercises/dockerfile-nonroot/solutions';

// A shared two-core machine: pages can take a while to hydrate and grade.
const expect = baseExpect.configure({ timeout: 30_000 });

test.describe.configure({ timeout: 180_000 });

/** The built service worker that the test server sends (playwright.config.ts serves out/). */
const SW_FILE = 'out/sw.js';

/** Opens the lab's editor ("편집하기"; it loads only on request) and waits for it, retrying until the page has hydrated. */
async function openEditor(page: Page, lab: string): Promise<void> {
  await baseExpect(async () => {
    const edit = page.locator(`[data-lab-workbench="${lab}"] [data-action="edit"]`);
    if (await edit.isVisible()) await edit.click();
    await page.waitForFunction((id) => Boolean(window.__w7Editors?.[id]), lab, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}

async function firstVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  // `ready` resolves once the worker is active, i.e. after every precache entry was stored.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.locator('[data-sw-ready]')).toContainText('이제 네트워크 없이도 챕터와 실습을 열 수 있습니다.');
  return page;
}

test('after one visit, a reload, a link to an unopened chapter, a lab with its grading, and search work with no network', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await firstVisit(context);
  await context.setOffline(true);

  // A reload with no network, then a link to a chapter never opened: its page payload was never fetched, so
  // the client navigation misses and Next falls back to loading the precached page.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '7주차: Docker & Kubernetes 보안 실전' })).toBeVisible();
  await page.locator('main a[href="/chapters/container-security"]').first().click();
  await expect(page).toHaveURL(/\/chapters\/container-security$/);
  await expect(page.getByRole('heading', { level: 1, name: '컨테이너 보안 Best Practices' })).toBeVisible();
  // Diagrams are SVG inside the page, so they come with it.
  await expect(page.locator('[data-diagram="ce464365a20d09a0"] svg').first()).toBeVisible();

  await page.goto('/chapters/hands-on');
  await expect(page.getByRole('heading', { level: 1, name: '실습 및 Q&A' })).toBeVisible();
  const question = page.locator('[data-question="net-bind-service"]');
  await question.getByRole('radio', { name: '맞다' }).check();
  await question.getByRole('button', { name: '정답 확인' }).click();
  await expect(question.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'correct');

  await page.goto('/labs/dockerfile-nonroot');
  await openEditor(page, 'dockerfile-nonroot');
  const status = page.locator('[data-lab-status]');
  await expect(status).toContainText('아직 통과하지 못했습니다.');
  await page.evaluate((text) => window.__w7Editors?.['dockerfile-nonroot']?.setValue('Dockerfile', text), solutions.reference.Dockerfile ?? '');
  await expect(status).toContainText('모두 통과했습니다.');
  await expect(page.locator('[data-lab-complete]').first()).toBeVisible();

  await page.getByRole('button', { name: '검색' }).click();
  await page.getByRole('combobox', { name: '검색어' }).fill('seccomp');
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done');
  await expect(page.getByRole('option').first()).toBeVisible();
  await context.close();
});

test('a new deployment shows the 새 버전 prompt, keeps the page, and reloads only on request', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await firstVisit(context);
  await page.goto('/labs/dockerfile-nonroot');
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

  // The next deployment: the server starts sending a different service worker script.
  const current = readFileSync(SW_FILE, 'utf8');
  writeFileSync(SW_FILE, `${current}\n// next deployment\n`);
  try {
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const prompt = page.locator('[data-sw-update]');
    await expect(prompt).toContainText('새 버전이 준비되었습니다.');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '새로고침해서 적용' }).click()]);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBeUndefined();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting ?? null))).toBeNull();
    await expect(page.locator('[data-sw-update]')).toHaveCount(0);
  } finally {
    writeFileSync(SW_FILE, current);
  }
  await context.close();
});
