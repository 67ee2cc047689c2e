/**
 * Quick checks and /progress: a quiz answered wrong then right (explanations, remembered score on
 * /progress), reading marks and the next step, export then import into a fresh browser, damaged imports
 * refused with nothing changed, reset with confirmation, axe.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { axeViolations, expectNoProblems, watchPage } from './support';

// A shared two-core machine: pages can take a while to hydrate and grade.
const expect = baseExpect.configure({ timeout: 30_000 });

test.describe.configure({ timeout: 180_000 });

const LAB_KEY = 'w7.lab.v1.dockerfile-nonroot';
const LAB_RECORD = {
  files: { Dockerfile: 'FROM alpine:3.22\nRUN adduser -D -u 10001 appuser\nCOPY server /app/server\nUSER 10001:10001\nCMD ["/app/server"]\n' },
  updatedAt: 1_764_000_000_000,
  complete: true,
  backup: { files: { Dockerfile: 'FROM alpine:3.22\nUSER root\n' }, updatedAt: 1_763_000_000_000 },
};

async function progressStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('w7.'))
        .sort()
        .map((key) => [key, localStorage.getItem(key) ?? '']),
    ),
  );
}

/** Opens a chapter at its quiz and waits until the end-of-chapter marker has recorded the reading. */
async function readToEnd(page: Page, chapter: string): Promise<void> {
  await page.goto(`/chapters/${chapter}#quiz`);
  await page.waitForFunction((id) => localStorage.getItem(`w7.read.v1.${id}`) !== null, chapter);
}

async function openProgress(page: Page): Promise<void> {
  await page.goto('/progress');
  await expect(page.locator('[data-progress-ready]')).toBeVisible();
}

test('a quiz answered wrong then right: explanations, the section link, and the score on /progress', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto('/chapters/basics#quiz');
  const question = page.locator('[data-question="etcd-access"]');
  await question.getByRole('radio', { name: 'kubelet' }).check();
  await question.getByRole('button', { name: '정답 확인' }).click();
  const feedback = question.locator('[data-verdict]');
  await expect(feedback).toHaveAttribute('data-verdict', 'wrong');
  await expect(feedback).toContainText('아쉽지만 틀렸습니다.');
  await expect(feedback).toContainText('kubelet은 노드에서 Pod 생명주기를 관리하며, 상태는 API Server를 통해서만 읽고 씁니다.');
  await expect(feedback).toContainText('정답: API Server.');
  await expect(feedback.getByRole('link', { name: '이 내용을 다루는 절 다시 읽기' })).toHaveAttribute('href', '/chapters/basics#kubernetes-아키텍처');
  await expect(page.locator('[data-quiz-score]')).toHaveAttribute('data-quiz-score', '0/5');

  await openProgress(page);
  const basics = page.locator('[data-chapter-progress="basics"]');
  await expect(basics.locator('[data-quiz-progress]')).toHaveAttribute('data-quiz-progress', '0/5');
  await expect(basics.locator('[data-read]')).toHaveAttribute('data-read', 'yes');

  await page.goto('/chapters/basics#quiz');
  await expect(question.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'wrong');
  await question.getByRole('button', { name: '다시 풀기' }).click();
  await expect(question.locator('[data-verdict]')).toHaveCount(0);
  await question.getByRole('radio', { name: 'API Server' }).check();
  await question.getByRole('button', { name: '정답 확인' }).click();
  await expect(question.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'correct');
  await expect(page.locator('[data-quiz-score]')).toContainText('5문제 중 1문제를 맞혔습니다 (첫 시도에 맞힌 문제 0개).');

  // A code-line question: the insecure line is picked by its number.
  const line = page.locator('[data-question="published-port"]');
  await line.getByRole('radio', { name: '3번째 줄: docker run -d -p 8080:80 --name web nginx:1.30-alpine' }).check();
  await line.getByRole('button', { name: '정답 확인' }).click();
  await expect(line.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'correct');

  await openProgress(page);
  await expect(basics.locator('[data-quiz-progress]')).toHaveAttribute('data-quiz-progress', '2/5');
  await expect(page.getByText('맞힌 확인 문제 2/24')).toBeVisible();
  await expect(page.locator('[data-next]')).toHaveText('"근황 토크 & 과제 피드백" 읽기');
  expectNoProblems(problems);
});

test('checking without a choice asks for one; the quiz passes axe', async ({ page }) => {
  await page.goto('/chapters/intro#quiz');
  const question = page.locator('[data-question="code-stays-local"]');
  await question.getByRole('button', { name: '정답 확인' }).click();
  await expect(question).toContainText('보기를 하나 고른 뒤 정답을 확인하세요.');
  await question.getByRole('radio', { name: '틀리다' }).check();
  await question.getByRole('button', { name: '정답 확인' }).click();
  await expect(question.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'correct');
  expect(await axeViolations(page)).toEqual([]);
});

test('on a 390 px phone the quiz and its code samples fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/chapters/kubernetes-security#quiz');
  for (const question of await page.locator('[data-question]').all()) {
    const box = await question.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  }
  // The long code line scrolls inside its own box.
  const code = page.locator('[data-question="from-or-line"] .quiz-code');
  expect(await code.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
});

test('export, then import in a fresh browser, restores labs with saved work, quiz answers and reading', async ({ page, browser }) => {
  await readToEnd(page, 'hands-on');
  const question = page.locator('[data-question="minikube-cni"]');
  await question.getByRole('radio', { name: '--cni=calico (또는 cilium)' }).check();
  await question.getByRole('button', { name: '정답 확인' }).click();
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [LAB_KEY, JSON.stringify(LAB_RECORD)] as const);
  await openProgress(page);
  await expect(page.locator('[data-chapter-progress="hands-on"] [data-labs-progress]')).toHaveAttribute('data-labs-progress', '1/5');
  const before = await progressStorage(page);
  expect(Object.keys(before)).toEqual([LAB_KEY, 'w7.quiz.v1.hands-on', 'w7.read.v1.hands-on']);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '파일로 내보내기' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^w7-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'w7-progress', version: 1, labs: { 'dockerfile-nonroot': LAB_RECORD } });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openProgress(other);
  await expect(other.getByText('끝까지 읽은 챕터 0/5')).toBeVisible();
  await other.locator('[data-action="import"]').setInputFiles(file);
  await expect(other.locator('[data-backup-message="ok"]')).toContainText('내보낸 기록을 가져왔습니다 (실습 1개, 확인 문제 1장, 읽기 1장).');
  expect(await progressStorage(other)).toEqual(before);
  await expect(other.locator('[data-chapter-progress="hands-on"] [data-quiz-progress]')).toHaveAttribute('data-quiz-progress', '1/5');
  await expect(other.locator('[data-chapter-progress="hands-on"] [data-read]')).toHaveAttribute('data-read', 'yes');
  await expect(other.locator('[data-chapter-progress="hands-on"] [data-labs-progress]')).toHaveAttribute('data-labs-progress', '1/5');
  await fresh.close();
});

test('a wrong or damaged file is refused with a Korean message and nothing changes', async ({ page }) => {
  await readToEnd(page, 'intro');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [LAB_KEY, JSON.stringify(LAB_RECORD)] as const);
  await openProgress(page);
  const before = await progressStorage(page);
  expect(Object.keys(before).length).toBe(2);
  const input = page.locator('[data-action="import"]');
  const alert = page.locator('[data-backup-message="error"]');
  const cases: [string, string][] = [
    [
      '{"format":"w7-progress","version":1,"exportedAt":"2026-12-04T00:00:00Z","labs":{"dockerfile-nonroot":{"files":{"Dockerfile":',
      'JSON 형식이 아니거나 파일이 손상되었습니다.',
    ],
    ['{"name":"my-app","version":"1.0.0"}', '7주차 학습 기록 파일이 아닙니다.'],
    ['{"format":"w7-progress","version":3,"exportedAt":"2026-12-04T00:00:00Z"}', '이 파일은 더 새로운 버전(v3)의 앱에서 만들었습니다.'],
    [
      '{"format":"w7-progress","version":1,"exportedAt":"2026-12-04T00:00:00Z","labs":{"dockerfile-nonroot":{"files":{"Dockerfile":1},"updatedAt":1}}}',
      '실습 "dockerfile-nonroot"의 기록이 손상되었습니다.',
    ],
  ];
  for (const [text, message] of cases) {
    await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('아무것도 바꾸지 않았습니다.');
    await expect(alert).toHaveAttribute('role', 'alert');
    expect(await progressStorage(page)).toEqual(before);
  }
});

test('importing over existing progress asks first; reset asks first and clears everything; axe', async ({ page }) => {
  await readToEnd(page, 'intro');
  await openProgress(page);
  const before = await progressStorage(page);
  const other = JSON.stringify({ format: 'w7-progress', version: 1, exportedAt: '2026-12-01T00:00:00Z', reading: { basics: { at: 1 } } });
  await page.locator('[data-action="import"]').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(other) });
  const confirm = page.getByRole('dialog', { name: '지금 기록을 파일의 기록으로 바꿀까요?' });
  await expect(confirm).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: '취소' }).click();
  await expect(page.locator('[data-backup-message="ok"]')).toHaveText('가져오기를 취소했습니다. 아무것도 바꾸지 않았습니다.');
  expect(await progressStorage(page)).toEqual(before);

  await page.getByRole('button', { name: '학습 기록 초기화' }).click();
  const reset = page.getByRole('dialog', { name: '학습 기록을 모두 지울까요?' });
  await expect(reset).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reset).toBeHidden();
  expect(await progressStorage(page)).toEqual(before);
  await page.getByRole('button', { name: '학습 기록 초기화' }).click();
  await reset.getByRole('button', { name: '모두 지우기' }).click();
  await expect(page.locator('[data-reset-message]')).toHaveText('학습 기록을 모두 지웠습니다.');
  expect(await progressStorage(page)).toEqual({});
  await expect(page.getByText('끝까지 읽은 챕터 0/5')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
