#!/usr/bin/env node
/**
 * The package's `w7-grade` executable (dist/bin.js). It only turns on V8's compile cache and then loads the bundle
 * (dist/run.js): a module compiled before the cache is on is compiled again on every run, and the bundle is most
 * of the start-up time of a one-file lint in CI or a pre-commit hook.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./run.js');
