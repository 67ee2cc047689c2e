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
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    trace: 'retain-on-failure',
    browserName: 'chromium',
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
