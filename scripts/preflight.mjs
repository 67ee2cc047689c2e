#!/usr/bin/env node
/**
 * First step of `npm test` and `npm start`: stops at once, with one line naming the fix, when this machine
 * cannot run the project (Node older than package.json's engines; for tests, no Chromium to drive).
 * Written for old Node too: no syntax or API newer than Node 18.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = Number(/(\d+)/.exec(pkg.engines?.node ?? '')?.[1] ?? 0);
const have = Number(process.versions.node.split('.')[0]);

function stop(line) {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

if (have < wanted) {
  stop(
    `Node.js ${wanted} 이상이 필요합니다 (지금 ${process.version}). ` +
      `nvm이 있으면 \`nvm install\`, 없으면 \`npm install -g node@${wanted}\` 후 다시 실행하세요.`,
  );
}

if (process.argv.includes('--browser')) {
  const { findChromium } = await import('./chromium.mjs');
  let found = findChromium();
  if (!found.path && !process.env.PLAYWRIGHT_CHROMIUM_PATH) {
    // Where downloads work (a developer laptop), fetch Playwright's own Chromium once.
    const cli = new URL('../node_modules/playwright-core/cli.js', import.meta.url).pathname;
    const run = spawnSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'ignore', timeout: 300_000 });
    if (run.status === 0) found = findChromium();
  }
  if (!found.path) {
    stop(
      `${found.reason}: \`sudo apt-get install chromium fonts-nanum\` (Debian/Ubuntu) 또는 ` +
        '`npx playwright install chromium`으로 설치하거나 PLAYWRIGHT_CHROMIUM_PATH를 지정한 뒤 다시 실행하세요.',
    );
  }
}
