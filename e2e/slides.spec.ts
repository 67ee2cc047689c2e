/**
 * Slides that work on a projector: every slide of every chapter fits the fixed 16:9 canvas at 1280x720 and
 * 1920x1080 (measured here, independently of the app's own check), the stage stays inside the window, and the
 * presenter sees a warning when a slide does overflow.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CHAPTERS = ['intro', 'basics', 'container-security', 'kubernetes-security', 'hands-on'];
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const BEFORE_CLASS = 'at=2026-12-05T09:00';

/** What the current stage slide loses: pixels past its bottom or right edge, inner blocks that scroll. */
function measure(page: Page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const slide = document.querySelector<HTMLElement>('[data-stage] [data-slide-canvas] .slide')!;
    const canvas = slide.closest<HTMLElement>('[data-slide-canvas]')!.getBoundingClientRect();
    const scrolled = [...slide.querySelectorAll<HTMLElement>('pre, .table-scroll, .w7-diagram__svg')].filter(
      (el) => el.scrollWidth - el.clientWidth > 1 || el.scrollHeight - el.clientHeight > 1,
    ).length;
    return {
      title: (slide.querySelector('h1, h2')?.textContent ?? '').trim(),
      bottom: slide.scrollHeight - slide.clientHeight,
      right: slide.scrollWidth - slide.clientWidth,
      scrolled,
      outside: canvas.bottom > window.innerHeight + 1 || canvas.right > window.innerWidth + 1,
      warning: document.querySelectorAll('[data-overflow-warning]').length,
    };
  });
}

for (const size of SIZES) {
  test(`every slide of every chapter fits the 16:9 canvas at ${size.width}x${size.height}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    const problems: string[] = [];
    let slides = 0;
    for (const chapter of CHAPTERS) {
      await page.goto(`/present/${chapter}?${BEFORE_CLASS}`);
      const deck = page.locator('[data-presenter]');
      await expect(deck).toHaveAttribute('data-slide-index', '0');
      const total = Number((await page.locator('[data-position]').textContent())!.match(/\/ (\d+)/)![1]);
      for (let index = 0; index < total; index++) {
        await expect(deck).toHaveAttribute('data-slide-index', String(index));
        const m = await measure(page);
        if (m.bottom > 1 || m.right > 1 || m.scrolled > 0 || m.outside || m.warning > 0) {
          problems.push(`${chapter} slide ${index + 1} "${m.title}": ${JSON.stringify(m)}`);
        }
        slides++;
        await page.keyboard.press('ArrowRight');
      }
    }
    expect(problems).toEqual([]);
    expect(slides).toBeGreaterThan(60);
  });

  test(`the audience canvas fills the window at 16:9 at ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(`/present/kubernetes-security/audience?${BEFORE_CLASS}`);
    const canvas = page.locator('[data-audience] [data-slide-canvas]');
    await expect(canvas).toBeVisible();
    const box = (await canvas.boundingBox())!;
    expect(Math.round(box.width)).toBe(size.width);
    expect(Math.round(box.height)).toBe(size.height);
    expect(await canvas.getAttribute('data-overflow')).toBe('false');
  });
}

test('the canvas scales and centres in CSS: letterboxed in a box too wide and in one too tall for 16:9', async ({ page }) => {
  for (const size of [
    { width: 1000, height: 360 },
    { width: 640, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(`/present/kubernetes-security/audience?${BEFORE_CLASS}`);
    const canvas = page.locator('[data-audience] [data-slide-canvas]');
    await expect(canvas).toBeVisible();
    const [box, frame] = await Promise.all([canvas.boundingBox(), canvas.locator('xpath=..').boundingBox()]);
    const scale = Math.min(frame!.width / 1280, frame!.height / 720);
    expect(box!.width, `canvas width in a ${frame!.width}x${frame!.height} box`).toBeCloseTo(1280 * scale, 0);
    expect(box!.height).toBeCloseTo(720 * scale, 0);
    expect(box!.x - frame!.x).toBeCloseTo((frame!.width - box!.width) / 2, 0);
    expect(box!.y - frame!.y).toBeCloseTo((frame!.height - box!.height) / 2, 0);
  }
});

test('the presenter sees a warning, in Korean, when a slide overflows; the audience does not', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/present/basics?${BEFORE_CLASS}`);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-presenter]')).toHaveAttribute('data-slide-index', '1');
  await expect(page.locator('[data-overflow-warning]')).toHaveCount(0);
  // A slide that grows past the canvas (as a too-long section would).
  await page.locator('[data-stage] .slide-body').evaluate((body) => {
    const tall = document.createElement('div');
    tall.style.height = '900px';
    body.append(tall);
  });
  const warning = page.locator('[data-overflow-warning]');
  await expect(warning).toBeVisible();
  await expect(warning).toHaveText(/^이 슬라이드는 16:9 화면을 넘칩니다: 아래로 \d+px\. 청중에게는 잘려 보이니 슬라이드를 나누세요\.$/);
  await expect(page.locator('[data-stage] [data-slide-canvas]')).toHaveAttribute('data-overflow', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(warning).toHaveCount(0);
});

test('a section shows its slide form, not its reading prose, with the code lines that matter highlighted', async ({ page }) => {
  await page.goto(`/present/container-security?${BEFORE_CLASS}`);
  const stage = page.locator('[data-stage]');
  const title = stage.locator('h2', { hasText: /^External Secrets Operator$/ });
  for (let i = 0; i < 30 && (await title.count()) === 0; i++) await page.keyboard.press('ArrowRight');
  await expect(title).toBeVisible();
  // Key points beside the code, the prose of the reading view is not on the slide.
  await expect(stage.locator('.slide-points li')).toHaveCount(3);
  await expect(stage).not.toContainText('Git에는 "어디서 가져올지"만 남고');
  const code = stage.locator('.slide-code');
  await expect(code.locator('figcaption')).toHaveText('external-secret.yaml (1–15행)');
  await expect(code.locator('.line.highlighted')).toHaveCount(5);
  await expect(code.locator('.line.highlighted').first()).toHaveText('apiVersion: external-secrets.io/v1');
  // The speaker notes carry what to say.
  await expect(page.locator('[data-notes]')).toContainText('SecretStore는 "연결 설정"');
});
