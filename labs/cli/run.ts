/**
 * The body of the root package's `w7-grade` (built to labs/cli/dist/run.js, loaded by w7-grade.js): the grader's
 * CLI plus the course's `lab` command.
 */
import { main, nodeIO } from '@w7/grader/cli';
import { courseCommands } from './commands';

process.exitCode = await main(process.argv.slice(2), nodeIO(), courseCommands);
