/**
 * `test` for every spec: each navigation (goto, reload) of a course page returns only once React has hydrated
 * every control on it. Before that, a click or a key press reaches a button without its handler and is lost,
 * which on a slow machine made tests fail at random (CI printed the handout before its toolbar had run).
 * Covers the default page, pages opened later in a context (popups too) and contexts made with
 * `browser.newContext`; a context with JavaScript turned off is left alone.
 */
import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Whether every button and form control that React rendered carries React's props, i.e. has been hydrated.
 * Monaco's own controls (its textarea, the find widget) are not React's and never carry them.
 */
function controlsHydrated(): boolean {
  return [...document.querySelectorAll('button, input, select, textarea')]
    .filter((element) => !element.closest('.monaco-editor'))
    .every((element) => Object.keys(element).some((key) => key.startsWith('__reactProps$')));
}

const patched = new WeakSet<Page>();

function patchPage(page: Page, origin: () => string | undefined): void {
  if (patched.has(page)) return;
  patched.add(page);
  const settle = async () => {
    const base = origin();
    if (!base || !page.url().startsWith(base)) return;
    try {
      await page.waitForFunction(controlsHydrated, undefined, { timeout: 45_000, polling: 100 });
    } catch (error) {
      throw new Error(`${page.url()} did not hydrate within 45 s: ${(error as Error).message}`);
    }
  };
  const goto = page.goto.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await settle();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (...args) => {
    const response = await reload(...args);
    await settle();
    return response;
  };
}

function watchContext(context: BrowserContext, origin: () => string | undefined): void {
  context.on('page', (page) => patchPage(page, origin));
  for (const page of context.pages()) patchPage(page, origin);
  const newPage = context.newPage.bind(context);
  context.newPage = async () => {
    const page = await newPage();
    patchPage(page, origin);
    return page;
  };
}

const originOf = (url: string | undefined) => (url ? new URL(url).origin : undefined);

export const test = base.extend<object, { hydratingBrowser: Browser }>({
  hydratingBrowser: [
    async ({ browser }, use, workerInfo) => {
      const fallback = originOf(workerInfo.project.use.baseURL);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        if (options?.javaScriptEnabled !== false) watchContext(context, () => originOf(options?.baseURL) ?? fallback);
        return context;
      };
      const newPage = browser.newPage.bind(browser);
      browser.newPage = async (options) => {
        const page = await newPage(options);
        if (options?.javaScriptEnabled !== false) patchPage(page, () => originOf(options?.baseURL) ?? fallback);
        return page;
      };
      await use(browser);
    },
    { scope: 'worker', auto: true },
  ],
  context: async ({ context, baseURL }, use) => {
    watchContext(context, () => originOf(baseURL));
    await use(context);
  },
});
