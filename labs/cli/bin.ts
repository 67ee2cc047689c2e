#!/usr/bin/env node
/**
 * The root package's `w7-grade` (labs/cli/dist/w7-grade.js). It turns on V8's compile cache before it loads the
 * bundle (run.js), so that repeated runs (CI, pre-commit hooks) reuse the bundle's compiled code.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./run.js');
