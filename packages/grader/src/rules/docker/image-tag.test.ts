import { imageTag } from './image-tag';
import { testRule } from '../../../test/dockerfile-rule-tester';

testRule(imageTag, {
  valid: [
    'FROM node:24-alpine\n',
    'FROM scratch\n',
    'FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    'FROM node:24 AS base\nFROM base\n',
    'FROM node:24 AS Base\nFROM base AS final\n',
    'ARG VERSION=24-alpine\nFROM node:${VERSION}\n',
    // the default is unknown: nothing to judge
    'ARG BASE\nFROM ${BASE}\n',
    'FROM localhost:5000/app:1.2.3\n',
    'FROM node:krypton-alpine\n',
    'FROM debian:trixie-slim\n',
    'FROM gcr.io/distroless/static-debian13:nonroot\n',
    'FROM nginxinc/nginx-unprivileged:stable-alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
  ],
  invalid: [
    { code: 'FROM nginx\n', errors: [{ line: 1, column: 6, endLine: 1, endColumn: 11, message: '태그가 없어 latest가 쓰입니다' }] },
    { code: 'FROM nginx:latest AS web\n', errors: [{ line: 1, column: 6, endLine: 1, endColumn: 18, message: 'latest 태그가 쓰였습니다' }] },
    { code: 'FROM localhost:5000/app\n', errors: [{ line: 1, column: 6, endLine: 1, endColumn: 24, message: 'localhost:5000/app:<버전>' }] },
    { code: 'ARG BASE=node\nFROM ${BASE}\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 13, message: '${BASE} (= node)' }] },
    { code: 'ARG TAG=latest\nFROM --platform=$BUILDPLATFORM node:$TAG\n', errors: [{ line: 2, column: 32, endLine: 2, endColumn: 41, message: 'latest' }] },
    {
      code: 'FROM nginxinc/nginx-unprivileged:stable-alpine\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 47, message: '"stable-alpine"는 버전을 정하지 않는 움직이는 태그' }],
    },
    { code: 'FROM node:lts-alpine\n', errors: [{ line: 1, column: 6, endLine: 1, endColumn: 21, message: '"lts-alpine"' }] },
    { code: 'FROM node:alpine\n', errors: [{ line: 1, column: 6, endLine: 1, endColumn: 17, message: '"alpine"' }] },
    { code: 'FROM nginx:mainline-alpine\n', errors: [{ line: 1, column: 6, endLine: 1, endColumn: 27, message: 'mainline-alpine' }] },
    { code: 'ARG CHANNEL=stable\nFROM nginx:${CHANNEL}\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 22, message: '(= nginx:stable)' }] },
    { code: 'FROM gcr.io/distroless/static:nonroot\n', errors: [{ line: 1, column: 6, endLine: 1, endColumn: 38, message: '"nonroot"' }] },
    { code: 'FROM golang:1.25 AS build\nFROM alpine\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 12, message: 'alpine' }] },
  ],
});
