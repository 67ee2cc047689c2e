/** Helpers shared by the Dockerfile rules. */
import type { DockerfileModel, RunInstruction, ShellCommand, ShellWord } from '../../dockerfile/model';

/** Commands that run the command given in their arguments. */
const WRAPPERS = new Set(['sudo', 'doas', 'env', 'nice', 'nohup', 'time', 'exec', 'command', 'stdbuf', 'timeout', 'su-exec', 'gosu']);

/** Options of wrappers that take a value (`sudo -u root`, `timeout -s KILL 10`). */
const WRAPPER_VALUE_OPTS: Record<string, string[]> = {
  sudo: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U'],
  doas: ['-u', '-C'],
  nice: ['-n'],
  timeout: ['-s', '-k'],
};

export function baseName(name: string | null): string | null {
  if (name === null) return null;
  return name.slice(name.lastIndexOf('/') + 1);
}

/**
 * The command that actually runs: `sudo -E apt-get install x` -> apt-get, `env A=1 sh` -> sh.
 * Returns the name and the words after it.
 */
export function effective(cmd: ShellCommand): Effective {
  // Several rules ask for the same command: computed once per command object.
  let e = effectiveCache.get(cmd);
  if (!e) {
    e = computeEffective(cmd);
    effectiveCache.set(cmd, e);
  }
  return e;
}

export interface Effective {
  readonly name: string | null;
  readonly args: ShellWord[];
  readonly nameWord: ShellWord;
}

const effectiveCache = new WeakMap<ShellCommand, Effective>();

function computeEffective(cmd: ShellCommand): Effective {
  let words = cmd.words;
  for (let guard = 0; guard < 8 && words.length > 0; guard++) {
    const name = baseName(words[0].value);
    if (name === null || !WRAPPERS.has(name)) break;
    let i = 1;
    const valued = WRAPPER_VALUE_OPTS[name] ?? [];
    while (i < words.length) {
      const v = words[i].value ?? '';
      if (v === '--') {
        i++;
        break;
      }
      if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) i++;
      else if (v.startsWith('-')) i += valued.includes(v) ? 2 : 1;
      else if ((name === 'timeout' || name === 'su-exec' || name === 'gosu') && i === 1) i++;
      else break;
    }
    if (i >= words.length) return { name: null, args: [], nameWord: words[0] };
    words = words.slice(i);
  }
  return { name: baseName(words[0].value), args: words.slice(1), nameWord: words[0] };
}

/** The `RUN` instructions of all stages, in file order. */
export function runs(df: DockerfileModel): readonly RunInstruction[] {
  return df.runs;
}

/** Indexes of the stages that make up the final image: the final stage and the stages it is built FROM. */
export function finalChain(df: DockerfileModel): Set<number> {
  const chain = new Set<number>();
  for (let s: number | null = df.finalStage ? df.finalStage.index : null; s !== null && !chain.has(s); s = df.stages[s].baseStage) chain.add(s);
  return chain;
}

/** Docker Hub short names: `docker.io/library/node` -> `node`. */
export function normalizeImageName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:index\.)?docker\.io\//, '')
    .replace(/^registry-1\.docker\.io\//, '')
    .replace(/^library\//, '');
}

/**
 * Positional (non-option) arguments, skipping options and the values of options listed in `valued`
 * (`-o X`, `--virtual NAME`); `--opt=value` never takes the next word.
 */
export function positionals(args: ShellWord[], valued: readonly string[] = []): ShellWord[] {
  const out: ShellWord[] = [];
  let endOfOptions = false;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value ?? args[i].text;
    if (!endOfOptions && v === '--') {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && v.startsWith('-') && v.length > 1) {
      if (valued.includes(v)) i++;
      continue;
    }
    out.push(args[i]);
  }
  return out;
}

export function hasOption(args: ShellWord[], ...names: string[]): boolean {
  return args.some((a) => {
    const v = a.value ?? a.text;
    return names.some((n) => v === n || v.startsWith(`${n}=`));
  });
}

/** The sub-command (`install` in `apt-get -y install x`) and the arguments after it. */
export function subcommand(args: ShellWord[], valued: readonly string[] = []): { sub: string | null; rest: ShellWord[] } {
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value ?? args[i].text;
    if (v.startsWith('-')) {
      if (valued.includes(v)) i++;
      continue;
    }
    return { sub: v, rest: args.slice(i + 1) };
  }
  return { sub: null, rest: [] };
}
