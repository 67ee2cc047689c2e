/** Build stages: image references, ARG expansion in FROM, and stage names and aliases. Pure. */
import type { Range } from '../types';
import type { FromInstruction, Stage, SyntaxReporter } from './types';

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

function parseImageRef(ref: string): { name: string; tag: string | null; digest: string | null } {
  const at = ref.indexOf('@');
  const digest = at === -1 ? null : ref.slice(at + 1);
  const beforeDigest = at === -1 ? ref : ref.slice(0, at);
  const colon = beforeDigest.lastIndexOf(':');
  const slash = beforeDigest.lastIndexOf('/');
  if (colon > slash) return { name: beforeDigest.slice(0, colon), tag: beforeDigest.slice(colon + 1), digest };
  return { name: beforeDigest, tag: null, digest };
}

/** Expands global ARG references; null when one has no known value. */
export function expandArgs(value: string, vars: ReadonlyMap<string, string | null>): string | null {
  let unresolved = false;
  const out = value.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
      const name = (braced ?? bare) as string;
      const v = vars.get(name);
      const set = v !== undefined && v !== null && (op?.startsWith(':') ? v !== '' : true);
      if (op === ':-' || op === '-') return set ? (v as string) : (word ?? '');
      if (op === ':+' || op === '+') return set ? (word ?? '') : '';
      if (v === undefined || v === null) {
        unresolved = true;
        return '';
      }
      return v;
    },
  );
  return unresolved ? null : out;
}

export function makeStage(
  ins: FromInstruction,
  index: number,
  aliases: Map<string, number>,
  globalArgs: Map<string, string | null>,
  syntax: SyntaxReporter,
): Stage {
  const args = ins.args;
  const imageWord = args[0];
  let alias: string | null = null;
  let aliasRange: Range | null = null;
  if (args.length === 3 && args[1].value.toLowerCase() === 'as') {
    alias = args[2].value.toLowerCase();
    aliasRange = args[2].range;
    if (!STAGE_NAME.test(alias)) {
      syntax(args[2].range, 'stageName', { value: args[2].value });
    } else if (aliases.has(alias)) {
      syntax(args[2].range, 'duplicateStage', { alias });
    }
  } else if (args.length !== 1 && ins.argsRange) {
    syntax(ins.argsRange, 'fromArguments');
  }
  const image = imageWord ? imageWord.value : '';
  const argExpanded = image.includes('$');
  const resolvedImage = argExpanded ? expandArgs(image, globalArgs) : image;
  const lower = (resolvedImage ?? image).toLowerCase();
  const baseStage = aliases.has(lower) ? (aliases.get(lower) as number) : null;
  const ref = parseImageRef(resolvedImage ?? image);
  const platform = ins.flags.find((f) => f.name === 'platform')?.value ?? null;
  if (alias && !aliases.has(alias)) aliases.set(alias, index);
  return {
    index,
    from: ins,
    image,
    resolvedImage,
    imageName: ref.name,
    tag: ref.tag,
    digest: ref.digest,
    imageRange: imageWord ? imageWord.range : ins.keywordRange,
    alias,
    aliasRange,
    platform,
    baseStage,
    argExpanded,
    isFinal: false,
    instructions: [],
    users: [],
  };
}
