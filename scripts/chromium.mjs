/**
 * Finds the Chromium that the e2e tests and the diagram renderer drive: PLAYWRIGHT_CHROMIUM_PATH, then the
 * system's chromium (Debian), then Playwright's own download. Only looks; installing is preflight.mjs's job.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags for a headless Chromium on a closed network, as root (see ../shared/STACK-NOTES.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/**
 * @returns {{ path: string, source: 'env' | 'system' | 'playwright' } | { path: null, reason: string }}
 */
export function findChromium(env = process.env) {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv) ? { path: fromEnv, source: 'env' } : { path: null, reason: `PLAYWRIGHT_CHROMIUM_PATH=${fromEnv} 파일이 없습니다` };
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  const own = chromium.executablePath();
  if (own && existsSync(own)) return { path: own, source: 'playwright' };
  return { path: null, reason: 'Chromium을 찾지 못했습니다' };
}
