import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../detect';
import { grade } from '../engine';
import { matchSegment } from './build-context';
import { badPatternReason, cleanPath, compilePattern, decide, parseDockerignore, sentFiles } from './dockerignore';

const CONTEXT = [
  'server.js',
  'package.json',
  'src/app.js',
  '.env',
  '.env.production',
  '.env.example',
  'config/.env',
  '.git/HEAD',
  '.git/objects/ab/cdef',
  'node_modules/express/index.js',
  'node_modules/.bin/nodemon',
  'npm-debug.log',
  'deploy.pem',
  'certs/server.pem',
  'certs/server.key',
];
const sent = (ignore: string, files: readonly string[] = CONTEXT) => sentFiles(parseDockerignore(ignore), files);
const left = (ignore: string, files: readonly string[] = CONTEXT) => files.filter((f) => !sent(ignore, files).includes(f));

describe('parseDockerignore', () => {
  it('skips comment lines (only in the first column) and blank lines, trims surrounding white space', () => {
    const d = parseDockerignore('\uFEFF# comment\r\n\r\n   \n  .env  \r\n  # not a comment\n\t!keep\n');
    expect(d.patterns.map((p) => [p.pattern, p.exception, p.line])).toEqual([
      ['.env', false, 4],
      ['# not a comment', false, 5],
      ['keep', true, 6],
    ]);
    expect(d.errors).toEqual([]);
  });
  it('cleans patterns: a leading / and ./ go, a trailing / goes, .. folds', () => {
    expect(parseDockerignore('/.env\n./.git/\na//b/../c\n! /secrets/\n/\n').patterns.map((p) => (p.exception ? `!${p.pattern}` : p.pattern))).toEqual([
      '.env',
      '.git',
      'a/c',
      '!secrets',
      '/',
    ]);
  });
  it('reports what BuildKit refuses: "!" alone and malformed character classes', () => {
    const d = parseDockerignore('!\n[\nsecret[a-]\n[]x\nok\nend\\\n');
    expect(d.errors.map((e) => e.line)).toEqual([1, 2, 3, 4, 6]);
    expect(d.patterns.map((p) => p.pattern)).toEqual(['ok']);
    expect(d.errors[0]!.reason).toContain('illegal exclusion pattern');
  });
  it('accepts well-formed classes and escapes', () => {
    for (const p of ['[abc]', '[^a]x', '[a-z]*', '[\\]]', '\\*', 'a]b']) expect(badPatternReason(p), p).toBeNull();
  });
});

describe('which context files are sent', () => {
  it('sends everything without patterns', () => {
    expect(sent('')).toEqual(CONTEXT);
  });
  it('a directory pattern leaves out everything under it', () => {
    expect(left('.git\nnode_modules/\n')).toEqual(['.git/HEAD', '.git/objects/ab/cdef', 'node_modules/express/index.js', 'node_modules/.bin/nodemon']);
  });
  it('* matches any run of non-separator characters, the empty one too: *.env matches .env', () => {
    expect(left('*.env')).toEqual(['.env']);
  });
  it('patterns are anchored at the context root: *.pem and .env do not reach subdirectories, **/ does', () => {
    expect(left('*.pem')).toEqual(['deploy.pem']);
    expect(left('**/*.pem')).toEqual(['deploy.pem', 'certs/server.pem']);
    expect(left('.env')).toEqual(['.env']);
    expect(left('**/.env')).toEqual(['.env', 'config/.env']);
    expect(left('/.env')).toEqual(['.env']);
  });
  it('.env* takes the example too; an exception brings it back', () => {
    expect(left('.env*')).toEqual(['.env', '.env.production', '.env.example']);
    expect(left('.env*\n!.env.example')).toEqual(['.env', '.env.production']);
  });
  it('the last matching pattern wins, in either direction', () => {
    expect(left('.env\n!.env')).toEqual([]);
    expect(left('!.env\n.env')).toEqual(['.env']);
    expect(left('*\n!server.js\n!src')).toEqual(CONTEXT.filter((f) => f !== 'server.js' && !f.startsWith('src/')));
    expect(left('node_modules\n!node_modules/express/index.js')).toEqual(['node_modules/.bin/nodemon']);
  });
  it('trailing spaces are trimmed, but trailing text stays part of the pattern', () => {
    expect(left('.env   \t')).toEqual(['.env']);
    expect(left('.env # 비밀')).toEqual([]);
    expect(left('.env\t# 비밀')).toEqual([]);
  });
  it('follows patternmatcher for ** at either end: prefix and suffix matches', () => {
    expect(compilePattern('node_modules/**')('node_modules/a/b')).toBe(true);
    expect(compilePattern('node_modules/**')('node_modules')).toBe(false);
    expect(compilePattern('certs**')('certs/server.pem')).toBe(true);
    expect(compilePattern('**')('anything/at/all')).toBe(true);
    expect(compilePattern('**/x')('x')).toBe(true);
    expect(compilePattern('**/x')('a/b/x')).toBe(true);
    expect(compilePattern('**/x')('ax')).toBe(false);
    // a quirk kept on purpose: BuildKit's suffix shortcut does not require a separator
    expect(compilePattern('**x')('ax')).toBe(true);
    expect(compilePattern('a/**/b')('a/b')).toBe(true);
    expect(compilePattern('a/**/b')('a/x/y/b')).toBe(true);
    expect(compilePattern('?.js')('a.js')).toBe(true);
    expect(compilePattern('?.js')('/.js')).toBe(false);
    expect(compilePattern('[ab].js')('b.js')).toBe(true);
    expect(compilePattern('\\*.js')('*.js')).toBe(true);
    expect(compilePattern('\\*.js')('a.js')).toBe(false);
    expect(compilePattern('a.b')('axb')).toBe(false);
  });
  it('names the pattern that decided', () => {
    const d = parseDockerignore('.env*\n!.env.production\n');
    expect(decide(d, '.env.production').by?.line).toBe(2);
    expect(decide(d, '.env')).toMatchObject({ excluded: true, by: { line: 1 } });
    expect(decide(d, 'server.js')).toEqual({ excluded: false, by: null });
  });
});

describe('cleanPath (Go path.Clean)', () => {
  it.each([
    ['', '.'],
    ['.', '.'],
    ['./a/', 'a'],
    ['a//b', 'a/b'],
    ['a/../../b', '../b'],
    ['/../a', '/a'],
    ['/', '/'],
    ['a/./b/..', 'a'],
  ])('%j -> %j', (p, want) => {
    expect(cleanPath(p)).toBe(want);
  });
});

describe('properties', () => {
  const segment = fc.stringMatching(/^[ab.*?]{1,4}$/);
  const pattern = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
  const pathArb = fc.array(fc.stringMatching(/^[ab.]{1,3}$/), { minLength: 1, maxLength: 4 }).map((s) => cleanPath(s.join('/')));

  /** Written differently from `decide`: walk the patterns backwards and stop at the first one that matches. */
  function reference(lines: readonly { p: string; not: boolean }[], path: string): boolean {
    const parts = path.split('/');
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    for (let i = lines.length - 1; i >= 0; i--) {
      const { p, not } = lines[i]!;
      const m = compilePattern(cleanPath(p));
      if (prefixes.some((x) => m(x))) return !not;
    }
    return false;
  }

  it('last match wins: decide equals a backwards search for the last matching pattern', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            p: fc.oneof(
              pattern,
              pattern.map((p) => `**/${p}`),
              pattern.map((p) => `${p}/**`),
            ),
            not: fc.boolean(),
          }),
          { maxLength: 6 },
        ),
        pathArb,
        (lines, path) => {
          const text = lines.map((l) => `${l.not ? '!' : ''}${l.p}`).join('\n');
          const d = parseDockerignore(text);
          fc.pre(d.errors.length === 0 && d.patterns.length === lines.length);
          expect(decide(d, path).excluded).toBe(reference(lines, path));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('without **, a pattern matches exactly the paths whose segments filepath.Match one by one', () => {
    fc.assert(
      fc.property(pattern, pathArb, (raw, path) => {
        const p = cleanPath(raw);
        fc.pre(!p.includes('**'));
        const ps = p.split('/');
        const xs = path.split('/');
        const bySegment = ps.length === xs.length && ps.every((s, i) => matchSegment(s, xs[i]!));
        expect(compilePattern(p)(path)).toBe(bySegment);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the engine and .dockerignore', () => {
  it('is plain text to the engine: never sniffed as YAML, no parse findings', () => {
    expect(detectLanguage('.dockerignore', '*.pem\n!keep\n')).toBe('ignore');
    expect(detectLanguage('app/web.dockerignore', 'FROM x')).toBe('ignore');
    expect(grade([{ name: '.dockerignore', text: '*.pem\n!keep\n& [\n' }]).results).toEqual([{ file: '.dockerignore', language: 'ignore', findings: [] }]);
  });
});
