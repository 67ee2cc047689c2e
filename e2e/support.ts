/**
 * Shared e2e helpers: collect console errors and failed or cross-origin requests of a page, and run axe-core
 * with the WCAG 2.1 A/AA rule set.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Starts recording problems on `page`; call before the first navigation. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // Navigations away from a page abort its pending prefetches: not a failure of the site.
    if (failure === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`${request.url()} ${failure}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') problems.foreignRequests.push(request.url());
  });
  return problems;
}

export function expectNoProblems(problems: PageProblems, allowStatus404For?: string): void {
  const failed = allowStatus404For ? problems.failedRequests.filter((r) => !r.includes(allowStatus404For)) : problems.failedRequests;
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
  expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
}

/** axe-core, WCAG 2.0/2.1 A and AA: returns "rule: target" lines so a failure names what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`));
}
