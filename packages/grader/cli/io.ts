/** What a CLI command may touch besides the file system: output streams, stdin, cwd. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whole standard input as UTF-8 (read once). */
  readStdin(): Promise<string>;
  cwd: string;
  /** Whether stdout shows ANSI colors (a TTY without NO_COLOR, or FORCE_COLOR). */
  color: boolean;
}

/** A command line mistake or an unusable input: exit code 2 with a one-line reason. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function nodeIO(): CliIO {
  // A closed pipe (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  const env = process.env;
  const color = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' ? true : Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined;
  let stdin: Promise<string> | null = null;
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin() {
      stdin ??= new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = [];
        process.stdin.on('data', (c: Buffer) => chunks.push(c));
        process.stdin.on('end', () => resolve(new TextDecoder('utf-8').decode(Buffer.concat(chunks))));
        process.stdin.on('error', reject);
      });
      return stdin;
    },
    cwd: process.cwd(),
    color,
  };
}
