#!/usr/bin/env node
/** The package's `w7-grade` executable (built to dist/bin.js): grade, netpol and can-i, no course material. */
import { enableCompileCache } from 'node:module';
import { main, nodeIO } from './index';

// Repeated runs (CI, pre-commit hooks) reuse V8's compiled code instead of compiling the bundle again.
enableCompileCache?.();
process.exitCode = await main(process.argv.slice(2), nodeIO());
