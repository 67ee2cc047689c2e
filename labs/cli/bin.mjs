#!/usr/bin/env node
// w7-grade: registers tsx so the TypeScript sources run as they are, then hands over to main.ts.
import { register } from 'tsx/esm/api';

register();
try {
  const { main, nodeIO } = await import('./main.ts');
  process.exitCode = await main(process.argv.slice(2), nodeIO());
} catch (e) {
  process.stderr.write(`w7-grade: 실행할 수 없습니다: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  process.exitCode = 2;
}
