import { describe, expect, it } from 'vitest';
import { eolBaseImage, findEol } from './eol-base-image';
import { EOL_DATA, imageReleases } from '../../images/lifecycle';
import { testRule } from '../../../test/dockerfile-rule-tester';

const TODAY = '2026-12-04';

describe('EOL data', () => {
  it('has dated, sourced cycles for every product', () => {
    expect(EOL_DATA.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const [id, p] of Object.entries(EOL_DATA.products)) {
      expect(p.link, id).toMatch(/^https:\/\//);
      expect(p.asOf, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(
        p.cycles.some((c) => c.cycle === p.recommended),
        `${id} recommends a cycle it lists`,
      ).toBe(true);
      for (const c of p.cycles) {
        expect(c.releaseDate, `${id} ${c.cycle}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (c.eol !== false) expect(c.eol > c.releaseDate, `${id} ${c.cycle}`).toBe(true);
      }
    }
  });
  it('recommends only supported releases', () => {
    for (const p of Object.values(EOL_DATA.products)) {
      const rec = p.cycles.find((c) => c.cycle === p.recommended)!;
      expect(rec.eol === false || rec.eol > EOL_DATA.generated, p.label).toBe(true);
    }
  });
});

describe('findEol', () => {
  it.each([
    ['node:18-alpine', 'Node.js 18 (hydrogen)'],
    ['docker.io/library/node:20.19.0-bookworm-slim', 'Node.js 20 (iron)'],
    ['node:16', 'Node.js 16 (gallium)'],
    ['node:14.21.3', 'Node.js 14 (fermium)'],
    ['node:8', 'Node.js 8'],
    ['node:iron-alpine', 'Node.js 20 (iron)'],
    ['node:lts-hydrogen', 'Node.js 18 (hydrogen)'],
    ['node:25-alpine', 'Node.js 25'],
    ['node:24-alpine3.21', 'Alpine Linux 3.21'],
    ['node:24-alpine3.20.6', 'Alpine Linux 3.20'],
    ['node:24-bullseye-slim', 'Debian 11 (bullseye)'],
    ['node:24-buster', 'Debian 10 (buster)'],
    ['python:3.8-slim', 'Python 3.8'],
    ['python:3.10', 'Python 3.10'],
    ['python:3.6-alpine', 'Python 3.6'],
    ['python:3.13-slim-bullseye', 'Debian 11 (bullseye)'],
    ['golang:1.22-alpine', 'Go 1.22'],
    ['golang:1.24.3-bookworm', 'Go 1.24'],
    ['alpine:3.18', 'Alpine Linux 3.18'],
    ['alpine:3.21.3', 'Alpine Linux 3.21'],
    ['alpine:3.12', 'Alpine Linux 3.12'],
    ['debian:buster-slim', 'Debian 10 (buster)'],
    ['debian:bullseye', 'Debian 11 (bullseye)'],
    ['debian:11.9', 'Debian 11 (bullseye)'],
    ['ubuntu:18.04', 'Ubuntu 18.04 (bionic)'],
    ['ubuntu:focal', 'Ubuntu 20.04 (focal)'],
    ['ubuntu:25.10', 'Ubuntu 25.10 (questing)'],
    ['nginx:1.25-alpine', 'nginx 1.25'],
    ['nginxinc/nginx-unprivileged:1.29-alpine', 'nginx 1.29'],
    ['nginx:1.30-alpine3.20', 'Alpine Linux 3.20'],
    ['gcr.io/distroless/nodejs18-debian11', 'Node.js 18 (hydrogen)'],
    ['gcr.io/distroless/nodejs20-debian12:nonroot', 'Node.js 20 (iron)'],
    ['gcr.io/distroless/base-debian11', 'distroless (Debian base) 11 (bullseye)'],
    ['gcr.io/distroless/static-debian12:nonroot', 'distroless (Debian base) 12 (bookworm)'],
  ])('%s is %s', (ref, label) => {
    expect(findEol(ref, TODAY).map((f) => f.label)).toContain(label);
  });
  it.each([
    'node:24-alpine',
    'node:24-alpine3.22',
    'node:22',
    'node:26-trixie-slim',
    'node:180',
    'python:3.13-slim',
    'python:3.12-slim-bookworm',
    'python:3-slim',
    'golang:1.25-alpine3.22',
    'alpine:3.22',
    'alpine:3.23.2',
    'debian:trixie-slim',
    'debian:12',
    'ubuntu:24.04',
    'ubuntu:jammy',
    'nginx:1.30-alpine',
    'nginxinc/nginx-unprivileged:1.31-alpine3.23',
    'gcr.io/distroless/nodejs24-debian13:nonroot',
    'mynode:18',
    'scratch',
  ])('%s is supported', (ref) => {
    expect(findEol(ref, TODAY)).toEqual([]);
  });
  it('dates cut on the EOL day', () => {
    expect(findEol('node:20-alpine', '2026-04-29')).toEqual([]);
    expect(findEol('node:20-alpine', '2026-04-30')).toHaveLength(1);
    expect(findEol('node:24-alpine3.21', '2026-10-31')).toEqual([]);
    expect(findEol('node:24-alpine3.21', '2026-11-01')[0].replacement).toBe('node:24-alpine3.23');
  });
  it('suggests a supported replacement of the same kind', () => {
    expect(findEol('node:18-alpine', TODAY)[0].replacement).toBe('node:24-alpine');
    expect(findEol('python:3.13-slim-bullseye', TODAY)[0].replacement).toBe('python:3.13-slim-trixie');
    expect(findEol('gcr.io/distroless/nodejs18-debian11', TODAY)[0].replacement).toBe('gcr.io/distroless/nodejs24-debian13');
    expect(findEol('nginxinc/nginx-unprivileged:1.29-alpine', TODAY)[0].replacement).toBe('nginxinc/nginx-unprivileged:1.30-alpine');
  });
});

describe('floating tags', () => {
  it.each([
    'node',
    'node:latest',
    'node:lts-alpine',
    'node:alpine',
    'node:current',
    'node:lts',
    'node:bookworm-slim',
    'nginx:stable-alpine',
    'nginxinc/nginx-unprivileged:stable-alpine',
    'nginx:mainline',
    'nginx:alpine',
    'python:alpine',
    'golang:alpine',
    'alpine:edge',
    'debian:stable-slim',
    'debian:testing',
    'ubuntu:rolling',
    'gcr.io/distroless/static:nonroot',
    'registry.example.com:5000/app',
    'myapp:prod',
  ])('%s floats', (ref) => {
    expect(imageReleases(ref).floating).toBe(true);
  });
  it.each([
    'node:24-alpine',
    'node:krypton-alpine',
    'node:lts-krypton',
    'nginx:1.30-alpine',
    'python:3-slim',
    'debian:trixie',
    'ubuntu:noble',
    'gcr.io/distroless/static-debian13:nonroot',
    'node:lts-alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'myapp:1.4.2',
    'registry.example.com:5000/app:2026.01',
  ])('%s names a release', (ref) => {
    expect(imageReleases(ref).floating).toBe(false);
  });
});

testRule(eolBaseImage, {
  valid: [
    'FROM node:24-alpine\n',
    // before its EOL date
    { code: 'FROM node:20-alpine\n', options: { today: '2026-04-29' } },
    'FROM node:24-alpine AS base\nFROM base\n',
    'ARG NODE=18\nFROM node:${NODE_MISSING}-alpine\n',
  ],
  invalid: [
    {
      code: 'FROM node:18-alpine\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 20, message: '(Node.js 18 (hydrogen))의 지원이 2025-04-30에 끝났습니다(EOL)' }],
    },
    { code: 'FROM node:20-alpine\n', options: { today: '2026-04-30' }, errors: [{ line: 1, column: 6, endLine: 1, endColumn: 20, message: 'Node.js 20' }] },
    { code: 'ARG NODE=16\nFROM node:${NODE}-alpine AS build\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 25, message: 'node:16-alpine' }] },
    {
      code: 'ARG NODE=24\nARG OS=alpine3.20\nFROM node:${NODE}-${OS}\n',
      errors: [{ line: 3, column: 6, endLine: 3, endColumn: 24, message: 'Alpine Linux 3.20' }],
    },
    {
      code: 'FROM gcr.io/distroless/nodejs18-debian11\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 41, message: 'gcr.io/distroless/nodejs24-debian13' }],
    },
    { code: 'FROM nginx:1.25-alpine\n', errors: [{ line: 1, column: 6, endLine: 1, endColumn: 23, message: 'nginx 1.25' }] },
    {
      code: 'FROM node:24-alpine3.21\n',
      options: { today: '2026-11-01' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 24, message: 'node:24-alpine3.23' }],
    },
  ],
});
