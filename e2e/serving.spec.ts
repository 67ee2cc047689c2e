/**
 * The real server's Content-Security-Policy in the browser: every page type loads (and its interactive
 * parts run: Monaco and the grading worker, the presenter) with no CSP violation and no console error.
 * Header values themselves are tested against the server in server/plugins/static-site.test.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoProblems, watchPage } from './support';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every CSP violation of the page (the init script runs outside the page's CSP). */
async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

const PAGES: { name: string; path: string; ready: (page: Page) => Promise<void>; status?: number }[] = [
  { name: 'home', path: '/', ready: (page) => expect(page.locator('main h1')).toBeVisible() },
  { name: 'chapter', path: '/chapters/kubernetes-security', ready: (page) => expect(page.locator('main h1')).toBeVisible() },
  { name: 'labs index', path: '/labs', ready: (page) => expect(page.locator('main h1')).toBeVisible() },
  { name: 'rules index', path: '/rules', ready: (page) => expect(page.locator('main h1')).toBeVisible() },
  { name: 'rule', path: '/rules/docker/user-root', ready: (page) => expect(page.locator('main h1')).toBeVisible() },
  { name: 'presenter', path: '/present/basics', ready: (page) => expect(page.locator('[data-presenter]')).toBeVisible() },
  { name: 'audience', path: '/present/basics/audience', ready: (page) => expect(page.locator('[data-audience]')).toBeVisible() },
  // The class pages ask /api/health and open nothing more without a class: the API's answers count too.
  { name: 'class join', path: '/class', ready: (page) => expect(page.locator('main h1')).toHaveText('수업 참여') },
  { name: 'open a class', path: '/class/new', ready: (page) => expect(page.locator('main h1')).toHaveText('수업 열기') },
  { name: 'class dashboard', path: '/class/host', ready: (page) => expect(page.locator('main h1')).toHaveText('수업 현황판') },
  { name: '404', path: '/no-such-page', status: 404, ready: (page) => expect(page.locator('h1')).toBeVisible() },
];

test.describe('every page type under the CSP', () => {
  for (const entry of PAGES) {
    test(`${entry.name} (${entry.path})`, async ({ page }) => {
      const problems = watchPage(page);
      await watchCsp(page);
      const response = await page.goto(entry.path);
      expect(response?.status()).toBe(entry.status ?? 200);
      const policy = (await response?.headerValue('content-security-policy')) ?? '';
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(policy).not.toContain("'unsafe-eval'");
      await entry.ready(page);
      await page.waitForLoadState('networkidle');
      expect(await violations(page)).toEqual([]);
      if (entry.status === 404) {
        // The browser reports the page's own 404 status in the console: that one is expected.
        problems.consoleErrors = problems.consoleErrors.filter((line) => !line.includes('status of 404'));
      }
      expectNoProblems(problems, entry.status === 404 ? entry.path : undefined);
    });
  }

  test('a lab: Monaco, its worker and the grading worker run, and client navigation keeps working', async ({ page }) => {
    const problems = watchPage(page);
    await watchCsp(page);
    await page.goto('/labs/dockerfile-nonroot');
    const edit = page.getByRole('button', { name: '편집하기' });
    if (await edit.count()) await edit.first().click();
    await page.waitForFunction(() => Boolean(window.__w7Editors?.['dockerfile-nonroot']));
    await page.evaluate(() => window.__w7Editors?.['dockerfile-nonroot']?.setValue('Dockerfile', 'FROM alpine:3.20\nUSER root\n'));
    await expect(page.locator('[data-lab-workbench="dockerfile-nonroot"] [data-objective][data-state="fail"]').first()).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.__w7Editors?.['dockerfile-nonroot']?.markers('Dockerfile').length ?? 0)).toBeGreaterThan(0);
    // Client-side navigation loads segment data and new chunks under the first page's policy.
    await page.getByRole('link', { name: '규칙', exact: true }).first().click();
    await expect(page).toHaveURL(/\/rules$/);
    await expect(page.locator('main h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    expectNoProblems(problems);
  });
});
