/**
 * /rules and /rules/<id>: one explanation page per rule from its metadata, with graded bad examples.
 * The expectations are the metadata's own: titles and texts, and each bad example's stated findings (message id
 * and position, which test/rules-contract.test.ts holds the grader to); the page must show exactly those.
 */
import { expect, test } from '@playwright/test';
import { allMetas, type RuleMeta } from '@w7/grader';
import { axeViolations, expectNoProblems, watchPage } from './support';

const RULES: readonly RuleMeta[] = allMetas;
const rule = (id: string): RuleMeta => RULES.find((r) => r.id === id)!;
/** The literal start of a message template (before its first placeholder): what every shown message begins with. */
const lead = (meta: RuleMeta, messageId: string) => meta.messages[messageId]!.ko.split('{{')[0]!;

test('/rules lists every rule with a link to its page', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto('/rules');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('규칙');
  await expect(page.locator('[data-rule]')).toHaveCount(RULES.length);
  for (const meta of RULES) {
    await expect(page.locator(`[data-rule="${meta.id}"] a`)).toHaveAttribute('href', `/rules/${meta.id}`);
  }
  await page.locator('[data-rule="docker/user-root"] a').click();
  await expect(page).toHaveURL(/\/rules\/docker\/user-root$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(rule('docker/user-root').title.ko);
  expectNoProblems(problems);
});

test('every rule page has its Korean title, why and fix, and the bad examples show the rule\'s findings', async ({ page }) => {
  test.setTimeout(120_000);
  expect(RULES.length).toBeGreaterThan(50);
  for (const meta of RULES) {
    await page.goto(`/rules/${meta.id}`);
    await expect(page.getByRole('heading', { level: 1 }), meta.id).toHaveText(meta.title.ko);
    await expect(page.locator('[data-why]')).toHaveText(meta.why.ko);
    await expect(page.locator('[data-fix]')).toHaveText(meta.fix.ko);
    await expect(page.locator('[data-example="good"]')).toHaveCount(meta.examples.good.length);
    const bad = page.locator('[data-example="bad"]');
    await expect(bad).toHaveCount(meta.examples.bad.length);
    if (meta.examples.noBadExample) await expect(page.locator('[data-no-bad-example]')).toHaveText(meta.examples.noBadExample.ko);
    for (const [index, example] of meta.examples.bad.entries()) {
      const findings = bad.nth(index).locator('[data-finding]');
      const what = `${meta.id} bad example ${index + 1}`;
      await expect(findings, what).toHaveCount(example.errors.length);
      for (const [i, e] of example.errors.entries()) {
        await expect(findings.nth(i), what).toHaveAttribute('data-finding', `${e.line}:${e.column}`);
        await expect(findings.nth(i), what).toHaveAttribute('data-message-id', e.messageId);
        await expect(findings.nth(i), what).toContainText(`${e.line}:${e.column} ${lead(meta, e.messageId)}`);
      }
      await expect(bad.nth(index).locator('[data-finding-line]')).toHaveCount(new Set(example.errors.map((e) => e.line)).size);
    }
  }
});

test('the docker/user-root bad example marks the line of its finding', async ({ page }) => {
  await page.goto('/rules/docker/user-root');
  const marked = page.locator('[data-example="bad"]').first().locator('[data-finding-line]');
  await expect(marked).toHaveCount(1);
  await expect(marked.first()).toHaveAttribute('data-finding-line', '1');
});

test('an unknown rule is a 404', async ({ page }) => {
  const response = await page.goto('/rules/docker/nope');
  expect(response?.status()).toBe(404);
});

test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const path of ['/rules', '/rules/docker/user-root', '/rules/pss/runAsNonRoot']) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${path} in ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
