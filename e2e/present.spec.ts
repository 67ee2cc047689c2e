import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations, expectNoProblems, watchPage } from './support';

const AT = '2026-12-05T10:30';
const slideIndex = (page: Page, root: '[data-presenter]' | '[data-audience]') => page.locator(root).getAttribute('data-slide-index');

test.describe('presenter and audience', () => {
  test('the audience opened with A follows navigation and shifts; readers see the section; shifts survive a reload', async ({ context }) => {
    test.slow(); // three windows (presenter, audience, reader) and a reload: over 30 s on a loaded 2-core machine
    const presenter = await context.newPage();
    const problems = watchPage(presenter);
    await presenter.goto(`/present/basics?at=${AT}`);
    await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-slide-index', '0');
    await expect(presenter.locator('[data-stage] h1')).toHaveText('Docker/Container/Kubernetes 기본 이해');

    const [audience] = await Promise.all([context.waitForEvent('page'), presenter.keyboard.press('a')]);
    await audience.waitForLoadState();
    expect(new URL(audience.url()).pathname).toBe('/present/basics/audience');
    expect(new URL(audience.url()).search).toBe(`?at=${encodeURIComponent(AT)}`);
    const screen = audience.locator('[data-audience]');
    await expect(screen).toHaveAttribute('data-slide-index', '0');
    await expect(audience.locator('[data-presenter]')).toHaveCount(0);

    await presenter.keyboard.press('ArrowRight');
    await expect(screen).toHaveAttribute('data-slide-index', '1');
    await expect(audience.locator('[data-stage] h2')).toHaveText('Docker의 네 가지 핵심 개념');

    await presenter.keyboard.press('4');
    await presenter.keyboard.press('Enter');
    await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-slide-index', '3');
    await expect(screen).toHaveAttribute('data-slide-index', '3');
    const heading = (await presenter.locator('[data-stage] h2').textContent())!.trim();
    await expect(audience.locator('[data-stage] h2')).toHaveText(heading);

    await presenter.getByRole('button', { name: '지금부터 남은 일정을 5분 미루기' }).click();
    await expect(presenter.locator('[data-shift-total]')).toHaveText('+5분');
    await expect(screen).toHaveAttribute('data-shift-min', '5');
    await presenter.getByRole('button', { name: '지금부터 남은 일정을 1분 앞당기기' }).click();
    await expect(screen).toHaveAttribute('data-shift-min', '4');

    const reader = await context.newPage();
    await reader.goto('/chapters/container-security');
    const banner = reader.locator('[data-class-position]');
    await expect(banner).toContainText(`수업은 지금 「Docker/Container/Kubernetes 기본 이해」의 「${heading}」 섹션을 보고 있습니다.`);
    await banner.getByRole('link', { name: '그 섹션으로 이동' }).click();
    await expect(reader).toHaveURL(/\/chapters\/basics#/);
    const id = decodeURIComponent(new URL(reader.url()).hash.slice(1));
    await expect(reader.locator(`h2[id="${id}"]`)).toHaveText(heading);

    await presenter.keyboard.press('ArrowLeft');
    await expect(reader.locator('[data-class-position] strong')).not.toHaveText(`「${heading}」`);

    await presenter.reload();
    await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-slide-index', '2');
    await expect(presenter.locator('[data-shift-total]')).toHaveText('+4분');
    await expect(screen).toHaveAttribute('data-slide-index', '2');
    expectNoProblems(problems);
  });

  test('the break screen appears under a rehearsal clock at 10:21 and leaves at 10:25', async ({ page }) => {
    const problems = watchPage(page);
    await page.clock.install();
    await page.goto('/present/intro/audience?at=2026-12-05T10:21');
    const breakScreen = page.locator('[data-break-screen]');
    await expect(breakScreen).toBeVisible();
    // page.clock lets time flow: the countdown starts at 04:00 and may have ticked a second or two.
    await expect(breakScreen.locator('[data-countdown]')).toHaveText(/^(04:00|03:5\d)$/);
    await expect(breakScreen.locator('[data-next-title]')).toHaveText('Docker/Container/Kubernetes 기본 이해');
    await expect(breakScreen).toContainText('10:25 시작');
    await expect(breakScreen.getByRole('heading', { name: '준비할 것' })).toBeVisible();
    await page.clock.fastForward('03:50');
    await expect(breakScreen.locator('[data-countdown]')).toHaveText(/^00:(10|0\d)$/);
    await page.clock.fastForward('00:10');
    await expect(breakScreen).toHaveCount(0);
    await expect(page.locator('[data-audience] [data-stage] h1')).toHaveText('근황 토크 & 과제 피드백');
    expectNoProblems(problems);
  });

  test('notes are hidden in the reading view and shown in the presenter view', async ({ page }) => {
    const note = '6주차 키워드(WAF, CloudFront, GitHub DevSecOps)를 한 줄씩만 상기시키고';
    await page.goto('/chapters/intro');
    await expect(page.getByRole('heading', { level: 2, name: '지난주에서 이번 주로' })).toBeVisible();
    await expect(page.getByText(note)).toHaveCount(0);
    await page.goto(`/present/intro?at=2026-12-05T10:05`);
    await expect(page.locator('[data-notes]')).toContainText('이 슬라이드에는 노트가 없습니다.');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-stage] h2')).toHaveText('지난주에서 이번 주로');
    await expect(page.locator('[data-notes]')).toContainText(note);
    await expect(page.locator('[data-stage]')).not.toContainText(note);
    await expect(page.locator('[data-next-preview] h2')).toHaveText('오늘의 일정');
  });

  test('keyboard-only navigation, key help and the block timer', async ({ page }) => {
    const problems = watchPage(page);
    await page.clock.install();
    await page.goto('/present/container-security?at=2026-12-05T11:21:30');
    const deck = page.locator('[data-presenter]');
    const position = page.locator('[data-position]');
    await expect(deck).toHaveAttribute('data-slide-index', '0');
    const total = Number((await position.textContent())!.match(/\/ (\d+)/)![1]);
    expect(total).toBeGreaterThan(10);
    await page.keyboard.press('End');
    await expect(deck).toHaveAttribute('data-slide-index', String(total - 1));
    await expect(page.locator('[data-next-preview]')).toContainText('마지막 슬라이드입니다.');
    await page.keyboard.press('ArrowRight');
    await expect(deck).toHaveAttribute('data-slide-index', String(total - 1));
    await page.keyboard.press('Home');
    await expect(deck).toHaveAttribute('data-slide-index', '0');
    await page.keyboard.press(' ');
    await page.keyboard.press('PageDown');
    await expect(deck).toHaveAttribute('data-slide-index', '2');
    await page.keyboard.press('PageUp');
    await expect(deck).toHaveAttribute('data-slide-index', '1');
    await page.keyboard.press('1');
    await page.keyboard.press('0');
    await expect(position).toContainText('이동: 10');
    await page.keyboard.press('Enter');
    await expect(deck).toHaveAttribute('data-slide-index', '9');
    await expect(position).toHaveText(`슬라이드 10 / ${total}`);
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: '단축키 도움말' })).toContainText('그 번호의 슬라이드로 이동');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // 11:21:30 in the 11:00-11:25 block: the last 5 minutes, the slides (10 of total) are ahead of an even pace.
    await expect(page.locator('[data-timer] [data-elapsed]')).toHaveText(/^21:[34]\d$/);
    await expect(page.locator('[data-timer] [data-remaining]')).toHaveText(/^03:[12]\d$|^03:30$/);
    await expect(page.locator('[data-timer] [data-block-status]')).toHaveText('마지막 5분');
    await expect(page.locator('[data-seoul-clock]')).toContainText(/서울 11:21:[34]\d/);
    await expect(page.locator('[data-seoul-clock]')).toContainText('리허설 시계');
    await page.clock.fastForward('03:30');
    await expect(page.locator('[data-timer]')).toHaveAttribute('data-phase', 'break');
    await expect(page.locator('[data-timer]')).toContainText('휴식 (11:25–11:30)');
    await expect(page.locator('[data-timer] [data-block-status]')).toHaveText('시간 초과');
    await expect(page.locator('[data-timer] [data-drift]')).toHaveText('진행: 예정대로');
    await expect(page.locator('[data-break-note]')).toContainText('Kubernetes 보안 아키텍처 & Best Practices');
    await page.clock.fastForward('01:00');
    await expect(page.locator('[data-timer] [data-drift]')).toHaveText('진행: 1분 늦음');
    expectNoProblems(problems);
  });

  test('both views are in the HTML before any script runs; only the presenter page carries speaker notes', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/present/kubernetes-security');
    await expect(page.locator('[data-presenter] [data-stage] h1')).toHaveText('Kubernetes 보안 아키텍처 & Best Practices');
    await expect(page.locator('[data-notes]')).toBeVisible();
    const presenterHtml = await (await page.request.get('/present/kubernetes-security')).text();
    const audienceHtml = await (await page.request.get('/present/kubernetes-security/audience')).text();
    // A lab slide's notes are the lab's hints (deck.tsx); the presenter page ships them in its data, the audience page does not.
    const hintNote = '막힌 목표가 많으면 힌트를 순서대로';
    expect(presenterHtml).toContain(hintNote);
    expect(audienceHtml).not.toContain(hintNote);
    await page.goto('/present/kubernetes-security/audience');
    await expect(page.locator('[data-audience] [data-stage] h1')).toHaveText('Kubernetes 보안 아키텍처 & Best Practices');
    await expect(page.locator('[data-notes]')).toHaveCount(0);
    await context.close();
  });

  test('the old ?view=audience address opens the audience page and never shows the notes on the way', async ({ page }) => {
    // Whenever the presenter page's parser has put notes into the document, record whether they could be seen.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (location.pathname === '/present/intro' && document.querySelector('[data-notes]')) {
          sessionStorage.setItem('w7-notes-seen', String(!document.documentElement.hidden));
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`/present/intro?view=audience&at=${AT}#x`);
    await expect(page).toHaveURL(new RegExp(`/present/intro/audience\\?at=${encodeURIComponent(AT)}#x$`));
    await expect(page.locator('[data-audience]')).toBeVisible();
    await expect(page.locator('[data-notes]')).toHaveCount(0);
    expect(await page.evaluate(() => sessionStorage.getItem('w7-notes-seen'))).not.toBe('true');
  });

  test('F toggles fullscreen in the presenter and the audience views', async ({ page }) => {
    const fullscreen = () => page.evaluate(() => document.fullscreenElement?.tagName ?? null);
    for (const url of [`/present/intro?at=${AT}`, `/present/intro/audience?at=${AT}`]) {
      await page.goto(url);
      await expect(page.locator('[data-presenter], [data-audience]')).toHaveCount(1);
      await page.keyboard.press('f');
      await expect.poll(fullscreen).toBe('HTML');
      await page.keyboard.press('F');
      await expect.poll(fullscreen).toBeNull();
    }
  });

  test('home and chapter headers show now and next during class hours only', async ({ page }) => {
    test.slow(); // three full page loads with hydration: 30 s is too tight on a loaded 2-core machine
    await page.goto(`/?at=${AT}`);
    await expect(page.locator('[data-now]')).toContainText(/지금 · Docker\/Container\/Kubernetes 기본 이해 \(남은 시간 (20:00|19:5\d)\)/);
    await expect(page.locator('[data-next]')).toHaveText('다음 · 10:50 휴식');
    await page.goto('/chapters/hands-on?at=2026-12-05T11:52');
    await expect(page.locator('[data-now]')).toContainText(/지금 · 휴식 \(남은 시간 (03:00|02:5\d)\)/);
    await expect(page.locator('[data-next]')).toHaveText('다음 · 11:55 실습 및 Q&A');
    await page.goto('/?at=2026-12-05T09:30');
    await expect(page.locator('[data-timetable]')).toBeVisible();
    await expect(page.locator('[data-now-next]')).toHaveCount(0);
  });

  test('during class hours the now/next box has its place before the page runs: nothing moves when it appears', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { __shift: number }).__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const objectives = page.locator('section[aria-labelledby="objectives-heading"]');
    const slot = page.locator('[data-now-next-slot]');

    await page.clock.setFixedTime(new Date('2026-12-05T11:57:00+09:00'));
    await page.goto('/chapters/kubernetes-security');
    await expect(page.locator('[data-next]')).toHaveText('다음 · 12:00 수업 끝');
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);

    // The reserved place is the drawn box's: take the box out of its slot and nothing below it moves.
    const [drawn, reserved] = await objectives.evaluate((below) => {
      const box = document.querySelector('[data-now-next]')!;
      const parent = box.parentElement!;
      const withBox = below.getBoundingClientRect().y;
      box.remove();
      const withoutBox = below.getBoundingClientRect().y;
      parent.append(box);
      return [withBox, withoutBox];
    });
    expect(reserved).toBe(drawn);

    await page.clock.setFixedTime(new Date('2026-12-05T12:00:00+09:00'));
    await page.goto('/chapters/kubernetes-security');
    await expect(page.locator('[data-now-next]')).toHaveCount(0);
    expect((await slot.boundingBox())!.height).toBe(0);
  });

  test('the prerendered presenter does not move when its clock starts, in its own block', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { __shift: number }).__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.clock.setFixedTime(new Date('2026-12-05T11:43:00+09:00'));
    for (const size of [
      { width: 412, height: 823 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      await page.goto('/present/kubernetes-security');
      await expect(page.locator('[data-timer] [data-remaining]')).toHaveText('07:00');
      expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift), `${size.width}x${size.height}`).toBe(0);
    }
  });

  test('axe: presenter and audience views have no WCAG A/AA violations', async ({ page }) => {
    test.slow(); // four full axe scans: several seconds each on a loaded 2-core machine
    await page.goto(`/present/kubernetes-security?at=2026-12-05T11:35`);
    await expect(page.locator('[data-timer]')).toContainText('Kubernetes 보안 아키텍처');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-presenter]')).toHaveAttribute('data-slide-index', '1');
    expect(await axeViolations(page)).toEqual([]);
    // A lab's task slide (the editor itself belongs on each learner's screen, not on the projector).
    for (let i = 0; i < 30 && (await page.locator('[data-stage] [data-lab-slide]').count()) === 0; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-stage] [data-lab-slide]').first()).toBeVisible();
    await expect(page.locator('[data-notes]')).toContainText('힌트를 순서대로');
    expect(await axeViolations(page)).toEqual([]);
    const labSlide = await slideIndex(page, '[data-presenter]');
    // The audience opens on the presenter's slide (from the saved state), lab included.
    await page.goto(`/present/kubernetes-security/audience?at=2026-12-05T11:35`);
    await expect(page.locator('[data-audience]')).toHaveAttribute('data-slide-index', labSlide!);
    await expect(page.locator('[data-audience] [data-stage] [data-lab-slide]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/present/kubernetes-security/audience?at=2026-12-05T11:52`);
    await expect(page.locator('[data-break-screen]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
