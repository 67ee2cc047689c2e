/**
 * Korean typography and small screens: no Markdown emphasis left as literal `**` in any built page, Korean
 * words kept whole (header links, table cells), wide tables scrolling in their own box, and a compact menu on
 * a phone that reaches every chapter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { axeViolations } from './support';

const OUT = path.join(process.cwd(), 'out');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The text a reader sees: scripts, styles and code (where `**` may be literal) removed, tags stripped. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|pre|code|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x2A;|&#42;|&ast;/gi, '*');
}

/**
 * The words of an element's table cells that the browser laid out on more than one line. An opening
 * parenthesis starts a new word: a line may break before "(" as in Korean typesetting ("재확인 / (ensure").
 */
function splitWords(el: Element): string[] {
  const broken: string[] = [];
  for (const cell of el.querySelectorAll('th, td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/[^\s(]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}

test('no page of the built site shows a literal ** (emphasis next to Korean is parsed)', () => {
  const pages = htmlFiles(OUT);
  expect(pages.length).toBeGreaterThan(20);
  const literal = pages.flatMap((file) => {
    const text = visibleText(readFileSync(file, 'utf8'));
    // A glob (`**/`, `docs/**`, `**.md`) in a message is text, not emphasis.
    return [...text.matchAll(/.{0,30}(?<!\/)\*\*(?![/.]).{0,30}/g)].map((m) => `${path.relative(OUT, file)}: ${m[0].trim()}`);
  });
  expect(literal).toEqual([]);
});

test.describe('a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header keeps words whole and its menu reaches the timetable and every chapter', async ({ page }) => {
    test.slow(); // a full axe scan of a chapter page: slow on a loaded 2-core machine
    await page.goto('/chapters/basics');
    // The header's own row (brand, links, tools); the class join link, when the class API answers, is a row below it.
    const row = page.locator('body > header > div').first();
    const rowBox = (await row.boundingBox())!;
    expect(rowBox.height, 'one row of header').toBeLessThan(72);
    const menu = page.getByRole('button', { name: '메뉴' });
    await expect(menu).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect((await menu.boundingBox())!.height, 'the menu button is one line').toBeLessThan(44);
    await expect(page.getByRole('navigation', { name: '사이트', exact: true })).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const panel = page.getByRole('navigation', { name: '사이트 메뉴' });
    await expect(panel).toBeVisible();
    for (const name of ['실습', '규칙', '발표']) {
      const link = panel.getByRole('link', { name, exact: true });
      expect((await link.boundingBox())!.height, `${name} on one line`).toBeLessThan(40);
    }
    await expect(panel.getByRole('link', { name: '시간표' })).toHaveAttribute('href', '/');
    await expect(panel.getByRole('listitem').filter({ has: page.locator('a[href^="/chapters/"]') })).toHaveCount(5);
    await expect(panel.getByRole('link', { name: /Docker\/Container\/Kubernetes 기본 이해/ })).toHaveAttribute('aria-current', 'page');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await menu.click();
    await panel.getByRole('link', { name: /Kubernetes 보안 아키텍처/ }).click();
    await expect(page).toHaveURL(/\/chapters\/kubernetes-security$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes 보안 아키텍처 & Best Practices');
    await expect(page.getByRole('navigation', { name: '사이트 메뉴' })).toBeHidden();
  });

  test('Korean text keeps words whole and a wide table scrolls in its own box', async ({ page }) => {
    test.slow(); // the longest chapter, measured word by word
    await page.goto('/chapters/kubernetes-security');
    expect(await page.evaluate(() => getComputedStyle(document.body).wordBreak)).toBe('keep-all');
    const table = page.locator('.table-scroll').filter({ hasText: 'enforce-version' }).first();
    await table.scrollIntoViewIfNeeded();
    const scroll = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll.scroll, 'the table is wider than the phone').toBeGreaterThan(scroll.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Every word of the tables' cells sits on one line: no "Name/space", "거/부" or "2024-12-/11" split.
    for (const text of ['enforce-version', '2024-12-11']) {
      const box = page.locator('.table-scroll').filter({ hasText: text }).first();
      await box.scrollIntoViewIfNeeded();
      expect(await box.evaluate(splitWords), `words split in the table with ${text}`).toEqual([]);
    }
    expect(await page.locator('article .nobreak').count(), 'dates and version ranges are kept whole').toBeGreaterThan(20);
  });
});
