/**
 * Build variables as BuildKit sees them with no --build-arg given: global ARG defaults, a stage's ARG (which
 * takes the global default when it has none of its own), ENV (inherited through FROM <stage>, and winning over an
 * ARG of the same name), and the expansion of `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`,
 * `${VAR+word}`. A variable whose value only the build command could give is unknown (null). Also: who the final
 * image runs as. Pure; never throws.
 */
import type { DockerfileModel, Instruction, Stage, UserInstruction } from './model';

/** name -> value; null when unknown (an ARG without a default). */
export type BuildVars = Map<string, string | null>;

/** Expands BuildKit variable references; null when one of them is unknown. */
export function expandBuildVars(value: string, vars: ReadonlyMap<string, string | null>): string | null {
  let unknown = false;
  const sub = (word: string | undefined): string => {
    const r = expandBuildVars(word ?? '', vars);
    if (r === null) unknown = true;
    return r ?? '';
  };
  const out = value.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_m, braced?: string, op?: string, word?: string, bare?: string) => {
      const name = (braced ?? bare)!;
      const has = vars.has(name);
      const v = vars.get(name);
      if (v === null) {
        unknown = true;
        return '';
      }
      const set = has && (op?.startsWith(':') ? v !== '' : true);
      if (op?.endsWith('-')) return set ? v! : sub(word);
      if (op?.endsWith('+')) return set ? sub(word) : '';
      return has ? v! : '';
    },
  );
  return unknown ? null : out;
}

/** The stages a stage is built FROM, base first, ending with the stage itself. */
export function stageChain(df: DockerfileModel, stage: Stage): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<number>();
  for (let s: Stage | undefined = stage; s && !seen.has(s.index); s = s.baseStage !== null ? df.stages[s.baseStage] : undefined) {
    seen.add(s.index);
    chain.unshift(s);
  }
  return chain;
}

function globalDefaults(df: DockerfileModel): BuildVars {
  const g: BuildVars = new Map();
  for (const ins of df.globalArgs) for (const p of ins.pairs) g.set(p.key, p.value === null ? null : expandBuildVars(p.value, g));
  return g;
}

/**
 * The variables visible just before `until` (an instruction of `stage`), or at the end of the stage. ENV set in
 * the stages it is built FROM carries over; ARG does not.
 */
export function varsAt(df: DockerfileModel, stage: Stage, until?: Instruction): BuildVars {
  const globals = globalDefaults(df);
  const env: BuildVars = new Map();
  for (const s of stageChain(df, stage)) {
    const args: BuildVars = new Map();
    const visible = (): BuildVars => new Map([...args, ...env]);
    for (const ins of s.instructions) {
      if (s === stage && ins === until) return visible();
      if (ins.kind === 'arg') {
        for (const p of ins.pairs) args.set(p.key, p.value === null ? (globals.has(p.key) ? globals.get(p.key)! : null) : expandBuildVars(p.value, visible()));
      } else if (ins.kind === 'env') {
        for (const p of ins.pairs) env.set(p.key, p.value === null ? null : expandBuildVars(p.value, visible()));
      }
    }
    if (s === stage) return visible();
  }
  return env;
}

export interface EffectiveUser {
  /** The USER instruction in effect, null when the image default applies. */
  ins: UserInstruction | null;
  /** The value after expansion ('' when none is set); null when a variable in it is unknown. */
  value: string | null;
  /** The user part, or null when unknown. */
  user: string | null;
  /** The base image whose default user applies when no USER is set. */
  baseImage: Stage;
}

/** Who the stage's image runs as: its last USER, or that of the stage it is built FROM, expanded as BuildKit does. */
export function effectiveUserOf(df: DockerfileModel, stage: Stage): EffectiveUser {
  const chain = stageChain(df, stage);
  for (let k = chain.length - 1; k >= 0; k--) {
    const s = chain[k]!;
    const ins = s.users[s.users.length - 1];
    if (!ins) continue;
    const value = ins.value.includes('$') ? expandBuildVars(ins.value, varsAt(df, s, ins)) : ins.value;
    return { ins, value, user: value === null ? null : value.split(':')[0]!, baseImage: chain[0]! };
  }
  return { ins: null, value: '', user: '', baseImage: chain[0]! };
}

/** root by name or UID 0 (also `0000`); an empty user is root too. */
export function isRootName(user: string): boolean {
  return user === '' || user === 'root' || /^0+$/.test(user);
}
