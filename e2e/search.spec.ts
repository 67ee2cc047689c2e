/**
 * Search: Pagefind loads only when the dialog opens; Korean and English queries find the teaching
 * sections; choosing a hit lands on its heading; the dialog is a keyboard-usable combobox; axe.
 */
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { axeViolations, expectNoProblems, watchPage } from './support';

// A shared two-core machine: pages can take a while to hydrate and grade.
const expect = baseExpect.configure({ timeout: 30_000 });

test.describe.configure({ timeout: 180_000 });

async function hitUrls(page: Page): Promise<string[]> {
  return page.locator('[data-hit-url]').evaluateAll((items) => items.map((item) => decodeURIComponent(item.getAttribute('data-hit-url') ?? '')));
}

/** Opens the dialog with `press` (a key or a click), retrying until the page has hydrated and listens. */
async function openSearch(page: Page, press: () => Promise<void>): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '사이트 검색' });
  await expect(async () => {
    await press();
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

/** Opens the lab's editor ("편집하기"; it loads only on request) and waits for it, retrying until the page has hydrated. */
async function openEditor(page: Page, lab: string): Promise<void> {
  await baseExpect(async () => {
    const edit = page.locator(`[data-lab-workbench="${lab}"] [data-action="edit"]`);
    if (await edit.isVisible()) await edit.click();
    await page.waitForFunction((id) => Boolean(window.__w7Editors?.[id]), lab, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.getByRole('combobox', { name: '검색어' }).fill(query);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done', { timeout: 20_000 });
  return hitUrls(page);
}

test('a Korean search finds the section and its hit lands on the heading; Pagefind loads only when search opens', async ({ page }) => {
  const problems = watchPage(page);
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto('/labs');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests, 'nothing of Pagefind before search opens').toEqual([]);

  await openSearch(page, () => page.keyboard.press('/'));
  const dialog = page.getByRole('dialog', { name: '사이트 검색' });
  await expect(page.getByRole('combobox', { name: '검색어' })).toBeFocused();
  const hits = await search(page, '시크릿 관리');
  expect(pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(hits[0]).toBe('/chapters/container-security#secret-관리-방식-비교');
  await expect(page.getByRole('option').first()).toContainText('Secret 관리 방식 비교');
  await expect(page.locator('[data-search-status]')).toHaveText(`결과 ${hits.length}개. 위아래 화살표로 고르고 Enter로 엽니다.`);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chapters\/container-security#/);
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#secret-관리-방식-비교');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[id="secret-관리-방식-비교"]')).toBeInViewport();
  expectNoProblems(problems);
});

test('"seccomp" finds the rule that requires it and the chapter sections that teach it', async ({ page }) => {
  await page.goto('/');
  await openSearch(page, () => page.getByRole('button', { name: '검색' }).click());
  const hits = await search(page, 'seccomp');
  expect(hits).toContain('/rules/pss/seccompProfile_restricted');
  expect(hits.filter((url) => url.startsWith('/chapters/')).length).toBeGreaterThanOrEqual(2);
  // Clicking a hit works like Enter.
  const chapterHit = page.locator('[data-hit-url^="/chapters/"]').first();
  const target = decodeURIComponent((await chapterHit.getAttribute('data-hit-url')) ?? '');
  await chapterHit.click();
  await expect(page).toHaveURL(new RegExp(target.split('#')[0].replace(/\//g, '\\/')));
});

test('particles in the query do not hide pages: "DNS를 허용" and "NetworkPolicy를" find what the bare words find', async ({ page }) => {
  await page.goto('/');
  await openSearch(page, () => page.keyboard.press('/'));
  const pages = (urls: string[]) => new Set(urls.map((url) => url.split('#')[0]));
  const bare = pages(await search(page, 'DNS 허용'));
  const withParticle = pages(await search(page, 'DNS를 허용'));
  expect(withParticle).toContain('/rules/netpol/no-dns-egress');
  expect(withParticle).toContain('/chapters/kubernetes-security');
  for (const url of bare) expect(withParticle, url).toContain(url);
  const policy = await search(page, 'NetworkPolicy를');
  expect(pages(policy)).toContain('/labs/networkpolicy');
  expect(policy.length).toBeGreaterThanOrEqual(8);
});

test('keyboard: Ctrl+K opens, arrows move the active option, Esc closes and returns focus; typing in a field does not open it', async ({ page }) => {
  await page.goto('/chapters/intro');
  await openSearch(page, () => page.keyboard.press('Control+k'));
  const input = page.getByRole('combobox', { name: '검색어' });
  await expect(input).toBeFocused();
  await search(page, 'NetworkPolicy DNS');
  const options = page.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: '사이트 검색' });
  await expect(dialog).toBeHidden();

  const button = page.getByRole('button', { name: '검색' });
  await button.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // A "/" typed into a field is text, not a shortcut.
  await page.goto('/chapters/basics#quiz');
  const quiz = page.locator('[data-question="etcd-access"]');
  await quiz.getByRole('radio', { name: 'API Server' }).focus();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto('/labs/dockerfile-nonroot');
  await openEditor(page, 'dockerfile-nonroot');
  await page.locator('.monaco-editor textarea').first().focus();
  await page.keyboard.press('/');
  await page.keyboard.press('Control+k');
  await expect(dialog).toHaveCount(0);
});

test('a query with no match says so in Korean; the open dialog passes axe', async ({ page }) => {
  await page.goto('/rules');
  await openSearch(page, () => page.keyboard.press('/'));
  await search(page, 'zzqqxxnotaword');
  await expect(page.locator('[data-search-status]')).toHaveText('찾은 결과가 없습니다. 다른 낱말이나 영어 용어(예: Secret, NetworkPolicy)로 찾아보세요.');
  await expect(page.getByRole('combobox', { name: '검색어' })).toHaveAttribute('aria-expanded', 'false');
  await search(page, '감사 로그');
  expect(await axeViolations(page)).toEqual([]);
});
