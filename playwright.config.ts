/**
 * e2e tests against the production build (out/, served by the real server: server/main.ts --no-build, with
 * its security headers and an in-memory class store).
 * Chromium: scripts/chromium.mjs (PLAYWRIGHT_CHROMIUM_PATH, the system's chromium, Playwright's own).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4310);
const executablePath = findChromium().path ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Two workers share CI's two cores with the server: axe on the longest chapter and the editor tests take
  // 20-40 s when both workers load heavy pages at once.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    trace: 'retain-on-failure',
    browserName: 'chromium',
    // The service worker precaches the whole site on a first visit: only the offline tests (e2e/offline.spec.ts) want it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: 'node --import tsx server/main.ts --no-build',
    env: { PORT: String(port), CLASS_DB: ':memory:' },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
