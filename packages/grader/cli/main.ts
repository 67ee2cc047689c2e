/** Entry of `w7-grade`: dispatches to a subcommand (default `grade`) and maps errors to exit code 2. */
import { commands as builtIn, type CommandEntry } from './commands';
import { HELP } from './grade';
import { UsageError, type CliIO } from './io';

export { nodeIO, type CliIO } from './io';

/** Runs the command line `argv`; `extra` adds subcommands (a host CLI's own, e.g. `lab`). Never throws. */
export async function main(argv: string[], io: CliIO, extra: Readonly<Record<string, CommandEntry>> = {}): Promise<number> {
  const commands: Record<string, CommandEntry> = { ...builtIn, ...extra };
  try {
    const first = argv[0];
    if (first !== undefined && Object.hasOwn(commands, first)) return await (await commands[first]!.load()).run(argv.slice(1), io);
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(
        `${HELP}\n명령:\n${Object.entries(commands)
          .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
          .join('\n')}\n`,
      );
      return 0;
    }
    return await (await commands.grade!.load()).run(argv, io);
  } catch (e) {
    const reason = e instanceof UsageError ? e.message : `내부 오류: ${e instanceof Error ? e.message : String(e)}`;
    io.stderr(`w7-grade: ${reason.split('\n')[0]}\n`);
    return 2;
  }
}
