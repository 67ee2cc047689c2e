/**
 * Labs in the browser: per lab, the starter fails the expected objectives with markers, the reference
 * solution passes them all and completes the lab, and a reload keeps the work and the completion.
 * Plus hints, reset/restore, the solution diff, keyboard exit, completion marks, axe, and where and when Monaco
 * loads: only after "편집하기", in place without a layout shift, never more editors than labs opened.
 * Expected states come from the same grader the worker runs (labs/exercises/grade.ts), run through tsx
 * because the library imports JSON, which Playwright's loader does not.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { timetable } from '../content/timetable';
import { axeViolations, expectNoProblems, watchPage } from './support';

interface LabCase {
  id: string;
  chapter: string;
  section: string;
  files: { name: string; language: string; starter: string }[];
  objectiveCount: number;
  /** Per objective, the `<chapter>#<heading>` that teaches it, if any. */
  sections: (string | null)[];
  hints: string[];
  /** Objectives the starter fails, and its findings (not suppressed). */
  failing: number;
  findings: number;
  reference: Record<string, string>;
}

const LABS: LabCase[] = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { labs, loadSolutions } = await import('./labs/exercises/index.ts');
       const { gradeLab } = await import('./labs/exercises/grade.ts');
       const { labPlacement } = await import('./content/lab-placement.ts');
       const out = [];
       for (const lab of labs) {
         const starter = gradeLab(lab, lab.files.map((file) => ({ name: file.name, text: file.starter })));
         const { chapter, section } = labPlacement(lab.id);
         out.push({
           id: lab.id, chapter, section, hints: lab.hints, objectiveCount: lab.objectives.length,
           sections: lab.objectives.map((objective) => objective.section ?? null),
           files: lab.files.map((file) => ({ name: file.name, language: file.language, starter: file.starter })),
           failing: starter.objectives.filter((objective) => !objective.pass).length,
           findings: starter.result.results.flatMap((result) => result.findings).filter((finding) => !finding.suppressed).length,
           reference: (await loadSolutions(lab.id)).reference,
         });
       }
       process.stdout.write(JSON.stringify(out));`,
    ],
    { cwd: process.cwd(), encoding: 'utf8' },
  ),
);

async function editorReady(page: Page, id: string): Promise<void> {
  await page.waitForFunction((lab) => Boolean(window.__w7Editors?.[lab]), id);
}

/** Waits until the lab's controls respond (hydrated, saved work read). */
async function hydrated(page: Page, id: string): Promise<void> {
  await page.locator(`[data-lab-workbench="${id}"][data-hydrated="true"]`).waitFor();
}

/** Clicks the lab's "편집하기" and waits for its editor. */
async function openEditor(page: Page, id: string): Promise<void> {
  await hydrated(page, id);
  await page.locator(`[data-lab-workbench="${id}"] [data-action="edit"]`).click();
  await editorReady(page, id);
}

async function setFile(page: Page, id: string, file: string, text: string): Promise<void> {
  await page.evaluate(([lab, name, value]) => window.__w7Editors?.[lab]?.setValue(name, value), [id, file, text] as const);
}

async function getFile(page: Page, id: string, file: string): Promise<string> {
  return page.evaluate(([lab, name]) => window.__w7Editors?.[lab]?.getValue(name) ?? '', [id, file] as const);
}

async function markerCount(page: Page, id: string, files: readonly string[]): Promise<number> {
  return page.evaluate(([lab, names]) => names.reduce((sum, name) => sum + (window.__w7Editors?.[lab]?.markers(name).length ?? 0), 0), [id, files] as const);
}

test.describe('every lab', () => {
  // Each test loads Monaco and the grading worker twice and runs axe: slow on a loaded 2-core machine.
  test.describe.configure({ timeout: 90_000 });
  for (const lab of LABS) {
    test(`${lab.id}: starter fails, reference passes and completes, reload keeps both`, async ({ page }) => {
      const problems = watchPage(page);
      const { failing, findings, reference } = lab;
      expect(failing, 'the starter fails at least one objective').toBeGreaterThan(0);
      const names = lab.files.map((file) => file.name);

      await page.goto(`/labs/${lab.id}`);
      const workbench = page.locator(`[data-lab-workbench="${lab.id}"]`);
      await openEditor(page, lab.id);
      await expect(workbench.locator('[data-objective][data-state="fail"]')).toHaveCount(failing);
      await expect(workbench.locator('[data-objective][data-state="pass"]')).toHaveCount(lab.objectiveCount - failing);
      await expect(workbench.locator('[data-lab-complete]')).toHaveCount(0);
      if (findings > 0) await expect.poll(() => markerCount(page, lab.id, names)).toBe(findings);
      if (lab.files.length > 1) {
        const tabs = workbench.getByRole('tab');
        await expect(tabs).toHaveText(names);
        await tabs.nth(1).click();
        await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
        const firstLine = lab.files[1].starter.split('\n')[0];
        await expect(workbench.locator('.view-lines')).toContainText(firstLine);
      }

      expect(await axeViolations(page), 'axe with the starter and its markers').toEqual([]);

      for (const name of names) await setFile(page, lab.id, name, reference[name] ?? '');
      await expect(workbench.locator('[data-objective][data-state="pass"]')).toHaveCount(lab.objectiveCount);
      await expect(workbench.locator('[data-lab-status]')).toHaveText(`목표 ${lab.objectiveCount}개를 모두 통과했습니다.`);
      await expect(workbench.locator('[data-lab-complete]')).toHaveText(/완료/);
      await expect(workbench).toHaveAttribute('data-complete', 'true');

      await page.reload();
      // Before the editor is opened again: the remembered grading, without loading the grading worker.
      await expect(workbench.locator('[data-lab-status]')).toHaveText(`지난번 채점 결과: 목표 ${lab.objectiveCount}개를 모두 통과했습니다.`);
      await expect(workbench.locator('[data-objective][data-state="pass"]')).toHaveCount(lab.objectiveCount);
      await openEditor(page, lab.id);
      for (const name of names) expect(await getFile(page, lab.id, name), name).toBe(reference[name]);
      await expect(workbench.locator('[data-lab-complete]')).toHaveText(/완료/);
      await expect(workbench.locator('[data-objective][data-state="pass"]')).toHaveCount(lab.objectiveCount);
      expectNoProblems(problems);
    });
  }
});

const first = LABS[0];

test.describe('lab features', () => {
  test('hints unlock one at a time; the solution diff needs a first attempt', async ({ page }) => {
    await page.goto(`/labs/${first.id}`);
    await openEditor(page, first.id);
    const hints = page.locator('[data-hints] li');
    const hintButton = page.locator('[data-action="hint"]');
    await expect(hints).toHaveCount(0);
    await expect(hintButton).toHaveText(`힌트 보기 (1/${first.hints.length})`);
    await hintButton.click();
    await expect(hints).toHaveText([first.hints[0]]);
    for (let i = 1; i < first.hints.length; i++) await hintButton.click();
    await expect(hints).toHaveText([...first.hints]);
    await expect(hintButton).toBeDisabled();

    const solution = page.locator('[data-action="solution"]');
    await expect(solution).toBeDisabled();
    const file = first.files[0];
    await page.locator(`[data-lab-editor="${first.id}"] .view-lines`).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n# my change');
    await expect(solution).toBeEnabled();
    await solution.click();
    const diff = page.locator('[data-solution]');
    await expect(diff.locator('[data-diff="removed"]').filter({ hasText: '# my change' })).toHaveCount(1);
    const { reference } = first;
    const firstAdded = (reference[file.name] ?? '').split('\n').find((line) => !file.starter.split('\n').includes(line) && line.trim() !== '');
    if (firstAdded) await expect(diff.locator('[data-diff="added"]').filter({ hasText: firstAdded }).first()).toBeVisible();
  });

  test('reset to starter and restore my work keep both texts', async ({ page }) => {
    const file = first.files[0].name;
    await page.goto(`/labs/${first.id}`);
    await openEditor(page, first.id);
    const restore = page.locator('[data-action="restore"]');
    await expect(restore).toBeDisabled();
    await setFile(page, first.id, file, 'FROM scratch\n# mine\n');
    await page.locator('[data-action="reset"]').click();
    await expect.poll(() => getFile(page, first.id, file)).toBe(first.files[0].starter);
    await expect(restore).toBeEnabled();
    await restore.click();
    await expect.poll(() => getFile(page, first.id, file)).toBe('FROM scratch\n# mine\n');
    await restore.click();
    await expect.poll(() => getFile(page, first.id, file)).toBe(first.files[0].starter);
    await page.reload();
    await openEditor(page, first.id);
    expect(await getFile(page, first.id, file)).toBe(first.files[0].starter);
    await page.locator('[data-action="restore"]').click();
    await expect.poll(() => getFile(page, first.id, file)).toBe('FROM scratch\n# mine\n');
  });

  test('Esc then Tab leaves the editor', async ({ page }) => {
    await page.goto(`/labs/${first.id}`);
    await openEditor(page, first.id);
    await page.locator(`[data-lab-editor="${first.id}"] .view-lines`).click();
    const inEditor = () => page.evaluate((id) => Boolean(document.activeElement?.closest(`[data-lab-editor="${id}"]`)), first.id);
    expect(await inEditor()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await inEditor(), 'a plain Tab indents').toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await inEditor()).toBe(false);
  });

  test('completion shows on /labs, in the chapter and in the sidebar', async ({ page }) => {
    const { reference } = first;
    await page.goto(`/labs/${first.id}`);
    await openEditor(page, first.id);
    for (const file of first.files) await setFile(page, first.id, file.name, reference[file.name] ?? '');
    await expect(page.locator(`[data-lab-workbench="${first.id}"] [data-lab-complete]`)).toBeVisible();

    await page.goto('/labs');
    await expect(page.locator(`[data-lab-item="${first.id}"] [data-lab-complete]`)).toHaveText(/완료/);
    await expect(page.locator('[data-lab-complete]')).toHaveCount(1);

    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`/chapters/${first.chapter}`);
    await expect(page.locator(`[data-lab-workbench="${first.id}"]`)).toHaveAttribute('data-complete', 'true');
    const inChapter = LABS.filter((lab) => lab.chapter === first.chapter).length;
    const mark = page.locator(`[data-sidebar] a[href="/chapters/${first.chapter}"] [data-chapter-labs]`);
    await expect(mark).toHaveAttribute('data-chapter-labs', `1/${inChapter}`);
    // The lab sits after the section its metadata names.
    const followsSection = await page.evaluate(
      ([section, id]) => {
        const heading = document.getElementById(section);
        const lab = document.querySelector(`[data-lab="${id}"]`);
        return Boolean(heading && lab && heading.compareDocumentPosition(lab) & Node.DOCUMENT_POSITION_FOLLOWING);
      },
      [first.section, first.id] as const,
    );
    expect(followsSection).toBe(true);
  });

  test('in its chapter a lab links only to the other sections that teach it; on its own page to all of them', async ({ page }) => {
    const href = (section: string) => `/chapters/${section}`;
    let dropped = 0;
    for (const chapter of new Set(LABS.map((lab) => lab.chapter))) {
      await page.goto(`/chapters/${chapter}`);
      for (const lab of LABS.filter((l) => l.chapter === chapter)) {
        const own = `${lab.chapter}#${lab.section}`;
        const taught = lab.sections.filter((section): section is string => section !== null);
        dropped += taught.filter((section) => section === own).length;
        const links = page.locator(`[data-lab="${lab.id}"] [data-section-link]`);
        await expect(links, lab.id).toHaveCount(taught.filter((section) => section !== own).length);
        for (const [i, section] of taught.filter((s) => s !== own).entries()) await expect(links.nth(i)).toHaveAttribute('href', href(section));
      }
    }
    expect(dropped, 'links to the section the lab sits in').toBeGreaterThan(30);
    const lab = LABS.find((l) => l.sections.includes(`${l.chapter}#${l.section}`))!;
    await page.goto(`/labs/${lab.id}`);
    await expect(page.locator('[data-section-link]')).toHaveCount(lab.sections.filter((section) => section !== null).length);
  });

  test('the starter text is in the server HTML at the editor height (JavaScript off)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/labs/${first.id}`);
    const starterPanel = page.locator(`[data-lab-workbench="${first.id}"] [role="tabpanel"]`);
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown (innerText), which is what the learner sees
    expect((await starterPanel.locator('.lab-starter').innerText()).trimEnd()).toBe(first.files[0].starter.trimEnd());
    await expect(page.locator(`[data-lab-workbench="${first.id}"] [data-objective]`)).toHaveCount(first.objectiveCount);
    const before = (await starterPanel.boundingBox())?.height;
    await context.close();

    const live = await browser.newPage();
    await live.goto(`/labs/${first.id}`);
    await openEditor(live, first.id);
    const after = (await live.locator(`[data-lab-workbench="${first.id}"] [role="tabpanel"]`).boundingBox())?.height;
    expect(after).toBe(before);
    await live.close();
  });
});

/**
 * Monaco's own code, recognised by a command id that only its editor contributions register (a selector such as
 * `.monaco-editor` can appear in our code too, e.g. the presenter's key handler).
 */
const isMonacoChunk = (body: string) => body.includes('editor.action.marker.next') || body.includes('monaco-editor-background');

test.describe('where Monaco loads', () => {
  test('a chapter without a lab requests no Monaco code; a lab page does, from our origin only', async ({ page }) => {
    const without = timetable.flatMap((slot) => (slot.kind === 'block' ? [slot.chapter] : [])).find((chapter) => !LABS.some((lab) => lab.chapter === chapter));
    expect(without, 'a chapter without a lab').toBeDefined();
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) bodies.push(response.text().catch(() => ''));
    });
    await page.goto(`/chapters/${without}`);
    await page.waitForLoadState('networkidle');
    const chapterScripts = await Promise.all(bodies.splice(0));
    expect(chapterScripts.length).toBeGreaterThan(0);
    expect(chapterScripts.filter(isMonacoChunk), 'Monaco chunks').toHaveLength(0);

    const problems = watchPage(page);
    await page.goto(`/labs/${first.id}`);
    await openEditor(page, first.id);
    await page.waitForLoadState('networkidle');
    const labScripts = await Promise.all(bodies.splice(0));
    expect(labScripts.filter(isMonacoChunk).length).toBeGreaterThan(0);
    expect(problems.foreignRequests).toEqual([]);
  });
});

/** The grading worker's own code, recognised by a message only it sends. */
const isGradingWorker = (body: string) => body.includes('채점 중 오류가 났습니다');

/** Records every response body of `page` (scripts and workers), to look for editor or worker code in them. */
function recordScripts(page: Page): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (/\.m?js($|\?)/.test(new URL(response.url()).pathname)) bodies.push(response.text().catch(() => ''));
  });
  return bodies;
}

const editorCount = (page: Page) => page.locator('[data-lab-editor] .monaco-editor').count();

/** Every layout shift of the page since it loaded, also those right after an input (which CLS leaves out). */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { __w7Shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const shiftTotal = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __w7Shifts: number[] }).__w7Shifts ?? []).reduce((sum, value) => sum + value, 0));

test.describe('the editor on demand', () => {
  const chapter = 'kubernetes-security';
  const inChapter = LABS.filter((lab) => lab.chapter === chapter);

  test('a chapter loads no editor and no grading worker until 편집하기; focus only downloads it; Enter opens it in place', async ({ page }) => {
    expect(inChapter.length, 'labs in the chapter').toBeGreaterThanOrEqual(3);
    const [one, two] = inChapter;
    const problems = watchPage(page);
    const bodies = recordScripts(page);
    await watchLayoutShifts(page);
    await page.goto(`/chapters/${chapter}`);
    for (const lab of inChapter) await hydrated(page, lab.id);
    await page.waitForLoadState('networkidle');
    expect((await Promise.all(bodies)).filter(isMonacoChunk), 'Monaco before any interaction').toHaveLength(0);
    expect((await Promise.all(bodies)).filter(isGradingWorker), 'grading worker before any interaction').toHaveLength(0);
    for (const lab of inChapter) {
      const workbench = page.locator(`[data-lab-workbench="${lab.id}"]`);
      await expect(workbench.locator('[data-static-code]')).toContainText(lab.files[0].starter.split('\n')[0]);
      // The starter's grading is known without the worker (made at build time).
      await expect(workbench.locator('[data-objective][data-state="fail"]')).toHaveCount(lab.failing);
    }

    const workbench = page.locator(`[data-lab-workbench="${one.id}"]`);
    const edit = workbench.locator('[data-action="edit"]');
    await edit.focus();
    await expect.poll(async () => (await Promise.all(bodies)).filter(isMonacoChunk).length, 'focus downloads the editor').toBeGreaterThan(0);
    expect(await editorCount(page), 'but creates none').toBe(0);

    const reset = workbench.locator('[data-action="reset"]');
    const before = { reset: await reset.boundingBox(), panel: await workbench.getByRole('tabpanel').boundingBox(), shifts: await shiftTotal(page) };
    await page.keyboard.press('Enter');
    await editorReady(page, one.id);
    await expect
      .poll(() =>
        markerCount(
          page,
          one.id,
          one.files.map((file) => file.name),
        ),
      )
      .toBe(one.findings);
    expect(await workbench.getByRole('tabpanel').boundingBox(), 'the code box').toEqual(before.panel);
    expect(await reset.boundingBox(), 'what follows the code').toEqual(before.reset);
    expect((await shiftTotal(page)) - before.shifts, 'layout shift while the editor arrives').toBe(0);
    expect(await editorCount(page)).toBe(1);

    // Keyboard: the editor has the focus; Esc then Tab leaves it for the next control.
    expect(await page.evaluate((id) => Boolean(document.activeElement?.closest(`[data-lab-editor="${id}"]`)), one.id)).toBe(true);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n# 내 변경');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(reset).toBeFocused();
    // The starter's markers come from build time: the worker may still be on its way (a slow machine).
    await expect.poll(async () => (await Promise.all(bodies)).filter(isGradingWorker).length, 'the grading worker once the editor is open').toBeGreaterThan(0);

    await openEditor(page, two.id);
    expect(await editorCount(page), 'one editor per opened lab').toBe(2);
    expectNoProblems(problems);
  });

  test("an editor far out of view is disposed and comes back with the learner's text", async ({ page }) => {
    const [one] = inChapter;
    const file = one.files[0].name;
    await page.goto(`/chapters/${chapter}`);
    await openEditor(page, one.id);
    await setFile(page, one.id, file, `${one.files[0].starter}# 돌아와도 남는 줄\n`);
    const labTop = await page.locator(`[data-lab-workbench="${one.id}"]`).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const { scrollHeight, innerHeight } = await page.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerHeight: window.innerHeight }));
    expect(scrollHeight - labTop, 'room to scroll the lab far away').toBeGreaterThan(4 * innerHeight);
    // The learner clicks elsewhere first: an editor that holds the focus is in use and is never disposed.
    await page.locator('h1').first().click();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.locator(`[data-lab-editor="${one.id}"]`).count(), { timeout: 10_000 }).toBe(0);
    await expect(page.locator(`[data-lab-workbench="${one.id}"] [data-static-code]`)).toContainText('# 돌아와도 남는 줄');
    await page.locator(`[data-lab-workbench="${one.id}"]`).scrollIntoViewIfNeeded();
    await editorReady(page, one.id);
    expect(await getFile(page, one.id, file)).toContain('# 돌아와도 남는 줄');
    expect(await editorCount(page)).toBe(1);
  });

  test('the lab page is usable before the editor: hints work, no Monaco until 편집하기', async ({ page }) => {
    const bodies = recordScripts(page);
    await page.goto(`/labs/${first.id}`);
    await hydrated(page, first.id);
    await page.locator('[data-action="hint"]').click();
    await expect(page.locator('[data-hints] li')).toHaveText([first.hints[0]]);
    await page.waitForLoadState('networkidle');
    expect((await Promise.all(bodies)).filter(isMonacoChunk)).toHaveLength(0);
    await page.locator(`[data-lab-workbench="${first.id}"] [data-static-code]`).click();
    await editorReady(page, first.id);
    expect(
      await page.evaluate((id) => Boolean(document.activeElement?.closest(`[data-lab-editor="${id}"]`)), first.id),
      'a click on the code opens and focuses the editor',
    ).toBe(true);
  });
});

test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  // Every lab is checked in the light theme above; in the dark theme, one lab per editor language.
  const languages = new Map<string, LabCase>();
  for (const lab of LABS) for (const file of lab.files) if (!languages.has(file.language)) languages.set(file.language, lab);
  for (const [language, lab] of languages) {
    test(`/labs/${lab.id} (${language}) with the editor loaded, dark theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`/labs/${lab.id}`);
      await openEditor(page, lab.id);
      const tab = page.getByRole('tab', { name: lab.files.find((file) => file.language === language)?.name });
      if (lab.files.length > 1) await tab.click();
      await expect(page.locator('[data-objective][data-state="pending"]')).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
  test('/labs', async ({ page }) => {
    await page.goto('/labs');
    expect(await axeViolations(page)).toEqual([]);
  });
});
