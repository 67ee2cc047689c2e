import { describe, expect, it } from 'vitest';
import { eolBaseImage, findEol } from './eol-base-image';
import { EOL_IMAGES } from '../_shared/eol-images';
import { testRule } from '../../../test/dockerfile-rule-tester';

describe('EOL table', () => {
  it('has dated, sourced entries', () => {
    for (const e of EOL_IMAGES) {
      expect(e.eol).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.source).toMatch(/^https:\/\//);
      expect(e.replacement.length).toBeGreaterThan(3);
    }
  });
  it.each([
    ['node', '18-alpine', 'Node.js 18'],
    ['docker.io/library/node', '20.19.0-bookworm-slim', 'Node.js 20'],
    ['node', '16', 'Node.js 16'],
    ['node', '14.21.3', 'Node.js 14'],
    ['python', '3.8-slim', 'Python 3.8'],
    ['python', '3.9', 'Python 3.9'],
    ['alpine', '3.18', 'Alpine 3.18'],
    ['alpine', '3.19.1', 'Alpine 3.19'],
    ['debian', 'buster-slim', 'Debian 10 (buster)'],
    ['debian', 'bullseye', 'Debian 11 (bullseye)'],
    ['ubuntu', '18.04', 'Ubuntu 18.04'],
    ['ubuntu', 'focal', 'Ubuntu 20.04'],
    ['nginx', '1.25-alpine', 'nginx 1.25 (mainline branch, superseded by 1.26/1.27)'],
    ['gcr.io/distroless/nodejs18-debian11', null, 'distroless Node.js 18'],
    ['gcr.io/distroless/nodejs20-debian12', 'nonroot', 'distroless Node.js 20'],
    ['gcr.io/distroless/base-debian11', null, 'distroless Debian 11'],
  ])('%s:%s is %s', (name, tag, label) => {
    expect(findEol(name, tag)?.label).toBe(label);
  });
  it.each([
    ['node', '24-alpine'],
    ['node', '22'],
    ['node', '180'],
    ['python', '3.13-slim'],
    ['alpine', '3.22'],
    ['debian', 'trixie-slim'],
    ['ubuntu', '24.04'],
    ['nginx', '1.28-alpine'],
    ['gcr.io/distroless/nodejs24-debian13', 'nonroot'],
    ['mynode', '18'],
  ])('%s:%s is supported', (name, tag) => {
    expect(findEol(name, tag)).toBeNull();
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
    { code: 'FROM node:18-alpine\n', errors: [{ line: 1, column: 6, endLine: 1, endColumn: 20, message: '(Node.js 18)의 지원이 2025-04-30에 끝났습니다(EOL)' }] },
    { code: 'FROM node:20-alpine\n', options: { today: '2026-04-30' }, errors: [{ line: 1, column: 6, endLine: 1, endColumn: 20, message: 'Node.js 20' }] },
    { code: 'ARG NODE=16\nFROM node:${NODE}-alpine AS build\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 25, message: 'node:16-alpine' }] },
    {
      code: 'FROM gcr.io/distroless/nodejs18-debian11\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 41, message: 'gcr.io/distroless/nodejs24-debian13:nonroot' }],
    },
    { code: 'FROM nginx:1.25-alpine\n', errors: [{ line: 1, column: 6, endLine: 1, endColumn: 23, message: 'nginx 1.25' }] },
  ],
});
