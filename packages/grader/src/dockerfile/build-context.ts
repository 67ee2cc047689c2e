/**
 * Which files of a build context end up in the layers of the final image: what `.dockerignore` lets through,
 * then what COPY/ADD take from the context, followed through `COPY --from` and `FROM <stage>`. Pure: the context
 * is a list of paths given by the caller; no fs. A file deleted by a later RUN still counts (its layer keeps it).
 */
import { cleanPath, decide, type DockerIgnore, type IgnoreDecision, compilePattern } from './dockerignore';
import type { CopyInstruction, DockerfileModel, Stage } from './types';
import { expandBuildVars, stageChain, varsAt } from './vars';

export interface ImageFile {
  /** Context-relative path of the file in the build context. */
  source: string;
  /** Absolute path in the image. */
  path: string;
  /** The COPY or ADD in the final stage (or a stage it is built FROM) that put it there. */
  copy: CopyInstruction;
}

export interface ContextInImage {
  /** Every context file with what `.dockerignore` decided for it. */
  decisions: Map<string, IgnoreDecision>;
  /** The files in the final image's layers, in instruction order. */
  files: ImageFile[];
  /**
   * Context sources (no wildcard) of the final image's stages that name no file the builder received: BuildKit
   * stops with "not found" (an ignored file cannot be copied by name either).
   */
  missing: { source: string; copy: CopyInstruction }[];
}

/** Go's filepath.Match for one path segment (no `/` in `name`); a malformed pattern matches nothing. */
export function matchSegment(pattern: string, name: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') re += escapeRe(pattern[++i] ?? '');
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return false;
      let body = pattern.slice(i + 1, end);
      if (body.startsWith('^')) body = `^${body.slice(1).replace(/[\]\\^]/g, '\\$&')}`;
      else body = body.replace(/[\]\\^]/g, '\\$&');
      re += `[${body}]`;
      i = end;
    } else re += escapeRe(c);
  }
  try {
    return new RegExp(`^${re}$`).test(name);
  } catch {
    return false;
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const hasWildcard = (p: string) => /[*?[]/.test(p);

interface Entry {
  source: string;
  /** Image path without the leading `/`. */
  path: string;
  copy: CopyInstruction;
}

/**
 * The items a COPY source names among `paths` (relative, `/`-separated): the path itself, or the prefix of the
 * path that matches the source segment by segment (filepath.Match per segment, as BuildKit resolves wildcards).
 * Returns, per matched path, the item and the path below it ('' when the item is the path).
 */
function select(source: string, paths: readonly string[]): { path: string; item: string; rest: string }[] {
  const src = cleanPath(source.replace(/^\/+/, ''));
  if (src === '.' || src === '') return paths.map((p) => ({ path: p, item: '', rest: p }));
  const segs = src.split('/');
  const out: { path: string; item: string; rest: string }[] = [];
  for (const p of paths) {
    const parts = p.split('/');
    if (parts.length < segs.length) continue;
    const head = parts.slice(0, segs.length);
    const ok = hasWildcard(src) ? head.every((h, i) => matchSegment(segs[i]!, h)) : head.join('/') === src;
    if (ok) out.push({ path: p, item: head.join('/'), rest: parts.slice(segs.length).join('/') });
  }
  return out;
}

const joinPath = (...parts: string[]) => cleanPath(parts.filter((p) => p !== '').join('/'));

/**
 * The final image's files that come from the build context. `context` lists the context's files (relative
 * paths); `ignore` is the parsed `.dockerignore` (null when there is none).
 */
export function contextInImage(df: DockerfileModel, context: readonly string[], ignore: DockerIgnore | null): ContextInImage {
  const decisions = new Map<string, IgnoreDecision>();
  for (const f of context) decisions.set(f, ignore ? decide(ignore, f) : { excluded: false, by: null });
  const sent = context.filter((f) => !decisions.get(f)!.excluded);
  const missing: ContextInImage['missing'] = [];
  const memo = new Map<number, Entry[]>();
  const building = new Set<number>();

  const expand = (df: DockerfileModel, stage: Stage, ins: CopyInstruction | undefined, v: string) =>
    v.includes('$') ? (expandBuildVars(v, ins ? varsAt(df, stage, ins) : varsAt(df, stage)) ?? v) : v;

  const entriesOf = (stage: Stage): Entry[] => {
    const cached = memo.get(stage.index);
    if (cached) return cached;
    if (building.has(stage.index)) return [];
    building.add(stage.index);
    const base = stage.baseStage !== null ? df.stages[stage.baseStage] : undefined;
    const entries: Entry[] = base ? [...entriesOf(base)] : [];
    let workdir = base ? workdirOf(base) : '/';
    for (const ins of stage.instructions) {
      if (ins.kind === 'other' && ins.keyword === 'WORKDIR') {
        const v = ins.args.map((a) => a.value).join(' ');
        workdir = joinPath(v.startsWith('/') ? '' : workdir, v);
        continue;
      }
      if (ins.kind !== 'copy' && ins.kind !== 'add') continue;
      if (!ins.dest) continue;
      const destRaw = expand(df, stage, ins, ins.dest.value);
      const destDir = destRaw.endsWith('/') || destRaw === '.' || ins.sources.length > 1;
      const dest = destRaw.startsWith('/') ? destRaw : joinPath(workdir, destRaw);
      const excludes = ins.flags.filter((f) => f.name === 'exclude' && f.value).map((f) => compilePattern(cleanPath(f.value!)));
      const fromFlag = ins.flags.find((f) => f.name === 'from')?.value;
      let pool: { path: string; source: string }[];
      if (fromFlag) {
        const lower = expand(df, stage, ins, fromFlag).toLowerCase();
        const src = df.stages.find((s) => s.alias === lower) ?? (/^\d+$/.test(lower) ? df.stages[Number(lower)] : undefined);
        if (!src || src.index === stage.index) continue;
        // the source stage's filesystem: the last file written at each path
        const last = new Map<string, string>();
        for (const e of entriesOf(src)) last.set(e.path, e.source);
        pool = [...last].map(([path, source]) => ({ path, source }));
      } else {
        pool = sent.map((s) => ({ path: s, source: s }));
      }
      const byPath = new Map(pool.map((p) => [p.path, p.source]));
      for (const w of ins.sources) {
        const s = expand(df, stage, ins, w.value);
        if (!fromFlag && (/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('git@'))) continue;
        const matches = select(s, [...byPath.keys()]);
        if (!fromFlag && matches.length === 0 && !hasWildcard(s) && cleanPath(s) !== '.') missing.push({ source: s, copy: ins });
        for (const m of matches) {
          if (m.rest !== '' && excludes.some((x) => x(m.rest) || m.rest.split('/').some((_, i, a) => x(a.slice(0, i + 1).join('/'))))) continue;
          const isDirItem = m.rest !== '';
          const name = m.item.split('/').pop() ?? '';
          const target = isDirItem || m.item === '' ? joinPath(dest, m.rest) : destDir || hasWildcard(s) ? joinPath(dest, name) : dest;
          entries.push({ source: byPath.get(m.path)!, path: target.replace(/^\/+/, ''), copy: ins });
        }
      }
    }
    building.delete(stage.index);
    memo.set(stage.index, entries);
    return entries;
  };

  const workdirOf = (stage: Stage): string => {
    let wd = '/';
    for (const s of stageChain(df, stage)) {
      for (const ins of s.instructions) {
        if (ins.kind === 'other' && ins.keyword === 'WORKDIR') {
          const v = ins.args.map((a) => a.value).join(' ');
          wd = joinPath(v.startsWith('/') ? '' : wd, v);
        }
      }
    }
    return wd;
  };

  const final = df.finalStage;
  const files = final ? entriesOf(final).map((e) => ({ source: e.source, path: `/${e.path}`, copy: e.copy })) : [];
  return { decisions, files, missing };
}
