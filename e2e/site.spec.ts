import { expect, test } from './fixtures';
import { axeViolations, expectNoProblems, watchPage } from './support';

const CHAPTERS = [
  { id: 'intro', title: '근황 토크 & 과제 피드백', diagrams: 0 },
  { id: 'basics', title: 'Docker/Container/Kubernetes 기본 이해', diagrams: 1 },
  { id: 'container-security', title: '컨테이너 보안 Best Practices', diagrams: 1 },
  { id: 'kubernetes-security', title: 'Kubernetes 보안 아키텍처 & Best Practices', diagrams: 3 },
  { id: 'hands-on', title: '실습 및 Q&A', diagrams: 1 },
];

test.describe('home', () => {
  test('shows the timetable with blocks, breaks and links to every chapter', async ({ page }) => {
    const problems = watchPage(page);
    await page.goto('/');
    await expect(page).toHaveTitle('7주차: Docker & Kubernetes 보안 실전');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('7주차: Docker & Kubernetes 보안 실전');
    const blocks = page.locator('[data-timetable] [data-block]');
    await expect(blocks).toHaveCount(5);
    await expect(page.locator('[data-timetable] [data-break]')).toHaveText([
      /10:20.10:25.*휴식 \(5분\)/,
      /10:50.11:00.*휴식 \(10분\)/,
      /11:25.11:30.*휴식 \(5분\)/,
      /11:50.11:55.*휴식 \(5분\)/,
    ]);
    for (const chapter of CHAPTERS) {
      const block = page.locator(`[data-block="${chapter.id}"]`);
      await expect(block.getByRole('link', { name: chapter.title })).toHaveAttribute('href', `/chapters/${chapter.id}`);
      await expect(block.getByText('학습 목표')).toBeVisible();
    }
    await page.getByRole('link', { name: 'Kubernetes 보안 아키텍처 & Best Practices' }).click();
    await expect(page).toHaveURL(/\/chapters\/kubernetes-security$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes 보안 아키텍처 & Best Practices');
    expectNoProblems(problems);
  });
});

test.describe('chapters', () => {
  for (const chapter of CHAPTERS) {
    test(`${chapter.id}: title, header, ${chapter.diagrams} diagram(s) as SVG, no errors`, async ({ page }) => {
      const problems = watchPage(page);
      await page.goto(`/chapters/${chapter.id}`);
      await expect(page).toHaveTitle(`${chapter.title} | 7주차: Docker & Kubernetes 보안 실전`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      await expect(page.getByRole('heading', { name: '학습 목표' })).toBeVisible();
      await expect(page.locator('header p time').first()).toBeVisible();
      const figures = page.locator('figure.w7-diagram');
      await expect(figures).toHaveCount(chapter.diagrams);
      for (let i = 0; i < chapter.diagrams; i++) {
        const svg = figures.nth(i).locator('svg');
        await expect(svg).toBeVisible();
        const name = await figures.nth(i).locator('figcaption').textContent();
        await expect(svg).toHaveAccessibleName(name ?? '');
        const box = await svg.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(100);
      }
      expectNoProblems(problems);
    });
  }

  test('diagrams are in the HTML with JavaScript off, once for both themes, in dark colours in the dark theme', async ({ browser }) => {
    // The root <svg>'s text fill and a node's classDef fill, as rendered.
    const colours = (svg: import('@playwright/test').Locator) =>
      svg.evaluate((element) => [getComputedStyle(element).fill, getComputedStyle(element.querySelector('.node rect') as Element).fill]);
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/chapters/kubernetes-security');
    await expect(page.locator('figure.w7-diagram')).toHaveCount(3);
    await expect(page.locator('figure.w7-diagram svg')).toHaveCount(3);
    // The theme script does not run without JavaScript: the light colours show.
    const light = await colours(page.locator('figure.w7-diagram svg').first());
    expect(light[0]).toBe('rgb(51, 51, 51)');
    await context.close();
    const dark = await browser.newContext({ colorScheme: 'dark' });
    const darkPage = await dark.newPage();
    await darkPage.goto('/chapters/kubernetes-security');
    await expect(darkPage.locator('html')).toHaveClass(/\bdark\b/);
    const darkColours = await colours(darkPage.locator('figure.w7-diagram svg').first());
    expect(darkColours[0]).toBe('rgb(204, 204, 204)');
    expect(darkColours[1], 'a node keeps its own dark fill').not.toBe(light[1]);
    await dark.close();
  });

  test('sidebar, previous/next and the table of contents navigate', async ({ page }) => {
    const problems = watchPage(page);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/chapters/basics');
    const sidebar = page.getByRole('navigation', { name: '챕터 목록' });
    await expect(sidebar.getByRole('link', { name: /Docker\/Container\/Kubernetes 기본 이해/ })).toHaveAttribute('aria-current', 'page');
    await expect(sidebar.locator('[data-break]')).toHaveCount(4);

    const toc = page.getByRole('navigation', { name: '이 페이지의 목차' });
    const entry = toc.getByRole('link', { name: '컨테이너 격리 원리' });
    const href = await entry.getAttribute('href');
    expect(href).toMatch(/^#.+/);
    await entry.click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(href);
    const target = page.locator(`[id="${decodeURIComponent(href!.slice(1))}"]`);
    await expect(target).toHaveText('컨테이너 격리 원리');
    await expect(target).toBeInViewport();

    await page.locator('[data-nav="next"]').click();
    await expect(page).toHaveURL(/\/chapters\/container-security$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('컨테이너 보안 Best Practices');
    await page.locator('[data-nav="previous"]').click();
    await expect(page).toHaveURL(/\/chapters\/basics$/);

    await sidebar.getByRole('link', { name: /실습 및 Q&A/ }).click();
    await expect(page).toHaveURL(/\/chapters\/hands-on$/);
    await expect(page.locator('[data-nav="next"]')).toHaveCount(0);
    expectNoProblems(problems);
  });

  test('the table of contents is one list: a closed disclosure on phones, an open sticky column on wide screens', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/chapters/kubernetes-security');
    await expect(page.locator('[data-toc]')).toHaveCount(1);
    const toc = page.getByRole('navigation', { name: '이 페이지의 목차' });
    const entry = toc.getByRole('link', { name: 'RBAC 최소 권한' });
    await expect(entry).toBeHidden();
    await page.getByText('이 페이지의 목차', { exact: true }).click();
    await expect(entry).toBeVisible();
    // Between the chapter header and the body.
    const tocBox = (await page.locator('[data-toc]').boundingBox())!;
    expect(tocBox.y).toBeGreaterThan((await page.locator('article > header').boundingBox())!.y);
    expect(tocBox.y).toBeLessThan((await page.locator('.chapter-body').boundingBox())!.y);

    await page.setViewportSize({ width: 1400, height: 900 });
    await page.reload();
    await expect(page.getByText('이 페이지의 목차', { exact: true })).toBeHidden();
    await expect(entry).toBeVisible();
    const body = (await page.locator('.chapter-body').boundingBox())!;
    const column = (await toc.boundingBox())!;
    expect(column.x, 'right of the chapter text').toBeGreaterThan(body.x + body.width);
    await page.mouse.wheel(0, 6000);
    await expect.poll(async () => (await toc.boundingBox())!.y, { message: 'sticks below the header' }).toBeLessThan(200);
    await expect(toc).toBeInViewport();
  });

  test('code blocks have a language label and a working copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/chapters/container-security');
    const block = page.locator('figure.codeblock[data-lang="dockerfile"]').filter({ hasText: 'USER' }).first();
    await expect(block.locator('figcaption span').first()).toHaveText(/dockerfile/i);
    expect(await block.locator('pre span[style]').count(), 'highlighted tokens').toBeGreaterThan(3);
    await block.getByRole('button', { name: '복사' }).click();
    await expect(block.getByRole('button', { name: '복사됨' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('USER');
    expect(copied).toBe(await block.locator('pre').evaluate((pre) => pre.textContent));
  });

  test('2026 update callouts name their source', async ({ page }) => {
    await page.goto('/chapters/container-security');
    const updates = page.locator('[data-callout="update"]');
    expect(await updates.count()).toBeGreaterThan(0);
    for (const callout of await updates.all()) {
      await expect(callout).toContainText('2026 업데이트');
      await expect(callout.locator('a[href^="http"]').first()).toBeVisible();
    }
  });
});

test.describe('theme', () => {
  test('the toggle switches the theme and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/chapters/intro');
    const html = page.locator('html');
    await expect(html).not.toHaveClass(/\bdark\b/);
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveAttribute('data-theme', 'light');
    await toggle.click();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(html).toHaveClass(/\bdark\b/);
    await page.goto('/');
    await expect(html).toHaveClass(/\bdark\b/);
    await page.locator('[data-theme-toggle]').click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(html).not.toHaveClass(/\bdark\b/);
  });

  test('without a stored choice the page follows the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  });
});

test.describe('responsive and 404', () => {
  test('chapters fit a 360 px wide screen without horizontal page scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const chapter of CHAPTERS) {
      await page.goto(`/chapters/${chapter.id}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${chapter.id} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });

  test('an unknown address shows the Korean 404 page', async ({ page }) => {
    const response = await page.goto('/chapters/nope');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
    await expect(page).toHaveTitle('페이지를 찾을 수 없습니다 | 7주차: Docker & Kubernetes 보안 실전');
    await page.getByRole('link', { name: '처음 화면으로 돌아가기' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const pages = ['/', ...CHAPTERS.map((c) => `/chapters/${c.id}`), '/chapters/nope'];
  for (const path of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${path} in ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
