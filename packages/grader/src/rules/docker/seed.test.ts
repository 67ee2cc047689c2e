/**
 * The lecture's Dockerfiles graded the way a reviewer would (see /work/shared/ERRATA.md):
 * the seed's samples are flagged for what is wrong or outdated in them, the corrected samples are clean.
 */
import { describe, expect, it } from 'vitest';
import { dockerfileRules } from './index';
import { gradeAll } from '../../../test/dockerfile-rule-tester';

const grade = (text: string) => gradeAll(dockerfileRules, text).map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`);

describe('seed Dockerfiles', () => {
  it('§2.1 "hardened" Dockerfile: EOL base, deprecated npm flag, non-numeric USER', () => {
    const text = [
      '# 보안 강화 Dockerfile 예시',
      'FROM node:18-alpine AS builder',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci --only=production',
      'FROM node:18-alpine',
      '# 비루트 사용자 생성 및 사용',
      'RUN addgroup -g 1000 -S nodejs && \\',
      'adduser -S nodejs -u 1000',
      'USER nodejs',
      'WORKDIR /app',
      'COPY --from=builder --chown=nodejs:nodejs /app/node_modules ./node_modules',
      'COPY --chown=nodejs:nodejs . .',
      '# 읽기 전용 파일시스템 설정 (런타임에서)',
      'CMD ["node", "server.js"]',
      '',
    ].join('\n');
    expect(grade(text)).toEqual([
      '2:6 warning docker/eol-base-image',
      '5:12 warning docker/npm-only-production',
      '6:6 warning docker/eol-base-image',
      '10:6 info docker/user-non-numeric',
    ]);
  });

  it('§4.2 distroless Dockerfile: dropped nodejs18-debian11 image, non-numeric USER', () => {
    const text = 'FROM gcr.io/distroless/nodejs18-debian11\nWORKDIR /app\nCOPY --chown=nonroot:nonroot . .\nUSER nonroot:nonroot\nCMD ["server.js"]\n';
    const findings = gradeAll(dockerfileRules, text);
    expect(grade(text)).toEqual(['1:6 warning docker/eol-base-image', '1:6 warning docker/image-tag', '4:6 info docker/user-non-numeric']);
    expect(findings[0].message).toContain('2025-04-30');
  });

  it('§5 case 1 "fix": USER inside RUN fails the build and leaves the image running as root', () => {
    const text = 'FROM alpine:3.22\nRUN adduser -D appuser && USER appuser\n';
    expect(grade(text)).toEqual(['1:1 error docker/user-root', '2:27 error docker/user-in-run']);
  });

  it('§5 case 2: ENV DB_PASSWORD=secret123', () => {
    const text = 'FROM node:24-alpine\nENV DB_PASSWORD=secret123\nUSER 1000:1000\nCMD ["node", "server.js"]\n';
    const findings = gradeAll(dockerfileRules, text);
    expect(grade(text)).toEqual(['2:5 error docker/secret-in-env']);
    expect(findings[0].message).toContain('교체(rotate)');
    expect(findings[0].messageEn).toContain('persist in the image config and history');
  });
});

describe('corrected Dockerfiles (ERRATA §2)', () => {
  it('§2.1 Node.js Dockerfile: nothing to report', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'FROM node:24-alpine AS deps',
      'WORKDIR /app',
      'COPY package.json package-lock.json ./',
      'RUN npm ci --omit=dev            # --only=production is deprecated',
      '',
      'FROM node:24-alpine',
      'ENV NODE_ENV=production',
      'WORKDIR /app',
      '# Files stay root-owned and read-only for the app user (defence in depth with readOnlyRootFilesystem)',
      'COPY --from=deps /app/node_modules ./node_modules',
      'COPY . .',
      '# The official image already ships user "node" = UID/GID 1000; numeric form lets kubelet verify runAsNonRoot',
      'USER 1000:1000',
      'EXPOSE 8080',
      'CMD ["node", "server.js"]',
      '',
    ].join('\n');
    expect(grade(text)).toEqual([]);
  });

  it('§2.2 distroless variant with its comments on their own lines: nothing to report', () => {
    const text = [
      'FROM node:24-slim AS build',
      'WORKDIR /app',
      'COPY package.json package-lock.json ./',
      'RUN npm ci --omit=dev',
      'COPY . .',
      '',
      'FROM gcr.io/distroless/nodejs24-debian13:nonroot',
      'WORKDIR /app',
      'COPY --from=build /app /app',
      '# distroless "nonroot"; numeric so runAsNonRoot can be verified',
      'USER 65532:65532',
      '# entrypoint is already node',
      'CMD ["server.js"]',
      '',
    ].join('\n');
    expect(grade(text)).toEqual([]);
  });

  it('§2.2 as printed: a trailing # comment is part of the USER value and turns CMD into shell form', () => {
    const text = [
      'FROM gcr.io/distroless/nodejs24-debian13:nonroot',
      'WORKDIR /app',
      'COPY --from=build /app /app',
      'USER 65532:65532          # distroless "nonroot"; numeric so runAsNonRoot can be verified',
      'CMD ["server.js"]         # entrypoint is already node',
      '',
    ].join('\n');
    expect(grade(text)).toEqual(['4:6 error parse/dockerfile-syntax', '5:5 warning docker/shell-form-cmd']);
  });

  it('§2.10 root-user fix: nothing to report', () => {
    expect(grade('FROM alpine:3\nRUN adduser -D -u 10001 appuser\nUSER 10001:10001\n')).toEqual([]);
  });
});
