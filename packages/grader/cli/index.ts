/**
 * The Node entry of @w7/grader (`@w7/grader/cli`): the `w7-grade` command runner, for its own bin and for a
 * host CLI that adds subcommands. Node only (reads files); the browser imports `@w7/grader`.
 */
export { main } from './main';
export { nodeIO, UsageError, type CliIO } from './io';
export { readInputs } from './inputs';
export type { CommandEntry, CommandModule } from './commands';
