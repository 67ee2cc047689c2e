import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['packages/**/*.test.ts', 'labs/**/*.test.ts', 'lib/**/*.test.ts', 'content/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 30000,
  },
});
