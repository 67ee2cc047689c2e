/**
 * Share an attempt: the link carries the lab's files in its fragment only; opening it elsewhere shows a
 * separate, gradable draft and leaves that browser's saved work exactly as it was; oversized, damaged
 * or foreign links get a Korean message.
 */
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import LZString from 'lz-string';
import { solutions } from '../labs/exercises/dockerfile-nonroot/solutions';
import { axeViolations, expectNoProblems, watchPage } from './support';

// A shared two-core machine: pages can take a while to hydrate and grade.
const expect = baseExpect.configure({ timeout: 30_000 });

test.describe.configure({ timeout: 180_000 });

const LAB = 'dockerfile-nonroot';
const KEY = `w7.lab.v1.${LAB}`;
const MINE = 'FROM alpine:3.22\n# my own attempt, kept in this browser\nUSER root\nCMD ["/app/server"]\n';

async function editorReady(page: Page): Promise<void> {
  await openEditor(page, LAB);
}

/** Opens the lab's editor ("편집하기"; it loads only on request) and waits for it, retrying until the page has hydrated. */
async function openEditor(page: Page, lab: string): Promise<void> {
  await baseExpect(async () => {
    const edit = page.locator(`[data-lab-workbench="${lab}"] [data-action="edit"]`);
    if (await edit.isVisible()) await edit.click();
    await page.waitForFunction((id) => Boolean(window.__w7Editors?.[id]), lab, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}

test('a share link round-trip shows the attempt as a draft and never touches saved work', async ({ browser }) => {
  // The sender: their attempt is the reference solution.
  const sender = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const from = await sender.newPage();
  const serverSaw: string[] = [];
  from.on('request', (request) => serverSaw.push(request.url()));
  await from.goto(`/labs/${LAB}`);
  await editorReady(from);
  await from.evaluate(([lab, text]) => window.__w7Editors?.[lab]?.setValue('Dockerfile', text), [LAB, solutions.reference.Dockerfile ?? ''] as const);
  await expect(from.locator('[data-lab-status]')).toContainText('모두 통과했습니다.');
  await from.getByRole('button', { name: '링크로 공유', exact: true }).click();
  await expect(from.locator('[data-share-status="copied"]')).toContainText('링크를 복사했습니다.');
  const link = await from.locator('[data-share-url]').inputValue();
  expect(await from.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toMatch(new RegExp(`^http://localhost:\\d+/labs/${LAB}#share=[A-Za-z0-9+\\-$]+$`));
  expect(serverSaw.some((url) => url.includes('share='))).toBe(false);
  await sender.close();

  // The receiver has saved work of their own for the same lab.
  const receiver = await browser.newContext();
  const page = await receiver.newPage();
  const problems = watchPage(page);
  await page.goto(`/labs/${LAB}`);
  await editorReady(page);
  await page.evaluate(([lab, text]) => window.__w7Editors?.[lab]?.setValue('Dockerfile', text), [LAB, MINE] as const);
  await expect(page.locator('[data-lab-status]')).toContainText('아직 통과하지 못했습니다.');
  const saved = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(JSON.parse(saved ?? '{}').files).toEqual({ Dockerfile: MINE });

  await page.goto(link);
  await editorReady(page);
  const draft = page.locator('[data-shared-draft="open"]');
  await expect(draft.getByRole('heading', { name: '공유받은 시도 (초안)' })).toBeFocused();
  await expect(draft.getByLabel('Dockerfile')).toHaveValue(solutions.reference.Dockerfile ?? '');
  await expect(draft.locator('[data-draft-status]')).toContainText('초안이 목표');
  await expect(draft.locator('[data-draft-status]')).toContainText('모두 통과합니다.');
  expect(await page.evaluate((lab) => window.__w7Editors?.[lab]?.getValue('Dockerfile'), LAB)).toBe(MINE);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(saved);

  // Editing the draft grades it again and still saves nothing.
  await draft.getByLabel('Dockerfile').fill('FROM alpine:3.22\nUSER root\n');
  await expect(draft.locator('[data-draft-status]')).toContainText('아직 통과하지 못합니다.');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(saved);
  expect(await axeViolations(page)).toEqual([]);

  await draft.getByRole('button', { name: '초안 닫기' }).click();
  await expect(page.locator('[data-shared-draft]')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  await page.reload();
  await editorReady(page);
  expect(await page.evaluate((lab) => window.__w7Editors?.[lab]?.getValue('Dockerfile'), LAB)).toBe(MINE);
  expectNoProblems(problems);
  await receiver.close();
});

test('damaged, oversized and foreign links get a Korean message and change nothing', async ({ page }) => {
  const payload = (value: unknown) => LZString.compressToEncodedURIComponent(JSON.stringify(value));
  const cases: [string, string][] = [
    ['share=%%%not-a-link', '공유 링크가 손상되었습니다. 링크 전체가 복사되었는지 확인해 주세요.'],
    [`share=${payload({ v: 1, lab: LAB, files: { Dockerfile: 'FROM x' } }).slice(0, 12)}`, '공유 링크가 손상되었습니다.'],
    [`share=${'A'.repeat(9000)}`, '공유 링크가 너무 깁니다 (9,000자). 이 앱은 8,000자까지의 링크만 엽니다.'],
    [`share=${payload({ v: 1, lab: 'networkpolicy', files: { 'netpol.yaml': 'kind: NetworkPolicy' } })}`, '이 링크는 다른 실습("networkpolicy")의 시도입니다.'],
  ];
  await page.goto(`/labs/${LAB}`);
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  for (const [fragment, message] of cases) {
    // A new document each time, as when a link is opened.
    await page.goto('about:blank');
    await page.goto(`/labs/${LAB}#${fragment}`);
    const error = page.locator('[data-shared-error]');
    await expect(error).toContainText(message);
    await expect(error).toContainText('이 브라우저에 저장된 내 작업은 그대로입니다.');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
  }
});

test('files too large for a link are refused before anything is copied', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`/labs/${LAB}`);
  await editorReady(page);
  let noise = '';
  let seed = 7;
  for (let i = 0; i < 12_000; i++) {
    seed = (seed * 48271) % 2147483647;
    noise += String.fromCharCode(33 + (seed % 90));
  }
  await page.evaluate(([lab, text]) => window.__w7Editors?.[lab]?.setValue('Dockerfile', text), [LAB, `# ${noise}\n`] as const);
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await page.getByRole('button', { name: '링크로 공유', exact: true }).click();
  await expect(page.locator('[data-share-error]')).toContainText('파일이 너무 커서 링크로 공유할 수 없습니다');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
  await context.close();
});
