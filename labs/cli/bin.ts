#!/usr/bin/env node
/** The root package's `w7-grade` (built to labs/cli/dist/w7-grade.js): the grader's CLI plus the course's `lab` command. */
import { enableCompileCache } from 'node:module';
import { main, nodeIO } from '@w7/grader/cli';
import { courseCommands } from './commands';

// Repeated runs (CI, pre-commit hooks) reuse V8's compiled code instead of compiling the bundle again.
enableCompileCache?.();
process.exitCode = await main(process.argv.slice(2), nodeIO(), courseCommands);
