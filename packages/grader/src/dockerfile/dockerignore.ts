/**
 * `.dockerignore` as BuildKit reads it (moby/patternmatcher and its ignorefile reader): which files of the build
 * context are sent to the builder. Pure: no fs; paths are context-relative with `/` separators.
 */

export interface IgnorePattern {
  /** The pattern after cleaning (`./.env` -> `.env`, `/.git/` -> `.git`), without the leading `!`. */
  pattern: string;
  /** `!pattern`: re-includes what an earlier pattern excluded. */
  exception: boolean;
  /** 1-based line in the file. */
  line: number;
  /** The line as written, for messages. */
  text: string;
  match: (path: string) => boolean;
}

export interface IgnoreError {
  line: number;
  text: string;
  /** Korean reason: BuildKit refuses the whole file, so the build fails. */
  reason: string;
}

export interface DockerIgnore {
  patterns: IgnorePattern[];
  /** A pattern BuildKit rejects (`!` alone, an unclosed `[`): the build stops before anything is sent. */
  errors: IgnoreError[];
}

/** Go's path.Clean: the shortest equivalent path (`a//b/../c/` -> `a/c`, `` -> `.`). */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined === '' ? '.' : joined;
}

/** Go's strings.TrimSpace (Unicode white space). */
const trimSpace = (s: string) => s.replace(/^[\s\u0085]+|[\s\u0085]+$/g, '');

/**
 * The reason Go's filepath.Match rejects the pattern (ErrBadPattern), or null. patternmatcher calls it on every
 * pattern first, so such a pattern fails the build.
 */
export function badPatternReason(p: string): string | null {
  const escape = (i: number): number | string => {
    // one term of a class: a character or `\c`; `-` and `]` may not start it
    const c = p[i];
    if (c === undefined) return '[ 뒤에 닫는 ]가 없습니다';
    if (c === '-' || c === ']') return `[ ] 안에서 ${c}의 위치가 잘못되었습니다`;
    if (c === '\\') return p[i + 1] === undefined ? '\\로 끝납니다' : i + 2;
    return i + 1;
  };
  for (let i = 0; i < p.length; ) {
    const c = p[i]!;
    if (c === '\\') {
      if (i + 1 >= p.length) return '패턴이 \\로 끝납니다';
      i += 2;
    } else if (c === '[') {
      i++;
      if (p[i] === '^') i++;
      let ranges = 0;
      for (;;) {
        if (p[i] === ']' && ranges > 0) {
          i++;
          break;
        }
        const lo = escape(i);
        if (typeof lo === 'string') return lo;
        i = lo;
        if (p[i] === '-') {
          const hi = escape(i + 1);
          if (typeof hi === 'string') return hi;
          i = hi;
        }
        ranges++;
      }
    } else i++;
  }
  return null;
}

const REGEXP_SPECIAL = '.+()|{}$';

/** patternmatcher's Pattern.compile and match: exact, prefix (`foo**`), suffix (`**foo`) or a regular expression. */
export function compilePattern(pattern: string): (path: string) => boolean {
  let re = '^';
  let type: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '*') {
      if (chars[i + 1] === '*') {
        const first = i === 0;
        i++;
        if (chars[i + 1] === '/') i++;
        if (i + 1 >= chars.length) {
          if (type === 'exact') type = 'prefix';
          else {
            re += '.*';
            type = 'regexp';
          }
        } else {
          // any number of directories, even none
          re += '(.*/)?';
          type = 'regexp';
        }
        if (first) type = 'suffix';
      } else {
        re += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      re += '[^/]';
      type = 'regexp';
    } else if (REGEXP_SPECIAL.includes(ch)) {
      re += `\\${ch}`;
    } else if (ch === '\\') {
      const next = chars[i + 1];
      if (next !== undefined) {
        re += /[A-Za-z0-9]/.test(next) ? next : `\\${next}`;
        i++;
        type = 'regexp';
      } else re += '\\\\';
    } else if (ch === '[' || ch === ']') {
      re += ch;
      type = 'regexp';
    } else re += ch;
  }
  if (type === 'exact') return (path) => path === pattern;
  if (type === 'prefix') {
    const prefix = pattern.slice(0, -2);
    return (path) => path.startsWith(prefix);
  }
  if (type === 'suffix') {
    const suffix = pattern.slice(2);
    return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
  }
  let compiled: RegExp;
  try {
    compiled = new RegExp(`${re}$`);
  } catch {
    return () => false;
  }
  return (path) => compiled.test(path);
}

/**
 * Reads a `.dockerignore`: `#` starts a comment only in the first column, surrounding white space is trimmed
 * (inside a pattern it stays), `!` marks an exception, a leading `/` and `./` are cleaned away.
 */
export function parseDockerignore(text: string): DockerIgnore {
  const patterns: IgnorePattern[] = [];
  const errors: IgnoreError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('#')) return;
    let p = trimSpace(line);
    if (p === '') return;
    const exception = p.startsWith('!');
    if (exception) p = trimSpace(p.slice(1));
    if (p.length > 0) {
      p = cleanPath(p);
      if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
    }
    const at = { line: index + 1, text: line };
    if (exception && p === '') {
      errors.push({ ...at, reason: '! 뒤에 패턴이 없습니다 (illegal exclusion pattern: "!")' });
      return;
    }
    // patternmatcher cleans once more: `!` followed by a pattern that cleans differently is rare but follows the same path
    const bad = badPatternReason(p);
    if (bad) {
      errors.push({ ...at, reason: `${bad} (syntax error in pattern)` });
      return;
    }
    patterns.push({ pattern: p, exception, ...at, match: compilePattern(p) });
  });
  return { patterns, errors };
}

/** The path itself and every parent directory: `a/b/c` -> `a/b/c`, `a`, `a/b`. */
function candidates(path: string): string[] {
  const dirs = path.split('/').slice(0, -1);
  return [path, ...dirs.map((_, i) => dirs.slice(0, i + 1).join('/'))];
}

export interface IgnoreDecision {
  /** Left out of the build context. */
  excluded: boolean;
  /** The last pattern that matched the path or one of its parent directories: it decides. null when none did. */
  by: IgnorePattern | null;
}

/**
 * Whether the context file at `path` is left out: the last pattern that matches the path or one of its parent
 * directories decides (the order patternmatcher's MatchesOrParentMatches walks, patterns that cannot change the
 * answer skipped).
 */
export function decide(ignore: DockerIgnore, path: string): IgnoreDecision {
  const file = cleanPath(path);
  const paths = candidates(file);
  let excluded = false;
  let by: IgnorePattern | null = null;
  for (const p of ignore.patterns) {
    if (p.exception !== excluded) continue;
    if (paths.some((c) => p.match(c))) {
      excluded = !p.exception;
      by = p;
    }
  }
  return { excluded, by };
}

/** The files of `context` that reach the builder, in the given order. */
export function sentFiles(ignore: DockerIgnore, context: readonly string[]): string[] {
  return context.filter((f) => !decide(ignore, f).excluded);
}
