import { describe, expect, it } from 'vitest';
import { contextInImage, matchSegment } from './build-context';
import { parseDockerignore } from './dockerignore';
import { parseDockerfile } from './model';

const CONTEXT = ['server.js', 'package.json', 'package-lock.json', 'src/app.js', 'src/lib/db.js', '.env', '.git/HEAD', 'node_modules/x/index.js'];

function inImage(dockerfile: string, ignore: string | null = null) {
  const r = contextInImage(parseDockerfile('Dockerfile', dockerfile), CONTEXT, ignore === null ? null : parseDockerignore(ignore));
  return r.files.map((f) => `${f.source} -> ${f.path} @${f.copy.range.line}`);
}

describe('contextInImage', () => {
  it('COPY . . takes every file the .dockerignore lets through, under WORKDIR', () => {
    expect(inImage('FROM node:24-alpine\nWORKDIR /app\nCOPY . .\n', '.git\nnode_modules\n')).toEqual([
      'server.js -> /app/server.js @3',
      'package.json -> /app/package.json @3',
      'package-lock.json -> /app/package-lock.json @3',
      'src/app.js -> /app/src/app.js @3',
      'src/lib/db.js -> /app/src/lib/db.js @3',
      '.env -> /app/.env @3',
    ]);
  });
  it('wildcards and named files take only what they name; a directory source copies its contents', () => {
    expect(inImage('FROM node:24-alpine\nWORKDIR /app\nCOPY package*.json ./\nCOPY src ./src\nCOPY server.js /srv/main.js\n')).toEqual([
      'package.json -> /app/package.json @3',
      'package-lock.json -> /app/package-lock.json @3',
      'src/app.js -> /app/src/app.js @4',
      'src/lib/db.js -> /app/src/lib/db.js @4',
      'server.js -> /srv/main.js @5',
    ]);
  });
  it('an ignored file cannot be copied by name either: the build stops', () => {
    expect(inImage('FROM alpine:3.22\nCOPY .env /app/\n', '.env')).toEqual([]);
    const df = parseDockerfile('Dockerfile', 'FROM alpine:3.22\nCOPY .env missing.txt *.none /app/\n');
    expect(contextInImage(df, CONTEXT, parseDockerignore('.env')).missing.map((m) => `${m.source} @${m.copy.range.line}`)).toEqual([
      '.env @2',
      'missing.txt @2',
    ]);
    expect(inImage('FROM alpine:3.22\nCOPY .env /app/\n', '')).toEqual(['.env -> /app/.env @2']);
  });
  it('follows COPY --from: only the paths copied out of the build stage reach the final image', () => {
    const build = 'FROM node:24-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci\n';
    expect(inImage(`${build}FROM node:24-alpine\nCOPY --from=build /app/src /srv/src\n`, '')).toEqual([
      'src/app.js -> /srv/src/app.js @6',
      'src/lib/db.js -> /srv/src/lib/db.js @6',
    ]);
    expect(inImage(`${build}FROM node:24-alpine\nCOPY --from=build /app /app\n`, '.git\nnode_modules')).toEqual([
      'server.js -> /app/server.js @6',
      'package.json -> /app/package.json @6',
      'package-lock.json -> /app/package-lock.json @6',
      'src/app.js -> /app/src/app.js @6',
      'src/lib/db.js -> /app/src/lib/db.js @6',
      '.env -> /app/.env @6',
    ]);
    expect(inImage(`${build}FROM node:24-alpine\nCOPY --from=0 /app/.env /x\n`, '')).toEqual(['.env -> /x @6']);
    expect(inImage(`${build}FROM node:24-alpine\nCOPY --from=node:24 /app /app\n`, '')).toEqual([]);
  });
  it('a stage built FROM another keeps its layers, a later RUN rm does not take a file out', () => {
    expect(inImage('FROM alpine:3.22 AS base\nCOPY .env /app/\nRUN rm /app/.env\nFROM base\nCOPY server.js /app/\n')).toEqual([
      '.env -> /app/.env @2',
      'server.js -> /app/server.js @5',
    ]);
  });
  it('expands ARG in sources and destinations, skips URLs, honours --exclude', () => {
    expect(inImage('FROM alpine:3.22\nARG F=.env\nCOPY ${F} /app/\n')).toEqual(['.env -> /app/.env @3']);
    expect(inImage('FROM alpine:3.22\nADD https://example.com/x.tgz /x\n')).toEqual([]);
    expect(inImage('FROM alpine:3.22\nCOPY --exclude=.env --exclude=.git --exclude=node_modules --exclude=src . /app\n')).toEqual([
      'server.js -> /app/server.js @2',
      'package.json -> /app/package.json @2',
      'package-lock.json -> /app/package-lock.json @2',
    ]);
  });
  it('no FROM, no files', () => {
    expect(inImage('')).toEqual([]);
  });
});

describe('matchSegment (filepath.Match on one segment)', () => {
  it.each([
    ['*.json', 'package.json', true],
    ['*.json', '.json', true],
    ['package*.json', 'package-lock.json', true],
    ['p?ck*', 'pack', true],
    ['[abc]x', 'bx', true],
    ['[^abc]x', 'bx', false],
    ['\\*', '*', true],
    ['\\*', 'a', false],
    ['a.b', 'axb', false],
    ['[', '[', false],
  ])('%j on %j: %j', (p, n, want) => {
    expect(matchSegment(p, n)).toBe(want);
  });
});
