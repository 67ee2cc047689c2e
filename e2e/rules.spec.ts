/**
 * /rules and /rules/<id>: one explanation page per rule from its metadata, with graded bad examples.
 * The expectations are the metadata's own: titles and texts, and each bad example's stated findings (message id
 * and position, which test/rules-contract.test.ts holds the grader to); the page must show exactly those.
 */
import { expect, test } from './fixtures';
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

test("every rule page has its Korean title, why and fix, and the bad examples show the rule's findings", async ({ page }) => {
  test.setTimeout(240_000);
  expect(RULES.length).toBeGreaterThan(50);
  for (const meta of RULES) {
    await page.goto(`/rules/${meta.id}`);
    // One read per page (the page is static HTML), compared with the metadata in one go.
    const shown = await page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent ?? '',
      why: document.querySelector('[data-why]')?.textContent ?? '',
      fix: document.querySelector('[data-fix]')?.textContent ?? '',
      good: document.querySelectorAll('[data-example="good"]').length,
      noBad: document.querySelector('[data-no-bad-example]')?.textContent ?? null,
      bad: [...document.querySelectorAll('[data-example="bad"]')].map((example) => ({
        findings: [...example.querySelectorAll('[data-finding]')].map((f) => ({
          at: f.getAttribute('data-finding'),
          messageId: f.getAttribute('data-message-id'),
          text: f.textContent ?? '',
        })),
        markedLines: example.querySelectorAll('[data-finding-line]').length,
      })),
    }));
    expect(shown.title, meta.id).toBe(meta.title.ko);
    expect(shown.why, meta.id).toBe(meta.why.ko);
    expect(shown.fix, meta.id).toBe(meta.fix.ko);
    expect(shown.good, meta.id).toBe(meta.examples.good.length);
    expect(shown.noBad, meta.id).toBe(meta.examples.noBadExample?.ko ?? null);
    expect(
      shown.bad.map((b) => ({ findings: b.findings.map((f) => ({ at: f.at, messageId: f.messageId })), markedLines: b.markedLines })),
      meta.id,
    ).toEqual(
      meta.examples.bad.map((ex) => ({
        findings: ex.errors.map((e) => ({ at: `${e.line}:${e.column}`, messageId: e.messageId })),
        markedLines: new Set(ex.errors.map((e) => e.line)).size,
      })),
    );
    meta.examples.bad.forEach((ex, i) =>
      ex.errors.forEach((e, j) =>
        expect(shown.bad[i]!.findings[j]!.text, `${meta.id} bad ${i + 1}`).toContain(`${e.line}:${e.column} ${lead(meta, e.messageId)}`),
      ),
    );
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
