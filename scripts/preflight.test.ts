import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function preflight(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['scripts/preflight.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('scripts/preflight.mjs', () => {
  it('passes on this Node without --browser', () => {
    const run = preflight([], {});
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('stops with one line naming the install command when the configured Chromium is missing', () => {
    const run = preflight(['--browser'], { PLAYWRIGHT_CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'PLAYWRIGHT_CHROMIUM_PATH=/nonexistent/chromium 파일이 없습니다: `sudo apt-get install chromium fonts-nanum` ' +
        '(Debian/Ubuntu) 또는 `npx playwright install chromium`으로 설치하거나 PLAYWRIGHT_CHROMIUM_PATH를 지정한 뒤 다시 실행하세요.\n',
    );
  });
});
