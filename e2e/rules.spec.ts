/**
 * /rules and /rules/<id>: one explanation page per rule from its metadata, with graded bad examples.
 * The expectations come from the library itself, run through tsx (it imports JSON, which Playwright's loader does not).
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { axeViolations, expectNoProblems, watchPage } from './support';

interface RuleCase {
  id: string;
  title: string;
  why: string;
  fix: string;
  good: number;
  /** Per bad example: "line:column message" of this rule's findings. */
  bad: string[][];
  /** Per bad example: the distinct lines with findings. */
  badLines: number[][];
}

const RULES: RuleCase[] = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { allMetas, grade } = await import('@w7/grader');
       const findings = (id, example) => grade([{ name: example.file, text: example.text }])
         .results.flatMap((result) => result.findings).filter((finding) => finding.ruleId === id && !finding.suppressed);
       process.stdout.write(JSON.stringify(allMetas.map((meta) => ({
         id: meta.id, title: meta.title.ko, why: meta.why.ko, fix: meta.fix.ko, good: meta.examples.good.length,
         bad: meta.examples.bad.map((example) => findings(meta.id, example).map((f) => f.line + ':' + f.column + ' ' + f.message)),
         badLines: meta.examples.bad.map((example) => [...new Set(findings(meta.id, example).map((f) => f.line))]),
       }))));`,
    ],
    { cwd: process.cwd(), encoding: 'utf8' },
  ),
);
const rule = (id: string): RuleCase => RULES.find((r) => r.id === id)!;

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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(rule('docker/user-root').title);
  expectNoProblems(problems);
});

test('every rule page has its Korean title, why and fix, and the bad examples show the rule\'s findings', async ({ page }) => {
  test.setTimeout(120_000);
  expect(RULES.length).toBeGreaterThan(50);
  for (const meta of RULES) {
    await page.goto(`/rules/${meta.id}`);
    await expect(page.getByRole('heading', { level: 1 }), meta.id).toHaveText(meta.title);
    await expect(page.locator('[data-why]')).toHaveText(meta.why);
    await expect(page.locator('[data-fix]')).toHaveText(meta.fix);
    await expect(page.locator('[data-example="good"]')).toHaveCount(meta.good);
    const bad = page.locator('[data-example="bad"]');
    await expect(bad).toHaveCount(meta.bad.length);
    for (const [index, expected] of meta.bad.entries()) {
      await expect(bad.nth(index).locator('[data-finding]'), `${meta.id} bad example ${index + 1}`).toHaveText(expected);
      await expect(bad.nth(index).locator('[data-finding-line]')).toHaveCount(meta.badLines[index].length);
    }
  }
});

test('the docker/user-root bad example marks the line of its finding', async ({ page }) => {
  const meta = rule('docker/user-root');
  expect(meta.bad[0].length).toBeGreaterThan(0);
  await page.goto('/rules/docker/user-root');
  const marked = page.locator('[data-example="bad"]').first().locator('[data-finding-line]');
  await expect(marked).toHaveCount(meta.badLines[0].length);
  await expect(marked.first()).toHaveAttribute('data-finding-line', String(meta.badLines[0][0]));
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
