import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// '@w7/source': workspace packages resolve to their TypeScript sources, so tests see an edit without a rebuild
// (packages/grader/README.md says why the app and the CLI use the built dist/ instead).
const conditions = ['@w7/source', 'module', 'node', 'import', 'default'];
// Vitest also hands the SSR conditions to Node (--conditions) for external packages: 'import' or 'module'
// there would make Node's require() pick the ESM build of dual packages (ws, pg-pool) and break them.
const nodeConditions = ['@w7/source', 'node', 'development|production'];

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) }, conditions },
  ssr: { resolve: { conditions: nodeConditions, externalConditions: ['node'] } },
  test: {
    include: [
      'packages/**/*.test.ts',
      'labs/**/*.test.ts',
      'lib/**/*.test.ts',
      'content/**/*.test.ts',
      'components/**/*.test.ts',
      'scripts/**/*.test.ts',
      'server/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 30000,
    globalSetup: ['packages/grader/test/global-setup.ts'],
  },
});
