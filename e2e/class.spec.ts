/**
 * Classroom mode in three browser contexts against the real server: the instructor opens a class and
 * presents; two mentees join, follow a slide change, a break and a shift; a mentee's lab result reaches the
 * board (and no request body or socket frame ever carries the editor's text); a help request; a quick check;
 * leaving; ending the class; axe on the class pages; nothing of it on a static host.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations, expectNoProblems, watchPage } from './support';

const MARKER = 'w7-private-marker-6b1f';
const SOLUTION = `FROM alpine:3.22
RUN adduser -D -u 10001 appuser
# ${MARKER}
COPY server /app/server
USER 10001:10001
CMD ["/app/server"]
`;

/** Everything a page sends: request bodies and WebSocket frames. */
function recordOutgoing(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    const body = request.postData();
    if (body) sent.push(body);
  });
  page.on('websocket', (socket) =>
    socket.on('framesent', (frame) => sent.push(typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8'))),
  );
  return sent;
}

async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
}

async function join(page: Page, code: string, nickname: string): Promise<void> {
  await page.goto(`/class?code=${code}`);
  await expect(page.locator('input[name="code"]')).toHaveValue(code);
  await page.locator('input[name="nickname"]').fill(nickname);
  await page.getByRole('button', { name: '참여하기' }).click();
  await expect(page.locator('[data-class-joined]')).toContainText(`「${nickname}」(으)로 수업에 참여했습니다.`);
  await expect(page.locator('[data-class-bar]')).toHaveAttribute('data-class-status', 'connected');
}

test.describe.configure({ mode: 'serial' });

test('a class: present, follow, break and shift, lab progress, help, quick check, leave, end', async ({ browser }, testInfo) => {
  test.setTimeout(360_000);
  const baseURL = String(testInfo.project.use.baseURL);
  const instructor = await newContext(browser, baseURL);
  const menteeA = await newContext(browser, baseURL);
  const menteeB = await newContext(browser, baseURL);

  // The instructor opens the class.
  const host = await instructor.newPage();
  const hostProblems = watchPage(host);
  await host.goto('/class/new');
  await host.locator('input[name="title"]').fill('보안 실습 1반');
  await host.locator('input[name="name"]').fill('김강사');
  await host.getByRole('button', { name: '수업 열기' }).click();
  await expect(host).toHaveURL(/\/class\/host$/);
  await expect(host.locator('[data-host-dashboard]')).toHaveAttribute('data-host-dashboard', 'connected');
  const code = (await host.locator('[data-join-code]').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(host.locator('[data-join-url]')).toHaveText(`${baseURL}/class?code=${code}`);
  await expect(host.locator('[data-qr] path')).toHaveAttribute('d', /^M\d+ \d+h1v1h-1z/);
  // From any page of the site the header leads this browser back to its dashboard.
  await host.goto('/');
  await host.locator('[data-class-host-link]').click();
  await expect(host).toHaveURL(/\/class\/host$/);
  await expect(host.locator('[data-host-dashboard]')).toHaveAttribute('data-host-dashboard', 'connected');
  await expect(host.locator('[data-join-code]')).toHaveText(code);

  // Two mentees join; B turns 따라가기 off.
  const a = await menteeA.newPage();
  const b = await menteeB.newPage();
  const aProblems = watchPage(a);
  const sentByA = recordOutgoing(a);
  await join(a, code, '민수');
  await join(b, code, '<b>지영</b>');
  await b.locator('[data-class-follow]').uncheck();
  await expect(host.locator('[data-board-member]')).toHaveCount(2);
  // Nicknames are text, never markup.
  await expect(host.locator('[data-board-member="<b>지영</b>"] th')).toContainText('<b>지영</b>');

  // The instructor presents basics at a rehearsal time in the break before it (10:21, break until 10:25).
  const presenter = await instructor.newPage();
  await presenter.goto('/present/basics?at=2026-12-05T10:21');
  await expect(presenter.locator('[data-class-presenter]')).toHaveAttribute('data-class-presenter', 'connected');
  await expect(presenter.locator('[data-driver-status]')).toHaveAttribute('data-driver-status', 'me');
  for (const page of [a, b]) {
    await expect(page.locator('[data-class-where]')).toContainText('지금 「Docker/Container/Kubernetes 기본 이해」');
    await expect(page.locator('[data-class-break]')).toContainText(/다음 블록까지 0[34]:\d\d/);
  }
  // A follows to the chapter; B stays where it was.
  await expect(a).toHaveURL(/\/chapters\/basics/);
  await expect(b).toHaveURL(/\/class\?code=/);

  // A shift of +5 minutes moves the break's end for everyone.
  await presenter.getByRole('button', { name: '지금부터 남은 일정을 5분 미루기' }).click();
  for (const page of [a, b]) await expect(page.locator('[data-class-break]')).toContainText(/다음 블록까지 0[89]:\d\d/);

  // A slide change to another section: A's page moves to it, B sees the new position.
  await presenter.locator('body').press('ArrowRight');
  await presenter.locator('body').press('ArrowRight');
  await expect(presenter.locator('[data-presenter]')).toHaveAttribute('data-slide-index', '2');
  for (const page of [a, b]) await expect(page.locator('[data-class-where]')).toContainText('슬라이드 3');
  await expect(a).toHaveURL(/\/chapters\/basics#.+/);
  const section = decodeURIComponent(new URL(a.url()).hash.slice(1));
  await expect(b.locator('[data-class-where]')).toContainText('›');
  expect(section.length).toBeGreaterThan(0);

  // A works on a lab (follow off first, so the presenter does not move A away): the board shows the result.
  await a.locator('[data-class-follow]').uncheck();
  await a.goto('/labs/dockerfile-nonroot');
  const edit = a.getByRole('button', { name: '편집하기' });
  if (await edit.count()) await edit.first().click();
  await a.waitForFunction(() => Boolean(window.__w7Editors?.['dockerfile-nonroot']));
  await a.evaluate((text) => window.__w7Editors?.['dockerfile-nonroot']?.setValue('Dockerfile', text), SOLUTION);
  await expect(a.locator('[data-lab-workbench="dockerfile-nonroot"]')).toHaveAttribute('data-complete', 'true');
  // As many objectives as the lab shows (the labs' own count, which their owners may change).
  const objectives = await a.locator('[data-lab-workbench="dockerfile-nonroot"] [data-objective]').count();
  expect(objectives).toBeGreaterThan(1);
  await expect(host.locator('[data-board-member="민수"] [data-cell="dockerfile-nonroot"]')).toHaveText(`${objectives}/${objectives}완료`);

  // A asks for help; the instructor answers; A is told.
  await a.getByRole('button', { name: '도움 요청' }).click();
  await expect(a.locator('[data-help-request] [role="status"]')).toHaveText('강사에게 도움 요청을 보냈습니다.');
  const item = host.locator('[data-help-item]');
  await expect(item).toContainText('민수');
  await expect(item).toContainText('Dockerfile: root로 실행하지 않기');
  await item.getByRole('button', { name: '답변 완료' }).click();
  await expect(a.locator('[data-help-answered]')).toBeVisible();
  await expect(host.locator('[data-help-item]')).toHaveCount(0);

  // A quick check typed on the spot: both answer, the histogram counts, the answer is revealed.
  await host.locator('textarea[name="prompt"]').fill('컨테이너를 root가 아닌 사용자로 실행하는 지시어는?');
  await host.locator('input[name="option-0"]').fill('USER');
  await host.locator('input[name="correct-0"]').check();
  await host.locator('input[name="option-1"]').fill('RUN');
  await host.getByRole('button', { name: '퀵 체크 시작' }).click();
  for (const [page, option] of [
    [a, 'a'],
    [b, 'b'],
  ] as const) {
    const check = page.locator('[data-class-check]');
    await expect(check).toContainText('퀵 체크: 컨테이너를 root가 아닌 사용자로 실행하는 지시어는?');
    await check.locator(`[data-option="${option}"]`).click();
    await expect(check.locator('[role="status"]')).toHaveText('답을 보냈습니다. 공개 전까지 바꿀 수 있습니다.');
  }
  await expect(host.locator('[data-check-answered]')).toHaveText('2');
  await expect(host.locator('[data-check-option="a"]')).toHaveAttribute('data-count', '1');
  await expect(host.locator('[data-check-option="b"]')).toHaveAttribute('data-count', '1');
  await host.locator('[data-check-reveal]').click();
  for (const page of [a, b]) await expect(page.locator('[data-class-check] [role="status"]')).toHaveText('정답이 공개되었습니다.');
  await expect(b.locator('[data-option="a"]')).toContainText('✓ 정답');

  // Accessibility of the class pages, with data in them.
  expect(await axeViolations(host)).toEqual([]);
  expect(await axeViolations(a)).toEqual([]);
  await host.locator('[data-check-close]').click();

  // B leaves and deletes its data: the board drops B.
  await b.locator('[data-class-leave]').click();
  await b.locator('[data-class-leave-confirm]').click();
  await expect(b.locator('[data-class-notice]')).toContainText('수업에서 나갔고, 보낸 기록을 모두 지웠습니다.');
  await expect(host.locator('[data-board-member]')).toHaveCount(1);

  // Nothing A sent carried the editor's text.
  expect(sentByA.length).toBeGreaterThan(3);
  expect(sentByA.filter((body) => body.includes(MARKER) || body.includes('adduser'))).toEqual([]);
  expect(sentByA.some((body) => body.includes('"progress"') && body.includes('"non-root"'))).toBe(true);

  // Ending the class closes it for everyone.
  await host.locator('[data-end-class]').click();
  await host.locator('[data-end-confirm]').click();
  await expect(host.locator('[data-class-ended]')).toContainText('수업이 끝났습니다.');
  await expect(a.locator('[data-class-bar]')).toHaveAttribute('data-class-status', 'ended');
  await expect(presenter.locator('[data-class-presenter]')).toHaveAttribute('data-class-presenter', 'ended');

  expectNoProblems(hostProblems);
  expectNoProblems(aProblems);
  await Promise.all([instructor.close(), menteeA.close(), menteeB.close()]);
});

test('axe: the join and open-a-class pages; a static host would show no class link', async ({ page }) => {
  const problems = watchPage(page);
  for (const path of ['/class', '/class/new']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('form')).toBeVisible();
    expect(await axeViolations(page), path).toEqual([]);
  }
  // Where /api/health answers, the header offers the join link.
  await page.goto('/');
  await expect(page.locator('[data-class-join-link]')).toBeVisible();
  expectNoProblems(problems);
});

test('on a static host (no class API) no class feature appears', async ({ browser }, testInfo) => {
  const context = await newContext(browser, String(testInfo.project.use.baseURL));
  await context.route('**/api/health', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not Found' }));
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('main h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-class-join-link]')).toHaveCount(0);
  await page.goto('/class');
  await expect(page.locator('main')).toContainText('이 사이트에는 수업 서버가 없습니다.');
  await expect(page.locator('[data-join-form]')).toHaveCount(0);
  await context.close();
});

test("a bad join shows the server's Korean message at the form", async ({ page }) => {
  await page.goto('/class');
  await page.locator('input[name="code"]').fill('QQQQQQ');
  await page.locator('input[name="nickname"]').fill('누군가');
  await page.getByRole('button', { name: '참여하기' }).click();
  await expect(page.locator('[data-join-form] [role="alert"]')).toHaveText('그 참여 코드의 수업이 없습니다. 코드를 다시 확인하세요.');
  await expect(page.locator('input[name="code"]')).toHaveAttribute('aria-invalid', 'true');
});
